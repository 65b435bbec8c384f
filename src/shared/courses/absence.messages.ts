// Error and field messages of absence from the programme (keys "absence.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const absenceMessagesDa = {
  'absence.hours': 'Skriv antal timer mellem 0,1 og 24.',
  'absence.reason': 'Vælg en årsag, eller lad feltet stå tomt, hvis årsagen ikke kendes.',
  'absence.follow_up': 'Vælg hvad der er gjort.',
  'absence.sanction_date_required': 'Skriv datoen for afgørelsen om sanktion.',
  'absence.future': 'Datoen må ikke ligge i fremtiden.',
  'absence.before_course_start': 'Datoen ligger før forløbets start ({startsOn}).',
  'absence.after_course_end': 'Datoen ligger efter forløbets slut ({endsOn}).',
  'absence.before_absence': 'Datoen ligger før fraværsdagen ({absentOn}).',
  'absence.duplicate':
    'Der er allerede meldt fravær for borgeren den {absentOn}. Ret den eksisterende melding.',
} as const;

export const absenceMessagesEn: Record<keyof typeof absenceMessagesDa, string> = {
  'absence.hours': 'Enter a number of hours between 0.1 and 24.',
  'absence.reason': 'Choose a reason, or leave it empty if the reason is not known.',
  'absence.follow_up': 'Choose what was done.',
  'absence.sanction_date_required': 'Enter the date of the sanction decision.',
  'absence.future': 'The date cannot be in the future.',
  'absence.before_course_start': 'The date is before the course started ({startsOn}).',
  'absence.after_course_end': 'The date is after the course ended ({endsOn}).',
  'absence.before_absence': 'The date is before the day of absence ({absentOn}).',
  'absence.duplicate':
    'Absence is already reported for the citizen on {absentOn}. Correct the existing report.',
};
