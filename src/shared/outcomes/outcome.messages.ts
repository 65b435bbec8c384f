// Error and field messages of the outcomes module (keys "outcome.…"), merged into src/shared/messages.ts.
export const outcomeMessagesDa = {
  'outcome.date': 'Skriv en gyldig dato (åååå-mm-dd).',
} as const;

export const outcomeMessagesEn: Record<keyof typeof outcomeMessagesDa, string> = {
  'outcome.date': 'Enter a valid date (yyyy-mm-dd).',
};
