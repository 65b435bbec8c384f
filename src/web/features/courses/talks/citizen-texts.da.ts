// Danish UI texts of the citizen page's job talks (namespace "courses", key "talks.citizen"): the benefit
// period with where its start comes from, and talks with or without a course.
export const da = {
  title: 'Jobsamtaler',
  intro:
    'Pligten til jobsamtaler hører til borgerens ydelsesperiode (LAB § 9), ikke til et forløb. Samtaler kan holdes før, under og efter et forløb – med eller uden forløb.',
  period: {
    heading: 'Ydelsesperiode',
    startsOn: 'Perioden regnes fra',
    source: 'Kilde',
    line: 'Ydelsesperioden regnes fra {{date}} ({{source}}).',
    unknown:
      'Periodens start er ukendt. Registrér datoen for borgerens første henvendelse om hjælp under borgerens forhold (på siden Henvis borgeren).',
    derivedHint:
      'Startdatoen er udledt. Registrér datoen for første henvendelse om hjælp, når den kendes. Et skift af ydelse starter en ny periode.',
  },
  source: {
    recorded: 'registreret',
    register: 'udledt af registeret (første ydelsesuge)',
    course_start: 'kursusstart',
  },
  noPeriod: 'Der kan ikke beregnes en frist, før ydelsesperiodens start er kendt.',
  course: 'Forløb',
  noCourse: 'Uden forløb',
  caption: 'Borgerens jobsamtaler, med og uden forløb',
  empty: 'Der er ikke registreret nogen jobsamtaler for borgeren.',
  schedule: {
    intro:
      'Samtalen får fristen for den samtale, borgerens ydelsesperiode kræver på dagen. Første samtale holdes ved personligt fremmøde.',
    course: 'Forløb',
    courseHint: 'Vælg et forløb, hvis samtalen hører til det; ellers registreres den uden forløb.',
    none: 'Uden forløb',
  },
};
