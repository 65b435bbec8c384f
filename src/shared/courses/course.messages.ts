// Error and field messages of the courses module's course part (keys "course.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const courseMessagesDa = {
  'course.date': 'Skriv en gyldig dato (dd-mm-åååå).',
} as const;

export const courseMessagesEn: Record<keyof typeof courseMessagesDa, string> = {
  'course.date': 'Enter a valid date (dd-mm-yyyy).',
};
