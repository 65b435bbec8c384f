// The words of the job-talk follow-up (timeliness and attendance per provider and programme), in Danish
// and English, for its page (/opfoelgning) and its export alike. No zod: the web bundle uses it.
import type { Language } from '../messages.ts';

export const TALK_FOLLOW_UP_LABELS = {
  da: {
    provider: 'Leverandør',
    noProgramme: 'Uden rammeaftale',
    called: 'Indkaldt',
    held: 'Holdt',
    notAttended: 'Udeblevet',
    timely: 'Holdt rettidigt',
    timeliness: 'Rettidighed',
    attendance: 'Fremmøde',
    total: 'I alt',
    comparison: 'Alle aktivitetsparate over 30 år',
  },
  en: {
    provider: 'Provider',
    noProgramme: 'No framework agreement',
    called: 'Called',
    held: 'Held',
    notAttended: 'Not attended',
    timely: 'Held on time',
    timeliness: 'Timeliness',
    attendance: 'Attendance',
    total: 'Total',
    comparison: 'All activity-ready citizens aged 30 or over',
  },
} satisfies Record<Language, Record<string, string>>;
