// The words billing uses on its page (/afregning) and in its export, in Danish and English, so a column
// or a pause kind is named the same everywhere (the web's texts and the server's export spread these).
// No zod: the web bundle uses it.
import type { Language } from '../messages.ts';
import type { PauseKind } from './pause.constants.ts';

/** A course pause's kind, as the course page, the agreement page, billing and the citizen's export name it. */
export const PAUSE_KIND_LABELS = {
  da: { illness: 'Sygdom', hospital_stay: 'Hospitalsindlæggelse', other: 'Anden pause' },
  en: { illness: 'Illness', hospital_stay: 'Hospital stay', other: 'Other pause' },
} satisfies Record<Language, Record<PauseKind, string>>;

/** The billing tables' column headers. */
export const BILLING_COLUMN_LABELS = {
  da: {
    provider: 'Leverandør',
    month: 'Måned',
    agreement: 'Rammeaftale',
    programmeWeeks: 'Forløbsuger',
    programmePrice: 'Ugepris forløb (kr.)',
    programmeKroner: 'Forløb (kr.)',
    aftercareWeeks: 'Efterværnsuger',
    aftercarePrice: 'Ugepris efterværn (kr.)',
    aftercareKroner: 'Efterværn (kr.)',
    totalKroner: 'I alt (kr.)',
    courses: 'Forløb (antal)',
    citizen: 'Borger',
    firstWeek: 'Første uge begynder',
    weeks: 'Uger',
    reason: 'Årsag',
  },
  en: {
    provider: 'Provider',
    month: 'Month',
    agreement: 'Framework agreement',
    programmeWeeks: 'Programme weeks',
    programmePrice: 'Weekly programme price (DKK)',
    programmeKroner: 'Programme (DKK)',
    aftercareWeeks: 'Aftercare weeks',
    aftercarePrice: 'Weekly aftercare price (DKK)',
    aftercareKroner: 'Aftercare (DKK)',
    totalKroner: 'Total (DKK)',
    courses: 'Courses',
    citizen: 'Citizen',
    firstWeek: 'First week starts',
    weeks: 'Weeks',
    reason: 'Reason',
  },
} satisfies Record<Language, Record<string, string>>;

/** The headings of billing's tables of weeks left out, and of its totals. */
export const BILLING_HEADINGS = {
  da: { problems: 'Uger uden pris', leftOut: 'Uger uden betaling (pauser)', total: 'I alt' },
  en: { problems: 'Weeks without a price', leftOut: 'Weeks not paid (pauses)', total: 'Total' },
} satisfies Record<Language, Record<string, string>>;
