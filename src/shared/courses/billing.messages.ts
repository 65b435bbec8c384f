// Error and field messages of the courses module's billing part (keys "billing.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const billingMessagesDa = {
  'billing.date': 'Skriv en gyldig dato (dd-mm-åååå).',
} as const;

export const billingMessagesEn: Record<keyof typeof billingMessagesDa, string> = {
  'billing.date': 'Enter a valid date (dd-mm-yyyy).',
};
