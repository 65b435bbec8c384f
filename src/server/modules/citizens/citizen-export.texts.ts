// Danish words of the citizen's access export (GDPR art. 15): the document is for the citizen, in Danish
// whatever the caseworker's language. The codes stay in the JSON; these are the PDF's and the access
// log's words for them (the web app's own words are in src/web/app/locales and the features' texts).

export const ACTION_WORDS: Record<string, string> = {
  read: 'Læst',
  search: 'Fundet ved søgning',
  create: 'Oprettet',
  update: 'Ændret',
  export: 'Eksporteret',
  delete: 'Slettet',
};

export const ENTITY_WORDS: Record<string, string> = {
  citizen: 'stamoplysninger',
  citizen_access_log: 'adgangslog',
  referral: 'henvisning',
  course: 'forløb',
  course_stage: 'fase',
  course_absence: 'fravær',
  course_pause: 'pause',
  party_hearing: 'partshøring',
  course_caseworker: 'sagsbehandlere',
  course_entry: 'notat',
  work_capacity: 'arbejdsevnebeskrivelse',
  final_report: 'afsluttende rapport',
  plan_start: 'forberedende plan',
  plan_input: 'input til plan (PDF)',
  placement: 'virksomhedsplacering',
  job_talk: 'jobsamtale',
  treatment_referral: 'henvisning til misbrugsbehandling',
  citizen_circumstance: 'omstændigheder',
  citizen_eligibility: 'målgruppetjek',
  task_list: 'opgaveliste',
  billing: 'afregning',
  import_batch: 'indlæsning af data',
};

/** The access log's "purpose": what was done with which kind of data, e.g. "Læst: henvisning". */
export function accessPurpose(action: string, entityType: string): string {
  const verb = ACTION_WORDS[action] ?? action;
  // The export of this document is audited as an export of the citizen: all of it, not the details.
  if (action === 'export' && entityType === 'citizen') return `${verb}: alle oplysninger (indsigt)`;
  const what = ENTITY_WORDS[entityType] ?? entityType.replaceAll('_', ' ');
  return `${verb}: ${what}`;
}

export const BENEFIT_WORDS: Record<string, string> = {
  cash_benefit: 'Kontanthjælp',
  // Ceased on 30 Jun 2025 and became kontanthjælp (lov nr. 1655 af 30.12.2024; shared/courses/benefit-types.ts).
  education_benefit: 'Uddannelseshjælp (ophørt 30-06-2025, nu kontanthjælp)',
  integration_benefit:
    'Selvforsørgelses- og hjemrejseydelse / overgangsydelse (ophørt 30-06-2025, nu kontanthjælp)',
  sickness_benefit: 'Sygedagpenge',
  other: 'Anden ydelse',
  none: 'Ingen ydelse',
};

export const REFERRAL_STATUS_WORDS: Record<string, string> = {
  pending: 'Afventer leverandørens svar',
  accepted: 'Accepteret',
  rejected: 'Afvist',
  withdrawn: 'Trukket tilbage',
};

/** The offer types of the referral's offer decision (LAB kap. 14 and kap. 11, lbk. nr. 280/2024). */
export const OFFER_WORDS: Record<string, string> = {
  guidance_and_upskilling: 'Vejledning og opkvalificering (LAB kap. 14)',
  internship: 'Virksomhedspraktik (LAB kap. 11)',
};

export const RESPONSE_WORDS: Record<string, string> = {
  accepted: 'Borgeren tager imod tilbuddet',
  refused: 'Borgeren siger nej til tilbuddet',
};

export const STAGE_WORDS: Record<string, string> = {
  internal_training: 'Intern træningsbane',
  external_internship: 'Virksomhedspraktik',
  small_job: 'Småjob',
  job: 'Job',
  education: 'Uddannelse',
  flexjob_clarification: 'Afklaring mod fleksjob',
  disability_pension_clarification: 'Afklaring mod førtidspension',
  aftercare: 'Efterværn',
};

export const END_REASON_WORDS: Record<string, string> = {
  job: 'job',
  small_job: 'småjob',
  education: 'uddannelse',
  flexjob: 'fleksjob',
  disability_pension: 'førtidspension',
  dropped_out: 'droppet ud',
  moved: 'fraflyttet',
  illness: 'sygdom',
  other: 'andet',
};

export const ENTRY_KIND_WORDS: Record<string, string> = {
  task: 'Opgave',
  attendance: 'Fremmøde',
  accommodation: 'Skånehensyn',
  progression: 'Progression',
  note: 'Notat',
};

export const ENTRY_SETTING_WORDS: Record<string, string> = { training: 'træning', internship: 'praktik' };

export const DOCUMENT_KIND_WORDS: Record<string, string> = {
  work_capacity: 'Arbejdsevnebeskrivelse',
  final_report: 'Afsluttende rapport',
};

/** How documentation was sent to the citizen for a party hearing (issue 12). */
export const HEARING_METHOD_WORDS: Record<string, string> = {
  digital_post: 'Digital Post',
  letter: 'brev',
  in_person: 'udleveret ved møde',
};

export const PLACEMENT_KIND_WORDS: Record<string, string> = {
  internship: 'Virksomhedspraktik',
  wage_subsidy: 'Løntilskud',
  small_job: 'Småjob',
};

export const EXTENSION_BASIS_WORDS: Record<string, string> = {
  base: 'Grundperiode',
  concrete_assessment: 'Konkret vurdering',
  special_need: 'Helt særligt behov',
};

export const PLAN_TYPE_WORDS: Record<string, string> = {
  forberedende_plan: 'Rehabiliteringsplanens forberedende del',
  samlet_beskrivelse: 'Samlet beskrivelse af borgerens forudsætninger',
};

export const TALK_OBLIGATION_WORDS: Record<string, string> = {
  first: 'Første samtale',
  follow_up: 'Opfølgende samtale',
};

export const TALK_VENUE_WORDS: Record<string, string> = {
  provider: 'Lokalt hos leverandøren',
  job_centre: 'I jobcentret',
  phone: 'Telefon',
  video: 'Video',
};

export const TALK_OUTCOME_WORDS: Record<string, string> = {
  planned: 'Planlagt',
  held: 'Holdt',
  not_attended: 'Udeblevet',
  cancelled: 'Aflyst',
};

export const TREATMENT_OUTCOME_WORDS: Record<string, string> = {
  pending: 'Afventer',
  started: 'Startet i behandling',
  not_started: 'Ikke startet',
};
