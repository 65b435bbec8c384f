// Month names as Danish and English readers expect them: "marts 2019" in committee papers, "March 2019".
import type { Language } from './messages.ts';

export const MONTH_NAMES: Record<Language, readonly string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};
