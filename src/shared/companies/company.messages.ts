// Error and field messages of the companies module (keys "company.…"), merged into src/shared/messages.ts.
export const companyMessagesDa = {} as const;

export const companyMessagesEn: Record<keyof typeof companyMessagesDa, string> = {};
