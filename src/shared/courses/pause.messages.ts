// Error and field messages of pauses in a course (keys "pause.…"), merged into src/shared/messages.ts
// through src/shared/courses/messages.ts.
export const pauseMessagesDa = {
  'pause.kind': 'Vælg pausens art.',
  'pause.note_length': 'Bemærkningen må højst være 500 tegn.',
  'pause.to_before_from': 'Slutdatoen skal ligge på eller efter startdatoen.',
  'pause.before_course_start': 'Pausen begynder før forløbets start ({startsOn}).',
  'pause.after_course_end': 'Pausen slutter efter forløbets sidste dag ({endsOn}).',
  'pause.overlap': 'Forløbet har allerede en pause fra {fromDate} til {toDate}, som overlapper.',
} as const;

export const pauseMessagesEn: Record<keyof typeof pauseMessagesDa, string> = {
  'pause.kind': 'Choose the kind of pause.',
  'pause.note_length': 'The note may be at most 500 characters.',
  'pause.to_before_from': 'The end date must be on or after the start date.',
  'pause.before_course_start': 'The pause begins before the course started ({startsOn}).',
  'pause.after_course_end': 'The pause ends after the course’s last day ({endsOn}).',
  'pause.overlap': 'The course already has a pause from {fromDate} to {toDate} that overlaps.',
};
