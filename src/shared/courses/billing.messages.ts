// Error and field messages of the courses module's billing part (keys "billing.…"), merged into
// src/shared/messages.ts through src/shared/courses/messages.ts.
export const billingMessagesDa = {
  'billing.month': 'Vælg en gyldig måned (åååå-mm).',
  'billing.period_order': 'Perioden skal slutte samme måned som den begynder eller senere.',
  'billing.period_too_long': 'Perioden må højst være 36 måneder. Vælg en kortere periode.',
} as const;

export const billingMessagesEn: Record<keyof typeof billingMessagesDa, string> = {
  'billing.month': 'Choose a valid month (yyyy-mm).',
  'billing.period_order': 'The period must end in the month it begins or later.',
  'billing.period_too_long': 'The period may be at most 36 months. Choose a shorter period.',
};
