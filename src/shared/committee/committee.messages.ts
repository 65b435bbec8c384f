// Error and field messages of the committee's reports (keys "committee.…"), merged into
// src/shared/messages.ts.
export const committeeMessagesDa = {
  'committee.title': 'Skriv en titel (højst 300 tegn).',
  'committee.contents': 'Beskriv hvad rapporten indeholder (højst 4.000 tegn).',
  'committee.kind': 'Vælg resultater, budgetstatus eller andet.',
  'committee.cadence': 'Vælg halvårligt, kvartalsvis eller faste datoer.',
  'committee.due_dates': 'Skriv mindst én dato, når rapporten har faste datoer.',
  'committee.owner': 'Vælg en ansvarlig analytiker eller administrator.',
  'committee.text': 'Udfyld teksten (resumé og indstilling højst 4.000 tegn, sagsfremstilling højst 20.000).',
  'committee.case_number': 'Sagsnummeret må højst have 50 tegn.',
  'committee.report': 'Vælg en gemt resultatrapport.',
  'committee.same_report': 'Den tidligere rapport skal være en anden end den aktuelle.',
  'committee.schedule_unknown': 'Vælg linjer fra rapportplanen.',
  'committee.decision': 'Skriv beslutningen (højst 10.000 tegn).',
  'committee.decision_exists': 'Udvalgets beslutning er allerede registreret og kan ikke ændres.',
  'committee.format': 'Vælg Word (.docx) eller PDF.',
};

export const committeeMessagesEn: Record<keyof typeof committeeMessagesDa, string> = {
  'committee.title': 'Enter a title (at most 300 characters).',
  'committee.contents': 'Describe what the report contains (at most 4,000 characters).',
  'committee.kind': 'Choose results, budget status or other.',
  'committee.cadence': 'Choose half-yearly, quarterly or fixed dates.',
  'committee.due_dates': 'Enter at least one date when the report has fixed dates.',
  'committee.owner': 'Choose a responsible analyst or administrator.',
  'committee.text':
    'Fill in the text (summary and recommendation at most 4,000 characters, case presentation at most 20,000).',
  'committee.case_number': 'The case number may have at most 50 characters.',
  'committee.report': 'Choose a saved outcome report.',
  'committee.same_report': 'The previous report must be another than the current one.',
  'committee.schedule_unknown': 'Choose lines of the report schedule.',
  'committee.decision': 'Enter the decision (at most 10,000 characters).',
  'committee.decision_exists': "The committee's decision is already recorded and cannot be changed.",
  'committee.format': 'Choose Word (.docx) or PDF.',
};
