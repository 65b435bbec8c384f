// Error and field messages of the courses module's talk part (keys "talk.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const talkMessagesDa = {
  'talk.venue': 'Vælg hvor samtalen holdes.',
  'talk.outcome': 'Vælg samtalens status.',
  'talk.period': 'Slutdatoen må ikke ligge før startdatoen.',
  'talk.held_on_required': 'Skriv datoen, samtalen blev holdt.',
  'talk.held_on_future': 'En samtale kan ikke være holdt i fremtiden.',
  'talk.held_on_not_held': 'Datoen for afholdelse kan kun angives, når samtalen er holdt.',
  'talk.before_course_start': 'Datoen ligger før forløbets start ({startsOn}).',
  'talk.after_course_end': 'Datoen ligger efter forløbets slut ({endsOn}).',
  'talk.duplicate_first':
    'Borgeren er allerede indkaldt til første samtale den {date}. Flyt eller aflys den indkaldelse i stedet for at indkalde igen.',
  'talk.first_in_person':
    'Første jobsamtale skal holdes ved personligt fremmøde (LAB § 33, stk. 1). Vælg hos leverandøren eller i jobcentret.',
  'talk.period_unknown':
    'Ydelsesperiodens start er ukendt: registrér datoen for borgerens første henvendelse om hjælp (under borgerens forhold), før samtalen indkaldes.',
  'talk.course_not_citizen': 'Vælg et af borgerens forløb, eller ingen.',
} as const;

export const talkMessagesEn: Record<keyof typeof talkMessagesDa, string> = {
  'talk.venue': 'Choose where the talk takes place.',
  'talk.outcome': "Choose the talk's status.",
  'talk.period': 'The end date cannot be before the start date.',
  'talk.held_on_required': 'Enter the date the talk was held.',
  'talk.held_on_future': 'A talk cannot have been held in the future.',
  'talk.held_on_not_held': 'The date held can only be given when the talk was held.',
  'talk.before_course_start': 'The date is before the course started ({startsOn}).',
  'talk.after_course_end': 'The date is after the course ended ({endsOn}).',
  'talk.duplicate_first':
    'The citizen is already called in to the first talk on {date}. Reschedule or cancel that call-in instead of calling in again.',
  'talk.first_in_person':
    'The first job talk must be held in person (LAB § 33(1)). Choose at the provider or at the job centre.',
  'talk.period_unknown':
    "The benefit period's start is unknown: record the date of the citizen's first request for help (in the citizen's circumstances) before calling in.",
  'talk.course_not_citizen': "Choose one of the citizen's courses, or none.",
};
