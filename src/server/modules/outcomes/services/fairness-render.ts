// The fair comparison out of the app, for the CLI (and later the API's export): JSON (exact values), CSV
// (Danish: ";", decimal comma, exact values) and plain text in words a committee member reads, with
// Danish numbers and one sentence per provider. No ranks: providers stand in name order.
import { OUTCOME_WINDOWS } from '../../../../shared/outcomes/outcome.constants.ts';
import { formatDanishDate } from '../../../../shared/dates.ts';
import type { FairnessLabel } from '../../../../shared/outcomes/fairness.constants.ts';
import type {
  FairnessReport,
  FairnessRow,
  FairnessTable,
} from '../../../../shared/outcomes/fairness.schemas.ts';
import { formatPeriod } from '../../../../shared/outcomes/outcome.format.ts';
import { OUTCOME_TABLES, type OutcomeTableKey } from '../../../../shared/outcomes/outcome.schemas.ts';
import { csvNumber, writeCsv, type CsvCell } from '../../../platform/export/csv.ts';
import { MIN_COURSES } from '../fairness-tables.ts';
import { costAndSelectionAsText } from './fairness-extras-text.ts';
import { fill } from '../../../../shared/messages.ts';
import { OUTCOME_TEXTS } from './outcome-texts.ts';
import { committeeNoteTexts } from './present-tables.ts';

export type FairnessRenderFormat = 'json' | 'csv' | 'text';

export const FAIRNESS_LABEL_TEXTS: Record<FairnessLabel, string> = {
  too_few: 'for få forløb til at sige noget',
  above: 'over forventet',
  below: 'under forventet',
  as_expected: 'som forventet',
};

const TEXTS = {
  documentTitle: 'Fair sammenligning af leverandørernes resultater',
  definition:
    'Hver leverandørs resultat holdes op mod det, man kunne forvente med de borgere, leverandøren havde: ' +
    'ud fra borgernes alder og tid på offentlig forsørgelse de tre år før forløbet (definition {version}, ' +
    'på tabellerne efter definition {outcomeVersion}). Leverandørerne står i navneorden; de rangeres ikke.',
  success: {
    exit: 'i job, uddannelse eller deltidsbeskæftigelse',
    placement: 'i virksomhedsplacering',
    plan: 'med opstartet forberedende plan',
  } satisfies Record<OutcomeTableKey, string>,
  headers: [
    'Leverandør',
    'Forløb',
    'Faktisk',
    'Forventet',
    'Faktisk/forventet',
    'Justeret andel',
    '95 %-grænser',
    '99,8 %-grænser',
    'Vurdering',
  ],
  total: 'I alt',
  sentence: '{name} fik {observed} {success}; med de borgere, de havde, ville man forvente {expected}.',
  verdict: {
    as_expected: 'Forskellen er inden for det, tilfældigheder kan give.',
    above: 'Det er flere, end tilfældigheder plausibelt kan give: over forventet.',
    below: 'Det er færre, end tilfældigheder plausibelt kan give: under forventet.',
    too_few: `Med {courses} forløb er der for få forløb til at sige noget (mindst ${MIN_COURSES}).`,
  } satisfies Record<FairnessLabel, string>,
  overall: 'Alle leverandører samlet: {observed} af {courses} forløb ({rate}).',
  unknownHistory:
    '{count} forløb har ukendt forsørgelseshistorik (registret mangler uger eller borgeren); de sammenlignes i deres egen gruppe.',
  limitsNote:
    'Grænserne viser, hvor langt fra 1 faktisk/forventet kan ligge alene ved tilfældigheder ved leverandørens antal forløb: 95 % og 99,8 %.',
};

/** A Danish number with a fixed number of decimals and thousands dots: 1.234,5. */
export function danishNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** An exact value with a decimal comma, never in exponent form (CSV). */
export function exactDanish(value: number): string {
  let text = String(value);
  if (/e/i.test(text)) text = value.toFixed(20).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}

const limitsText = (limits: readonly [number, number] | null) =>
  limits ? `${danishNumber(limits[0], 2)}–${danishNumber(limits[1], 2)}` : '–';

const percentText = (share: number | null) => (share === null ? '–' : `${danishNumber(share * 100, 1)} %`);

function titleOf(key: OutcomeTableKey, table: FairnessTable): string {
  const t = OUTCOME_TEXTS.da;
  const template = key === 'exit' ? t.exitTitle : key === 'placement' ? t.placementTitle : t.planTitle;
  return fill(template, { period: formatPeriod(table.from, table.to, 'da'), ...OUTCOME_WINDOWS });
}

function textCells(row: FairnessRow): string[] {
  return [
    row.providerName ?? TEXTS.total,
    danishNumber(row.courses, 0),
    danishNumber(row.observed, 0),
    danishNumber(row.expected, 1),
    row.oe === null ? '–' : danishNumber(row.oe, 2),
    percentText(row.adjustedRate),
    limitsText(row.limits95),
    limitsText(row.limits998),
    FAIRNESS_LABEL_TEXTS[row.label],
  ];
}

/** The sentence the committee reads about one provider. */
export function providerSentence(key: OutcomeTableKey, row: FairnessRow): string {
  const said = fill(TEXTS.sentence, {
    name: row.providerName ?? TEXTS.total,
    observed: danishNumber(row.observed, 0),
    success: TEXTS.success[key],
    expected: danishNumber(row.expected, 1),
  });
  return `${said} ${fill(TEXTS.verdict[row.label], { courses: danishNumber(row.courses, 0) })}`;
}

/**
 * The committee notes under a table (Danish, as the outcome report's): a printed total that is not the
 * rows' sum, the pending courses and when they count, and for plans that they depend on registration.
 */
export function fairnessNotes(report: FairnessReport, key: OutcomeTableKey): string[] {
  const t = OUTCOME_TEXTS.da;
  const notes: string[] = [];
  notes.push(...committeeNoteTexts(report.notes, key, 'da'));
  if (key === 'plan') notes.push(fill(t.planNote, OUTCOME_WINDOWS));
  return notes;
}

function tableAsText(key: OutcomeTableKey, table: FairnessTable, committeeNotes: string[]): string {
  const rows = [TEXTS.headers, ...table.rows.map(textCells)];
  const total = textCells(table.total);
  const all = [...rows, total];
  const widths = TEXTS.headers.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  // The name and the verdict are text (left); the figures are numbers (right).
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const notes = [
    fill(TEXTS.overall, {
      observed: danishNumber(table.total.observed, 0),
      courses: danishNumber(table.total.courses, 0),
      rate: percentText(table.rate),
    }),
  ];
  if (table.unknownHistory > 0)
    notes.push(fill(TEXTS.unknownHistory, { count: danishNumber(table.unknownHistory, 0) }));
  notes.push(...committeeNotes);
  return [
    titleOf(key, table),
    '',
    line(rows[0]!),
    rule,
    ...rows.slice(1).map(line),
    rule,
    line(total),
    '',
    ...table.rows.map((row) => providerSentence(key, row)),
    '',
    ...notes,
  ].join('\n');
}

/** The text report's pieces, for the PDF: the title, the intro, and per table its title and cells. */
export function fairnessTextParts(report: FairnessReport) {
  const tables = Object.fromEntries(
    OUTCOME_TABLES.map((key) => [
      key,
      {
        title: titleOf(key, report[key]),
        rows: [TEXTS.headers, ...report[key].rows.map(textCells), textCells(report[key].total)],
      },
    ]),
  ) as Record<OutcomeTableKey, { title: string; rows: string[][] }>;
  return {
    title: TEXTS.documentTitle,
    intro: fill(TEXTS.definition, {
      version: report.definitionVersion,
      outcomeVersion: report.outcomeDefinitionVersion,
    }),
    limitsNote: TEXTS.limitsNote,
    tables,
  };
}

export function fairnessAsText(report: FairnessReport): string {
  const intro = fill(TEXTS.definition, {
    version: report.definitionVersion,
    outcomeVersion: report.outcomeDefinitionVersion,
  });
  const blocks = OUTCOME_TABLES.map((key) => tableAsText(key, report[key], fairnessNotes(report, key)));
  blocks.push(costAndSelectionAsText(report, danishNumber));
  return `${TEXTS.documentTitle}\n${intro}\n${TEXTS.limitsNote}\n\n${blocks.join('\n\n')}\n`;
}

const CSV_HEADERS = [
  'Tabel',
  'Fra',
  'Til',
  'Leverandørkode',
  'Leverandør',
  'Forløb',
  'Faktisk (O)',
  'Forventet (E)',
  'Varians (V)',
  'Faktisk/forventet (O/E)',
  'z',
  'Justeret andel',
  '95 %-grænse, nedre',
  '95 %-grænse, øvre',
  '99,8 %-grænse, nedre',
  '99,8 %-grænse, øvre',
  'Vurdering',
];

/** One long Danish CSV: a row per table and provider, then the table's total; exact values. */
export function fairnessAsCsv(report: FairnessReport): string {
  const t = OUTCOME_TEXTS.da;
  const n = (value: number | null): CsvCell => (value === null ? null : csvNumber(exactDanish(value)));
  const rows: CsvCell[][] = [CSV_HEADERS];
  for (const key of OUTCOME_TABLES) {
    const table = report[key];
    for (const row of [...table.rows, table.total]) {
      const [d1, d2] = [table.from, table.to].map(formatDanishDate);
      rows.push([
        t[key],
        d1,
        d2,
        row.providerCode,
        row.providerName ?? TEXTS.total,
        n(row.courses),
        n(row.observed),
        n(row.expected),
        n(row.variance),
        n(row.oe),
        n(row.z),
        n(row.adjustedRate),
        n(row.limits95?.[0] ?? null),
        n(row.limits95?.[1] ?? null),
        n(row.limits998?.[0] ?? null),
        n(row.limits998?.[1] ?? null),
        FAIRNESS_LABEL_TEXTS[row.label],
      ]);
    }
  }
  return writeCsv(rows, { delimiter: ';', bom: true });
}

export function renderFairness(report: FairnessReport, format: FairnessRenderFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(report, null, 2) + '\n';
    case 'csv':
      return fairnessAsCsv(report);
    case 'text':
      return fairnessAsText(report);
  }
}
