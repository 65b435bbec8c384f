// Error and field messages of the agreements module (keys "agreement.…"), merged into src/shared/messages.ts.
export const agreementMessagesDa = {} as const;

export const agreementMessagesEn: Record<keyof typeof agreementMessagesDa, string> = {};
