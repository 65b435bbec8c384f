// Error and field messages of the imports module (keys "import.…"), merged into src/shared/messages.ts.
// Row errors are stored as keys with parameters and translated when shown. They never repeat a CPR
// number: a bad CPR is named by its line and column only.
export const importMessagesDa = {
  'import.date': 'Skriv en gyldig dato (åååå-mm-dd).',
  'import.date_order': 'Slutdatoen ligger før startdatoen.',
  'import.required': 'Feltet skal udfyldes.',
  'import.too_long': 'Teksten er for lang (højst {max} tegn).',
  'import.empty_file': 'Filen er tom: der mangler en overskriftslinje.',
  'import.missing_column': 'Kolonnen {column} mangler i overskriftslinjen.',
  'import.duplicate_column': 'Kolonnen {column} står flere gange i overskriftslinjen.',
  'import.field_count': 'Linjen har {found} kolonner, men overskriftslinjen har {expected}.',
  'import.duplicate_key': '{value} står også på linje {line}.',
  'import.csv.unclosed_quote': 'Et felt i anførselstegn bliver ikke lukket.',
  'import.csv.after_quote': 'Der står tekst efter et afsluttende anførselstegn.',
  'import.csv.stray_quote': 'Et anførselstegn står midt i et felt uden anførselstegn.',
  'import.csv.too_long': 'Linjen er for lang til at læse (er et anførselstegn ikke lukket?).',
  'import.csv.encoding':
    'Linjen er ikke gyldig UTF-8 (den første i filen). Er filen gemt som Windows-1252, fx fra et ældre system, så vælg tegnsættet Windows-1252 (--encoding windows-1252), eller gem den som UTF-8.',
  'import.provider_code': 'Koden må kun have små bogstaver, tal, bindestreg og understregning.',
  'import.district': 'Bydelen skal være en af Københavns bydele, fx Valby eller Amager Vest.',
  'import.code_not_provider': 'Koden {code} bruges af en organisation, der ikke er en leverandør.',
  'import.cvr_taken': 'CVR-nummeret bruges allerede af en anden leverandør ({code}).',
  'import.unknown_provider': 'Leverandøren {code} findes ikke.',
  'import.end_reason':
    'Ukendt afslutningsårsag "{value}". Brug job, småjob, uddannelse, fleksjob, førtidspension, frafald, fraflyttet, sygdom eller andet.',
  'import.end_reason_required': 'Skriv en afslutningsårsag, når forløbet har en slutdato.',
  'import.end_reason_without_end': 'En afslutningsårsag kræver en slutdato.',
  'import.placement_type': 'Typen skal være virksomhedspraktik, loentilskud eller smaajob.',
  'import.plan_type': 'Typen skal være forberedende_plan eller samlet_beskrivelse.',
  'import.category': 'Kategorien skal være benefit, education, non_benefit eller exit_register.',
  'import.code_format': 'Koden skal have 3 cifre (000 betyder "ingen ydelse" og er ikke en kode).',
  'import.job_centre_required':
    'Der er flere jobcentre: skriv koden på det jobcenter, nye borgere oprettes ved.',
  'import.unknown_job_centre': 'Jobcentret {code} findes ikke.',
  'import.no_job_centre':
    'Der findes intet jobcenter at oprette borgerne ved. Opret det først, fx: indsats orgs add --kind job_centre --code jobcenter-kbh --name "Jobcenter København".',
  'import.register.person_column': 'Overskriftslinjen mangler personkolonnen PNR (eller pnr eller cpr).',
  'import.register.no_weeks': 'Overskriftslinjen har ingen ugekolonner (y_ÅÅUU).',
  'import.register.bad_week_column': 'Kolonnen {column} er ikke en ISO-uge, der findes (y_ÅÅUU).',
  'import.register.bad_month_column': 'Kolonnen {column} er ikke en gyldig måned (grad_ÅÅÅÅ_MM).',
  'import.register.week_gap':
    'Ugekolonnerne skal være sammenhængende fra {first} til {last}; der mangler {count}, fx {missing}.',
  'import.register.month_gap':
    'Månedskolonnerne skal være sammenhængende fra {first} til {last}; der mangler {count}, fx {missing}.',
  'import.register.code': 'Ugens kode skal have 3 cifre eller være tom.',
  'import.register.degree': 'Beskæftigelsesgraden skal være et tal på 0 eller derover, eller tom.',
  'import.register.duplicate_person': 'Personen står mere end én gang i filen.',
  'import.register.unknown_codes':
    'Koderne findes ikke i kodebogen (kode: linjer): {codes}. Indlæs kodebogen, eller importér med "ukendte koder som ydelse".',
  'import.unsafe_character':
    'Feltet {column} (kolonne {number}) indeholder tegnet {character} på plads {position}. Kontroltegn og usynlige formateringstegn kan ikke importeres.',
  'import.unsafe_header':
    'Overskriften i kolonne {number} indeholder tegnet {character} på plads {position}. Kontroltegn og usynlige formateringstegn kan ikke importeres.',
  'import.unsafe_option': 'Teksten indeholder tegnet {character} på plads {position}, som ikke er tilladt.',
  'import.refused': 'Filen blev ikke importeret: {count} fejl. Intet er ændret.',
  'import.internal': 'Importen stoppede med en uventet fejl. Intet er ændret.',
  'import.interrupted':
    'Importen blev afbrudt: processen, der kørte den, stoppede, før den var færdig. Intet er ændret; importér filen igen.',
  'import.body': 'Send filen som request-body med Content-Type text/csv eller application/octet-stream.',
  'import.too_large': 'Filen er for stor (højst {max} MB).',
  'import.file_missing': 'Filen {file} findes ikke eller kan ikke læses.',
  'import.kind': 'Ukendt importtype.',
} as const;

export type ImportMessageKey = keyof typeof importMessagesDa;

export const importMessagesEn: Record<ImportMessageKey, string> = {
  'import.date': 'Enter a valid date (yyyy-mm-dd).',
  'import.date_order': 'The end date lies before the start date.',
  'import.required': 'This field is required.',
  'import.too_long': 'The text is too long (at most {max} characters).',
  'import.empty_file': 'The file is empty: the header line is missing.',
  'import.missing_column': 'The column {column} is missing from the header line.',
  'import.duplicate_column': 'The column {column} appears more than once in the header line.',
  'import.field_count': 'The line has {found} columns, but the header line has {expected}.',
  'import.duplicate_key': '{value} also appears on line {line}.',
  'import.csv.unclosed_quote': 'A quoted field is never closed.',
  'import.csv.after_quote': 'There is text after a closing quote.',
  'import.csv.stray_quote': 'A quote appears inside a field that is not quoted.',
  'import.csv.too_long': 'The line is too long to read (is a quote left open?).',
  'import.csv.encoding':
    'The line is not valid UTF-8 (the first such line in the file). If the file is saved as Windows-1252, e.g. by an older system, choose the character set Windows-1252 (--encoding windows-1252), or save it as UTF-8.',
  'import.provider_code': 'The code may only hold lower-case letters, digits, hyphens and underscores.',
  'import.district': "The district must be one of Copenhagen's districts, e.g. Valby or Amager Vest.",
  'import.code_not_provider': 'The code {code} belongs to an organisation that is not a provider.',
  'import.cvr_taken': 'The CVR number is already used by another provider ({code}).',
  'import.unknown_provider': 'The provider {code} does not exist.',
  'import.end_reason':
    'Unknown end reason "{value}". Use job, small_job, education, flexjob, disability_pension, dropped_out, moved, illness or other (or the Danish words).',
  'import.end_reason_required': 'Enter an end reason when the course has an end date.',
  'import.end_reason_without_end': 'An end reason needs an end date.',
  'import.placement_type': 'The type must be virksomhedspraktik, loentilskud or smaajob.',
  'import.plan_type': 'The type must be forberedende_plan or samlet_beskrivelse.',
  'import.category': 'The category must be benefit, education, non_benefit or exit_register.',
  'import.code_format': 'A code has 3 digits (000 means "no benefit" and is not a code).',
  'import.job_centre_required':
    'There are several job centres: enter the code of the one new citizens belong to.',
  'import.unknown_job_centre': 'The job centre {code} does not exist.',
  'import.no_job_centre':
    'No job centre exists to register the citizens at. Create it first, e.g.: indsats orgs add --kind job_centre --code jobcenter-kbh --name "Jobcenter København".',
  'import.register.person_column': 'The header line lacks the person column PNR (or pnr or cpr).',
  'import.register.no_weeks': 'The header line has no weekly columns (y_YYWW).',
  'import.register.bad_week_column': 'The column {column} is not an ISO week that exists (y_YYWW).',
  'import.register.bad_month_column': 'The column {column} is not a valid month (grad_YYYY_MM).',
  'import.register.week_gap':
    'The weekly columns must be contiguous from {first} to {last}; {count} are missing, e.g. {missing}.',
  'import.register.month_gap':
    'The monthly columns must be contiguous from {first} to {last}; {count} are missing, e.g. {missing}.',
  'import.register.code': "The week's code must have 3 digits or be empty.",
  'import.register.degree': 'The employment degree must be a number of 0 or more, or empty.',
  'import.register.duplicate_person': 'The person appears more than once in the file.',
  'import.register.unknown_codes':
    'These codes are not in the codebook (code: lines): {codes}. Load the codebook, or import with "unknown codes as benefit".',
  'import.unsafe_character':
    'The field {column} (column {number}) holds the character {character} at position {position}. Control characters and invisible formatting characters cannot be imported.',
  'import.unsafe_header':
    'The header of column {number} holds the character {character} at position {position}. Control characters and invisible formatting characters cannot be imported.',
  'import.unsafe_option':
    'The text holds the character {character} at position {position}, which is not allowed.',
  'import.refused': 'The file was not imported: {count} errors. Nothing was changed.',
  'import.internal': 'The import stopped with an unexpected error. Nothing was changed.',
  'import.interrupted':
    'The import was interrupted: the process running it stopped before it had finished. Nothing was changed; import the file again.',
  'import.body': 'Send the file as the request body with Content-Type text/csv or application/octet-stream.',
  'import.too_large': 'The file is too large (at most {max} MB).',
  'import.file_missing': 'The file {file} does not exist or cannot be read.',
  'import.kind': 'Unknown import kind.',
};
