// Error and field messages of the companies module (keys "company.…"), merged into src/shared/messages.ts.
// The offer and partner-kind labels live here too, because exports on the server need them.
export const companyMessagesDa = {
  'company.duplicate_cvr':
    'Virksomheden med CVR-nummer {cvr} findes allerede ({name}). Brug den eksisterende virksomhed.',
  'company.district': 'Vælg en bydel i København – eller ingen, hvis virksomheden ligger uden for København.',
  'company.update_forbidden': 'Du kan kun rette virksomheder, som din organisation har et partnerskab med.',
  'company.required': 'Vælg eller opret en virksomhed.',
  'company.partnership_period': 'Slutdatoen må ikke ligge før startdatoen.',
  'company.partnership_overlap':
    'Der er allerede et partnerskab med denne virksomhed, som overlapper perioden. Ret det i stedet.',
  'company.email': 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
  'company.local_partner_kind': 'Vælg, hvilken slags samarbejdspartner det er.',
  'company.offer.internship': 'Virksomhedspraktik',
  'company.offer.small_job': 'Småjob',
  'company.offer.job': 'Job',
  'company.kind.local_committee': 'Lokaludvalg',
  'company.kind.housing_association': 'Boligselskab / boligsocial helhedsplan',
  'company.kind.volunteer_organisation': 'Frivillig organisation',
  'company.kind.area_renewal': 'Områdefornyelse',
  'company.kind.social_services': 'Socialforvaltningen',
  'company.kind.other': 'Andet',
} as const;

export const companyMessagesEn: Record<keyof typeof companyMessagesDa, string> = {
  'company.duplicate_cvr':
    'The company with CVR number {cvr} already exists ({name}). Use the existing company.',
  'company.district': 'Choose a district of Copenhagen – or none if the company is outside Copenhagen.',
  'company.update_forbidden': 'You can only edit companies your organisation has a partnership with.',
  'company.required': 'Choose or create a company.',
  'company.partnership_period': 'The end date may not be before the start date.',
  'company.partnership_overlap':
    'There already is a partnership with this company that overlaps the period. Edit that one instead.',
  'company.email': 'Enter a valid email address, e.g. name@example.com.',
  'company.local_partner_kind': 'Choose what kind of partner this is.',
  'company.offer.internship': 'Internship',
  'company.offer.small_job': 'Small job',
  'company.offer.job': 'Job',
  'company.kind.local_committee': 'Local committee',
  'company.kind.housing_association': 'Housing association / social housing plan',
  'company.kind.volunteer_organisation': 'Volunteer organisation',
  'company.kind.area_renewal': 'Area renewal',
  'company.kind.social_services': 'Social services',
  'company.kind.other': 'Other',
};
