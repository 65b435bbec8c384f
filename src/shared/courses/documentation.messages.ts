// Error and field messages of the courses module's documentation part (keys "documentation.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const documentationMessagesDa = {
  'documentation.date': 'Skriv en gyldig dato (dd-mm-åååå).',
} as const;

export const documentationMessagesEn: Record<keyof typeof documentationMessagesDa, string> = {
  'documentation.date': 'Enter a valid date (dd-mm-yyyy).',
};
