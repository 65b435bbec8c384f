// Error and field messages of the outcomes module (keys "outcome.…"), merged into src/shared/messages.ts.
export const outcomeMessagesDa = {
  'outcome.period_order': 'Periodens slutdato må ikke ligge før startdatoen.',
  'outcome.placement_kind': 'Vælg placeringstyper blandt virksomhedspraktik, løntilskud og småjob.',
  'outcome.report_not_found': 'Den gemte rapport findes ikke.',
  'outcome.format': 'Vælg et format: XLSX, CSV eller PDF.',
  'outcome.title': 'Giv rapporten en titel på højst 300 tegn.',
} as const;

export const outcomeMessagesEn: Record<keyof typeof outcomeMessagesDa, string> = {
  'outcome.period_order': "The period's end date must not be before its start date.",
  'outcome.placement_kind': 'Choose placement types among internship, wage subsidy and small job.',
  'outcome.report_not_found': 'The saved report does not exist.',
  'outcome.format': 'Choose a format: XLSX, CSV or PDF.',
  'outcome.title': 'Give the report a title of at most 300 characters.',
};
