// Messages of price indexation (keys "indexation.…"), merged into src/shared/messages.ts through
// agreement.messages.ts.
export const indexationMessagesDa = {
  'indexation.percent': 'Skriv indekseringen i procent, fx 2,35.',
  'indexation.percent_range': 'Indekseringen skal ligge mellem -50 % og 50 % og må ikke være 0.',
  'indexation.percent_decimals': 'Skriv procenten med højst to decimaler.',
  'indexation.reason_required': 'Skriv begrundelsen, fx hvilket indeks og hvilken periode.',
  'indexation.reason_length': 'Begrundelsen må højst være 2.000 tegn.',
  'indexation.outside_agreement':
    'Datoen skal ligge efter aftalens start ({startsOn}) og senest på dens slut ({endsOn}).',
  'indexation.same_year': 'Aftalen er allerede indekseret i {year}. Der indekseres én gang om året.',
  'indexation.not_after_last':
    'Datoen skal ligge efter den seneste indeksering ({last}). Historikken ændres ikke bagud.',
} as const;

export const indexationMessagesEn: Record<keyof typeof indexationMessagesDa, string> = {
  'indexation.percent': 'Enter the indexation in percent, e.g. 2.35.',
  'indexation.percent_range': 'The indexation must lie between -50 % and 50 % and cannot be 0.',
  'indexation.percent_decimals': 'Enter the percentage with at most two decimals.',
  'indexation.reason_required': 'Enter the reason, e.g. which index and which period.',
  'indexation.reason_length': 'The reason may be at most 2,000 characters.',
  'indexation.outside_agreement':
    'The date must be after the agreement’s start ({startsOn}) and no later than its end ({endsOn}).',
  'indexation.same_year': 'The agreement is already indexed in {year}. Prices are indexed once a year.',
  'indexation.not_after_last':
    'The date must be after the latest indexation ({last}). History is not changed backwards.',
};
