// Error and field messages of the budgets module (keys "budget.…"), merged into src/shared/messages.ts.
export const budgetMessagesDa = {} as const;

export const budgetMessagesEn: Record<keyof typeof budgetMessagesDa, string> = {};
