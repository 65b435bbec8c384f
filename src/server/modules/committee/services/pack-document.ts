// The committee pack as one list of blocks (headings, paragraphs, tables), built from the pack's frozen
// inputs only: the saved reports' figures copied into the pack, its frozen budget status, its text and the
// decision. The Word and the PDF file both render this list, so they say the same. Pure.
import { copenhagenDate } from '../../../../shared/dates.ts';
import { fill, type Language } from '../../../../shared/messages.ts';
import { formatKroner } from '../../../../shared/money.ts';
import type { OutcomeReport, OutcomeTableKey } from '../../../../shared/outcomes/outcome.schemas.ts';
import {
  formatDay,
  formatPercent,
  formatPoints,
  formatShare,
} from '../../../../shared/outcomes/outcome.format.ts';
import type { BudgetStatusView } from '../../../../shared/payments/payment.schemas.ts';
import { compareReports, presentTables } from '../../outcomes/outcome.service.ts';
import { PACK_TEXTS } from './pack-texts.ts';

/** A saved outcome report as copied into the pack when it was made. */
export interface FrozenReport {
  id: string;
  title: string;
  createdAt: string;
  definitionVersion: string;
  results: OutcomeReport;
}

export interface PackInputs {
  title: string;
  caseNumber: string | null;
  meetingOn: string;
  createdAt: Date;
  createdByName: string;
  current: FrozenReport;
  previous: FrozenReport | null;
  budgetStatus: BudgetStatusView;
  summary: string;
  recommendation: string;
  presentation: string;
  decision: { decidedOn: string; decision: string } | null;
}

export interface DocTable {
  /** Null when a heading just above names the table (so the title is not said twice). */
  caption: string | null;
  headers: string[];
  numeric: boolean[];
  rows: string[][];
  /** Shown in bold under the rows. */
  total: string[] | null;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'table'; table: DocTable };

export interface PackDocument {
  title: string;
  createdAt: Date;
  blocks: Block[];
}

export interface KeyFigure {
  table: OutcomeTableKey;
  ratePercent: number | null;
  previousRatePercent: number | null;
  points: number | null;
}

const TABLES: OutcomeTableKey[] = ['exit', 'placement', 'plan'];

/** Each table's total now and in the previous report, in percentage points between the whole percents. */
export function keyFigures(current: OutcomeReport, previous: OutcomeReport | null): KeyFigure[] {
  return TABLES.map((table) => {
    const now = current[table].total.ratePercent;
    const before = previous ? previous[table].total.ratePercent : null;
    return {
      table,
      ratePercent: now,
      previousRatePercent: before,
      points: now !== null && before !== null ? now - before : null,
    };
  });
}

/** Paragraphs of a free text: one per blank-line-separated block. */
function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph' as const, text: part }));
}

function budgetBlocks(status: BudgetStatusView, language: Language): Block[] {
  const t = PACK_TEXTS[language];
  const year = status.year;
  const money = (ore: number) => formatKroner(ore);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        status.frameOre > 0
          ? `${fill(t.budgetFrame, { year, amount: money(status.frameOre) })} ${fill(t.budgetUse, {
              share: formatShare(status.total.forecastOre / status.frameOre, language),
            })}`
          : fill(t.budgetNoFrame, { year }),
    },
  ];
  if (status.providers.length === 0) {
    blocks.push({ kind: 'paragraph', text: fill(t.noBudgetRows, { year }) });
    return blocks;
  }
  // Each provider's part of the frame, in packs frozen since the budget status has it (older packs render
  // as they were made).
  const withFrame = status.total.frameOre !== undefined;
  const frameCell = (ore: number | null | undefined) =>
    withFrame ? [ore === null || ore === undefined ? '–' : money(ore)] : [];
  type Amounts = Omit<BudgetStatusView['total'], 'frameOre'> & { frameOre?: number | null | undefined };
  const row = (name: string, s: Amounts) => [
    name,
    ...frameCell(s.frameOre),
    money(s.approvedOre),
    money(s.billedNotApprovedOre),
    money(s.forecastOre),
  ];
  blocks.push({
    kind: 'table',
    table: {
      caption: fill(t.budgetCaption, { year, date: formatDay(status.asOf, language) }),
      headers: [
        t.provider,
        ...(withFrame ? [t.providerFrame] : []),
        t.approved,
        t.billedNotApproved,
        t.forecast,
      ],
      numeric: [false, ...(withFrame ? [true] : []), true, true, true],
      rows: status.providers.map((p) => row(p.providerName, p)),
      total: row(t.total, status.total),
    },
  });
  if (withFrame) blocks.push({ kind: 'paragraph', note: true, text: t.frameSplit });
  return blocks;
}

function resultBlocks(inputs: PackInputs, language: Language): Block[] {
  const t = PACK_TEXTS[language];
  const { current, previous } = inputs;
  const saved = (report: FrozenReport) => ({
    title: report.title,
    date: formatDay(copenhagenDate(new Date(report.createdAt)), language),
  });
  const comparison = previous
    ? compareReports(previous.results, current.results, {
        id: previous.id,
        title: previous.title,
        createdAt: previous.createdAt,
        definitionVersion: previous.definitionVersion,
      })
    : null;
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t.results },
    { kind: 'paragraph', text: fill(t.resultsIntro, saved(current)) },
    {
      kind: 'paragraph',
      text: previous ? fill(t.comparedWith, saved(previous)) : t.noPrevious,
    },
  ];
  for (const table of presentTables({ ...current.results, comparison }, language)) {
    blocks.push(
      { kind: 'heading', level: 3, text: table.title },
      {
        kind: 'table',
        table: {
          // The heading above names the table: no caption repeating it.
          caption: null,
          headers: table.headers,
          numeric: table.numeric,
          rows: table.rows,
          total: table.total,
        },
      },
      ...table.notes.map((note) => ({ kind: 'paragraph' as const, text: note, note: true })),
    );
  }
  return blocks;
}

export function packDocument(inputs: PackInputs, language: Language): PackDocument {
  const t = PACK_TEXTS[language];
  const meta = [
    inputs.caseNumber ? fill(t.caseNumber, { caseNumber: inputs.caseNumber }) : null,
    fill(t.meeting, { date: formatDay(inputs.meetingOn, language) }),
  ].filter((line): line is string => line !== null);
  const figures = keyFigures(inputs.current.results, inputs.previous?.results ?? null);
  const reports = [inputs.current, ...(inputs.previous ? [inputs.previous] : [])]
    .map(
      (r) =>
        `"${r.title}" (${fill(t.savedOn, { date: formatDay(copenhagenDate(new Date(r.createdAt)), language) })})`,
    )
    .join(', ');
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: inputs.title },
    { kind: 'paragraph', text: meta.join(' · ') },
    { kind: 'heading', level: 2, text: t.summary },
    ...paragraphs(inputs.summary),
    { kind: 'heading', level: 2, text: t.recommendation },
    ...paragraphs(inputs.recommendation),
    { kind: 'heading', level: 2, text: t.presentation },
    ...paragraphs(inputs.presentation),
    { kind: 'heading', level: 3, text: t.keyFigures },
    {
      kind: 'table',
      table: {
        caption: t.keyFiguresCaption,
        headers: [t.figure, t.previous, t.current, t.change],
        numeric: [false, true, true, true],
        rows: figures.map((f) => [
          t[f.table],
          formatPercent(f.previousRatePercent, language),
          formatPercent(f.ratePercent, language),
          formatPoints(f.points, language),
        ]),
        total: null,
      },
    },
    ...resultBlocks(inputs, language),
    { kind: 'heading', level: 2, text: t.budget },
    ...budgetBlocks(inputs.budgetStatus, language),
  ];
  if (inputs.decision) {
    blocks.push(
      { kind: 'heading', level: 2, text: t.decision },
      {
        kind: 'paragraph',
        text: fill(t.decidedOn, { date: formatDay(inputs.decision.decidedOn, language) }),
      },
      ...paragraphs(inputs.decision.decision),
    );
  }
  blocks.push(
    { kind: 'heading', level: 2, text: t.basis },
    {
      kind: 'paragraph',
      note: true,
      text: fill(t.basisText, {
        date: formatDay(copenhagenDate(inputs.createdAt), language),
        name: inputs.createdByName,
        reports,
        version: inputs.current.definitionVersion,
      }),
    },
  );
  return { title: inputs.title, createdAt: inputs.createdAt, blocks };
}
