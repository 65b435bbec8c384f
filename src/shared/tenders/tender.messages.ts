// Error and field messages of the tenders module (keys "tender.…"), merged into src/shared/messages.ts.
export const tenderMessagesDa = {} as const;

export const tenderMessagesEn: Record<keyof typeof tenderMessagesDa, string> = {};
