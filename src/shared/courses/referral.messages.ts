// Error and field messages of the courses module's referral part (keys "referral.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const referralMessagesDa = {
  'referral.date': 'Skriv en gyldig dato (dd-mm-åååå).',
} as const;

export const referralMessagesEn: Record<keyof typeof referralMessagesDa, string> = {
  'referral.date': 'Enter a valid date (dd-mm-yyyy).',
};
