// Error and field messages of the courses module's talk part (keys "talk.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const talkMessagesDa = {
  'talk.date': 'Skriv en gyldig dato (dd-mm-åååå).',
} as const;

export const talkMessagesEn: Record<keyof typeof talkMessagesDa, string> = {
  'talk.date': 'Enter a valid date (dd-mm-yyyy).',
};
