// UI texts of the outcomes feature (i18next namespace "outcomes"): Danish, and English with the same keys.
// Table headings follow the committee appendix of seed 003.
import { fairDa, fairEn } from './fair-texts.ts';

export const da = {
  nav: 'Resultater',
  title: 'Resultater',
  intro:
    'Leverandørernes resultater opgjort som i udvalgets bilag: afgang til job, uddannelse og deltidsbeskæftigelse, virksomhedsplaceringer og forberedende planer. Hver tabel har sin egen periode, fordi kilderne er forsinket forskelligt.',
  introProvider:
    'Jeres egne resultater og det samlede resultat for alle leverandører, opgjort som i udvalgets bilag.',
  definition: 'Opgjort efter definitionerne i version {{version}}.',
  periods: {
    legend: 'Perioder',
    hint: 'Forløb, der er afsluttet i perioden, tælles med.',
    exit: 'Tabel 1: afgang',
    placement: 'Tabel 2: virksomhedsplacering',
    plan: 'Tabel 3: forberedende plan',
    from: 'Fra',
    to: 'Til',
    compareTo: 'Sammenlign med gemt rapport',
    noComparison: 'Ingen sammenligning',
    show: 'Vis resultater',
    required: 'Datoen skal udfyldes.',
    order: 'Slutdatoen må ikke ligge før startdatoen.',
    invalid: 'Skriv en gyldig dato.',
  },
  table: {
    provider: 'Leverandør',
    total: 'I alt',
    exitTitle: 'Tabel 1: Afgang til beskæftigelse, uddannelse & deltidsbeskæftigelse, {{period}}',
    exitCompleted: 'Antal afsluttede forløb i perioden',
    exitJobOrEducation: 'Antal afgang til job eller uddannelse',
    exitPartTime: 'Antal afgang til deltidsbeskæftigelse',
    exitRate: 'Samlet afgangsrate, andel',
    exitPending: 'Afventer registerdata',
    placementTitle:
      'Tabel 2: Antal virksomhedsplaceringer undervejs eller efter endt forløb hos leverandør, {{period}}',
    placementCompleted: 'Antal borgere der har afsluttet forløb hos leverandør',
    placementPlaced: 'Antal borgere i virksomhedsplacering undervejs eller efter endt forløb',
    placementRate: 'Andel',
    planTitle:
      'Tabel 3: Borgere der under eller indenfor {{months}} måneder efter endt forløb hos leverandør har fået opstartet forberedende plan, {{period}}',
    planCompleted: 'Antal borgere der har afsluttet forløb hos leverandøren',
    planWithPlan: 'Antal opstartede forberedende planer',
    planRate: 'Andel',
    interval: '95 %-interval',
    versusRest: 'Sammenlignet med de øvrige',
    previous: 'Gemt rapport',
    points: 'Forskel',
    empty: 'Ingen forløb er afsluttet i perioden.',
  },
  versus: {
    higher: 'Højere',
    lower: 'Lavere',
    indistinguishable: 'Kan ikke skelnes',
  },
  remarks: {
    heading: 'Hvor sikre er tallene?',
    indistinguishable:
      'Ved dette antal forløb kan {{names}} ikke skelnes fra de øvrige leverandører: 95 %-intervallerne overlapper, så forskellen kan være tilfældig.',
    higher: '{{names}} ligger højere end de øvrige leverandører tilsammen, også når usikkerheden regnes med.',
    lower: '{{names}} ligger lavere end de øvrige leverandører tilsammen, også når usikkerheden regnes med.',
    and: 'og',
  },
  notes: {
    exit: 'Data om beskæftigelse kommer fra DREAM, som er ca. seks måneder forsinket. Status opgøres 2. måned efter afsluttet forløb; forløb uden registerdata for den måned afventer og tæller ikke med i andelen.',
    exitPending_one: '{{count}} forløb afventer registerdata.',
    exitPending_other: '{{count}} forløb afventer registerdata.',
    pendingWhen_one:
      '{{count}} forløb afventer registerdata for 2. måned efter afslutningen og tæller ikke med i andelen. Det tælles med, når registerdata dækker til og med {{month}} (DREAM er ca. seks måneder forsinket).',
    pendingWhen_other:
      '{{count}} forløb afventer registerdata for 2. måned efter afslutningen og tæller ikke med i andelen. De tælles med, når registerdata dækker til og med {{month}} (DREAM er ca. seks måneder forsinket).',
    notInRegister_one:
      '{{count}} forløb har en borger, der ikke er i registret; det tæller ikke med i andelen.',
    notInRegister_other:
      '{{count}} forløb har en borger, der ikke er i registret; de tæller ikke med i andelen.',
    printedTotal:
      'I alt er summen af rækkerne: {{rowsSum}}. Den trykte kilde ("{{source}}") angiver {{printed}} i alt, men dens egne rækker giver {{rowsSum}}.',
    placement:
      'Kun virksomhedsplaceringer, der påbegyndes senest {{days}} dage efter afsluttet forløb, tæller med. Placeringstyper: {{kinds}}.',
    plan: 'Forberedende planer registreres manuelt af sagsbehandlerne, og op imod halvdelen menes ikke at blive registreret. Tallet er derfor usikkert og snarere for lavt end for højt.',
    kinds: { internship: 'virksomhedspraktik', wage_subsidy: 'løntilskud', small_job: 'småjob' },
  },
  chart: {
    title: 'Andel pr. leverandør med 95 %-interval',
    description:
      'Punktet er leverandørens andel, stregen dens 95 %-interval, og den stiplede linje er andelen i alt ({{total}}).',
    row: '{{name}}: {{percent}} (95 %-interval {{interval}})',
    total: 'I alt',
  },
  comparison: {
    heading: 'Sammenligning',
    text: 'Sammenlignet med "{{title}}" (gemt {{date}}). Forskelle i procentpoint mellem de viste hele procenter.',
    definitionChanged:
      'Den gemte rapport bruger en anden definitionsversion ({{version}}): tallene er ikke direkte sammenlignelige.',
    total: '{{table}}: fra {{previous}} til {{current}} ({{points}}).',
    // Issue 15 item 6: a period without data says so instead of "fra 4 % til – (–)".
    totalNoCurrent: '{{table}}: {{previous}} i den gemte rapport; endnu ingen data i den valgte periode.',
    totalNoPrevious: '{{table}}: {{current}} nu; den gemte rapport har ingen data at sammenligne med.',
    totalNoData: '{{table}}: endnu ingen data i nogen af perioderne.',
  },
  export: {
    heading: 'Hent tabellerne',
    xlsx: 'Excel (XLSX)',
    csv: 'CSV (dansk format)',
    csvEn: 'CSV (engelsk format)',
    pdf: 'PDF som udvalgsbilag',
  },
  save: {
    heading: 'Gem rapport',
    intro:
      'Gemmer tallene, perioderne, definitionsversionen og de importer, tallene bygger på, så et offentliggjort tal kan genskabes, og senere registerdata kan ses som forskelle.',
    title: 'Titel',
    titleHint: 'Fx "Resultater til BIU maj 2020".',
    submit: 'Gem rapport',
    submitting: 'Gemmer …',
    saved: 'Rapporten "{{title}}" er gemt.',
    required: 'Skriv en titel.',
  },
  saved: {
    heading: 'Gemte rapporter',
    empty: 'Der er ingen gemte rapporter endnu.',
    caption: 'Gemte rapporter med andelen i alt pr. tabel',
    title: 'Titel',
    createdAt: 'Gemt',
    createdBy: 'Af',
    exit: 'Afgang',
    placement: 'Placering',
    plan: 'Plan',
    open: 'Se rapporten',
  },
  report: {
    title: 'Gemt rapport',
    back: 'Tilbage til resultaterne',
    meta: 'Gemt {{date}} af {{by}} efter definitionerne i version {{version}}. Bygger på {{count}} import(er).',
    unchanged: 'Tallene beregnet i dag er de samme som da rapporten blev gemt.',
    changed:
      'Tallene beregnet i dag afviger fra de gemte, fx fordi der er kommet registerdata for flere måneder. De gemte tal vises; forskellene står i kolonnerne til højre.',
    showPeriods: 'Vis disse perioder med dagens data',
    savedFigures: 'Gemte tal',
    nowHeading: 'Beregnet i dag',
  },
  fair: fairDa,
};

export const en: typeof da = {
  nav: 'Outcomes',
  title: 'Outcomes',
  intro:
    "The providers' results as in the committee appendix: exits to job, education and part-time employment, company placements and preparatory plans. Each table has its own period, because the sources lag differently.",
  introProvider: 'Your own results and the total of all providers, as in the committee appendix.',
  definition: 'Computed with the definitions of version {{version}}.',
  periods: {
    legend: 'Periods',
    hint: 'Courses completed in the period are counted.',
    exit: 'Table 1: exit',
    placement: 'Table 2: company placement',
    plan: 'Table 3: preparatory plan',
    from: 'From',
    to: 'To',
    compareTo: 'Compare with a saved report',
    noComparison: 'No comparison',
    show: 'Show results',
    required: 'The date is required.',
    order: 'The end date must not be before the start date.',
    invalid: 'Enter a valid date.',
  },
  table: {
    provider: 'Provider',
    total: 'Total',
    exitTitle: 'Table 1: Exit to employment, education and part-time employment, {{period}}',
    exitCompleted: 'Courses completed in the period',
    exitJobOrEducation: 'Exits to job or education',
    exitPartTime: 'Exits to part-time employment',
    exitRate: 'Exit rate, share',
    exitPending: 'Awaiting register data',
    placementTitle: 'Table 2: Company placements during or after the course at the provider, {{period}}',
    placementCompleted: 'Citizens who completed a course at the provider',
    placementPlaced: 'Citizens in a company placement during or after the course',
    placementRate: 'Share',
    planTitle:
      'Table 3: Citizens with a preparatory plan started during or within {{months}} months after the course at the provider, {{period}}',
    planCompleted: 'Citizens who completed a course at the provider',
    planWithPlan: 'Preparatory plans started',
    planRate: 'Share',
    interval: '95% interval',
    versusRest: 'Compared with the others',
    previous: 'Saved report',
    points: 'Difference',
    empty: 'No course was completed in the period.',
  },
  versus: {
    higher: 'Higher',
    lower: 'Lower',
    indistinguishable: 'Cannot be told apart',
  },
  remarks: {
    heading: 'How sure are the figures?',
    indistinguishable:
      'At this number of courses, {{names}} cannot be told apart from the other providers: the 95% intervals overlap, so the difference may be chance.',
    higher: '{{names}}: higher than the other providers together, even allowing for the uncertainty.',
    lower: '{{names}}: lower than the other providers together, even allowing for the uncertainty.',
    and: 'and',
  },
  notes: {
    exit: 'Employment data come from DREAM, which lags about six months. The status is taken in the 2nd month after the course ended; courses without register data for that month are pending and left out of the share.',
    exitPending_one: '{{count}} course awaits register data.',
    exitPending_other: '{{count}} courses await register data.',
    pendingWhen_one:
      '{{count}} course awaits register data for the 2nd month after it ended and is left out of the share. It will be counted once the register data cover {{month}} (DREAM lags about six months).',
    pendingWhen_other:
      '{{count}} courses await register data for the 2nd month after they ended and are left out of the share. They will be counted once the register data cover {{month}} (DREAM lags about six months).',
    notInRegister_one: "{{count}} course's citizen is not in the register; it is left out of the share.",
    notInRegister_other:
      "{{count}} courses' citizens are not in the register; they are left out of the share.",
    printedTotal:
      'The total is the sum of the rows: {{rowsSum}}. The printed source ("{{source}}") gives a total of {{printed}}, but its own rows add up to {{rowsSum}}.',
    placement:
      'Only placements starting at most {{days}} days after the course ended are counted. Placement types: {{kinds}}.',
    plan: 'Caseworkers register preparatory plans by hand, and up to half are thought not to be registered. The figure is uncertain, and rather too low than too high.',
    kinds: { internship: 'internship', wage_subsidy: 'wage subsidy', small_job: 'small job' },
  },
  chart: {
    title: 'Share per provider with 95% interval',
    description:
      "The dot is the provider's share, the line its 95% interval, and the dashed line the total share ({{total}}).",
    row: '{{name}}: {{percent}} (95% interval {{interval}})',
    total: 'Total',
  },
  comparison: {
    heading: 'Comparison',
    text: 'Compared with "{{title}}" (saved {{date}}). Differences in percentage points between the whole percents shown.',
    definitionChanged:
      'The saved report used another definition version ({{version}}): the figures are not like for like.',
    total: '{{table}}: from {{previous}} to {{current}} ({{points}}).',
    totalNoCurrent: '{{table}}: {{previous}} in the saved report; no data yet for the chosen period.',
    totalNoPrevious: '{{table}}: {{current}} now; the saved report has no data to compare with.',
    totalNoData: '{{table}}: no data yet in either period.',
  },
  export: {
    heading: 'Download the tables',
    xlsx: 'Excel (XLSX)',
    csv: 'CSV (Danish format)',
    csvEn: 'CSV (English format)',
    pdf: 'PDF like the committee appendix',
  },
  save: {
    heading: 'Save report',
    intro:
      'Saves the figures, the periods, the definition version and the imports the figures come from, so a published figure can be reproduced and later register data shows as differences.',
    title: 'Title',
    titleHint: 'E.g. "Results for the committee, May 2020".',
    submit: 'Save report',
    submitting: 'Saving …',
    saved: 'The report "{{title}}" is saved.',
    required: 'Enter a title.',
  },
  saved: {
    heading: 'Saved reports',
    empty: 'No reports have been saved yet.',
    caption: 'Saved reports with the total share per table',
    title: 'Title',
    createdAt: 'Saved',
    createdBy: 'By',
    exit: 'Exit',
    placement: 'Placement',
    plan: 'Plan',
    open: 'See the report',
  },
  report: {
    title: 'Saved report',
    back: 'Back to the outcomes',
    meta: 'Saved {{date}} by {{by}} with the definitions of version {{version}}. Made from {{count}} import(s).',
    unchanged: 'The figures computed today are the same as when the report was saved.',
    changed:
      'The figures computed today differ from the saved ones, e.g. because register data for more months has come in. The saved figures are shown; the differences are in the columns on the right.',
    showPeriods: "Show these periods with today's data",
    savedFigures: 'Saved figures',
    nowHeading: 'Computed today',
  },
  fair: fairEn,
};
