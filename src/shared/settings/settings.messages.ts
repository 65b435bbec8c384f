// Messages of local rule settings and the data's lifecycle (keys "settings.…", "retention.…"), merged
// into src/shared/messages.ts.
export const settingsMessagesDa = {
  'settings.unknown': 'Indstillingen {key} findes ikke.',
  'settings.range': 'Skriv et helt tal fra {min} til {max}.',
  'settings.one_of': 'Vælg en af: {values}.',
  'retention.unknown_rule': 'Slettereglen {rule} findes ikke. Vælg en af: {rules}.',
};

export const settingsMessagesEn: Record<keyof typeof settingsMessagesDa, string> = {
  'settings.unknown': 'The setting {key} does not exist.',
  'settings.range': 'Enter a whole number from {min} to {max}.',
  'settings.one_of': 'Choose one of: {values}.',
  'retention.unknown_rule': 'The deletion rule {rule} does not exist. Choose one of: {rules}.',
};
