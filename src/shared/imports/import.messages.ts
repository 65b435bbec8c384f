// Error and field messages of the imports module (keys "import.…"), merged into src/shared/messages.ts.
export const importMessagesDa = {
  'import.date': 'Skriv en gyldig dato (åååå-mm-dd).',
} as const;

export const importMessagesEn: Record<keyof typeof importMessagesDa, string> = {
  'import.date': 'Enter a valid date (yyyy-mm-dd).',
};
