// The fair comparison as files for the committee (issue 13): XLSX (a sheet per table, the cost, the budget,
// the selection and the cells; exact values in number cells) and PDF (the text report's page with a funnel
// plot per table), through the platform's export helpers like the outcome report.
import type { Content, StyleDictionary } from 'pdfmake/interfaces';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import type {
  BurnDown,
  CostRow,
  FairnessCell,
  FairnessReport,
  FairnessRow,
  SelectionRow,
} from '../../../../shared/outcomes/fairness.schemas.ts';
import { funnelGeometry, funnelSvg } from '../../../../shared/outcomes/funnel.chart.ts';
import { formatDay, formatPeriod } from '../../../../shared/outcomes/outcome.format.ts';
import { OUTCOME_TABLES } from '../../../../shared/outcomes/outcome.constants.ts';
import { renderPdf } from '../../../platform/export/pdf.ts';
import { tablesToXlsx, type ExportTable } from '../../../platform/export/table-export.ts';
import { costAndSelectionAsText } from './fairness-extras-text.ts';
import type { FairnessCsvPart, FairnessFormat } from '../../../../shared/outcomes/fairness.constants.ts';
import { fairnessCsvPart } from './fairness-csv.ts';
import type { FAIRNESS_EXPORT_FORMATS } from '../../../../shared/outcomes/fairness.schemas.ts';
import type { Ctx } from '../../../platform/context.ts';
import {
  danishNumber,
  FAIRNESS_LABEL_TEXTS,
  fairnessNotes,
  fairnessTextParts,
  providerSentence,
  renderFairness,
} from './fairness-render.ts';
import { getFairness, type FairnessRequest } from './fairness-report.ts';
import { OUTCOME_TEXTS } from './outcome-texts.ts';
import { exportFileName } from '../../../platform/export/file-name.ts';

type Table = ExportTable<unknown>;
const table = <R>(t: ExportTable<R>): Table => t as unknown as Table;

function fairTable(report: FairnessReport, key: (typeof OUTCOME_TABLES)[number]): Table {
  const source = report[key];
  return table<FairnessRow>({
    title: OUTCOME_TEXTS.da[key],
    notes: [formatPeriod(source.from, source.to, 'da'), ...fairnessNotes(report, key)],
    columns: [
      { header: 'Leverandør', kind: 'text', value: (r) => r.providerName ?? 'I alt', width: 28 },
      { header: 'Forløb', kind: 'integer', value: (r) => r.courses },
      { header: 'Faktisk (O)', kind: 'integer', value: (r) => r.observed },
      { header: 'Forventet (E)', kind: 'decimal', value: (r) => r.expected },
      { header: 'Varians (V)', kind: 'decimal', value: (r) => r.variance },
      { header: 'O/E', kind: 'decimal', value: (r) => r.oe },
      { header: 'z', kind: 'decimal', value: (r) => r.z },
      { header: 'Justeret andel', kind: 'percent', value: (r) => r.adjustedRate },
      { header: '95 % nedre', kind: 'decimal', value: (r) => r.limits95?.[0] ?? null },
      { header: '95 % øvre', kind: 'decimal', value: (r) => r.limits95?.[1] ?? null },
      { header: '99,8 % nedre', kind: 'decimal', value: (r) => r.limits998?.[0] ?? null },
      { header: '99,8 % øvre', kind: 'decimal', value: (r) => r.limits998?.[1] ?? null },
      { header: 'Vurdering', kind: 'text', value: (r) => FAIRNESS_LABEL_TEXTS[r.label], width: 30 },
    ],
    rows: source.rows,
    totals: [source.total],
  });
}

/** XLSX money columns take øre. */
const ore = (kroner: number | null) => (kroner === null ? null : Math.round(kroner * 100));

export function fairnessWorkbookTables(report: FairnessReport): Table[] {
  return [
    ...OUTCOME_TABLES.map((key) => fairTable(report, key)),
    table<CostRow>({
      title: 'Pris pr. resultat',
      notes: [
        `Forløb afsluttet ${formatPeriod(report.exit.from, report.exit.to, 'da')}; faktureret til ${report.cost.asOf}`,
      ],
      columns: [
        { header: 'Leverandør', kind: 'text', value: (r) => r.providerName ?? 'I alt', width: 28 },
        { header: 'Faktureret', kind: 'kroner', value: (r) => ore(r.billedKroner) },
        { header: 'Resultater', kind: 'integer', value: (r) => r.successes },
        { header: 'Kr. pr. resultat', kind: 'kroner', value: (r) => ore(r.kronerPerSuccess) },
        { header: 'Afsluttede forløb', kind: 'integer', value: (r) => r.completed },
        { header: 'Kr. pr. forløb', kind: 'kroner', value: (r) => ore(r.kronerPerCompleted) },
      ],
      rows: report.cost.rows,
      totals: [report.cost.total],
    }),
    table<BurnDown['months'][number] & { year: number }>({
      title: 'Budgetforbrug',
      notes: report.cost.burnDown.map(
        (b) =>
          `${b.year}: ramme ${danishNumber(b.frameKroner, 0)} kr., tilbage ved årets slutning ${danishNumber(b.remainingKroner, 0)} kr.`,
      ),
      columns: [
        { header: 'Måned', kind: 'text', value: (r) => r.month },
        { header: 'Faktureret', kind: 'kroner', value: (r) => ore(r.billedKroner) },
        { header: 'Fremskrevet', kind: 'kroner', value: (r) => ore(r.forecastKroner) },
        { header: 'I alt fra 1. januar', kind: 'kroner', value: (r) => ore(r.cumulativeKroner) },
      ],
      rows: report.cost.burnDown.flatMap((b) => b.months.map((m) => ({ ...m, year: b.year }))),
    }),
    table<SelectionRow>({
      title: 'Udvælgelse',
      notes: [`Henvisninger ${formatPeriod(report.selection.from, report.selection.to, 'da')}`],
      columns: [
        { header: 'Leverandør', kind: 'text', value: (r) => r.providerName, width: 28 },
        {
          header: 'Forventet chance',
          kind: 'text',
          value: (r) => ({ low: 'Laveste', middle: 'Midterste', high: 'Højeste' })[r.band],
        },
        { header: 'Henvist', kind: 'integer', value: (r) => r.referred },
        { header: 'Modtaget', kind: 'integer', value: (r) => r.accepted },
        { header: 'Afvist', kind: 'integer', value: (r) => r.rejected },
        { header: 'Trukket tilbage', kind: 'integer', value: (r) => r.withdrawn },
        { header: 'Ophørt inden 28 dage', kind: 'integer', value: (r) => r.earlyEnds },
        { header: 'p (Fisher, ensidet)', kind: 'decimal', value: (r) => r.creamingP },
        { header: 'Markeret', kind: 'text', value: (r) => (r.flagged ? 'ja' : 'nej') },
      ],
      rows: report.selection.rows,
    }),
    table<FairnessCell>({
      title: 'Celler',
      columns: [
        { header: 'Tabel', kind: 'text', value: (r) => OUTCOME_TEXTS.da[r.table] },
        { header: 'Aldersgruppe', kind: 'text', value: (r) => r.ageBand },
        { header: 'Forsørgelsesuger', kind: 'text', value: (r) => r.historyBand },
        { header: 'Forløb', kind: 'integer', value: (r) => r.courses },
        { header: 'Succeser', kind: 'integer', value: (r) => r.successes },
        { header: 'Andel', kind: 'percent', value: (r) => r.rate },
      ],
      rows: report.cells,
    }),
  ];
}

export function fairnessXlsx(report: FairnessReport): Promise<Buffer> {
  return tablesToXlsx(fairnessWorkbookTables(report));
}

/** The committee page's content: per table the text report's table, the funnel plot, the sentences and
 * the notes; then cost and selection. Its styles are FAIRNESS_PDF_STYLES (the outcome PDF adds the page). */
export function fairnessPdfContent(report: FairnessReport): Content[] {
  const parts = fairnessTextParts(report);
  const content: Content[] = [
    { text: parts.title, style: 'fairTitle' },
    { text: `${parts.intro} ${parts.limitsNote}`, style: 'fairMeta' },
  ];
  for (const key of OUTCOME_TABLES) {
    const source = report[key];
    const body = parts.tables[key];
    const section: Content[] = [
      { text: body.title, style: 'fairTableTitle' },
      {
        table: {
          headerRows: 1,
          widths: body.rows[0]!.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: body.rows.map((row, r) =>
            row.map((text, i) => ({
              text,
              bold: r === 0 || r === body.rows.length - 1,
              alignment: i === 0 || i === row.length - 1 ? ('left' as const) : ('right' as const),
            })),
          ),
        },
        layout: 'lightHorizontalLines',
      },
    ];
    if (source.rows.length > 0) {
      const g = funnelGeometry(
        source.rows.map((r) => ({ label: r.providerName ?? '', expected: r.expected, oe: r.oe })),
        source.rate,
        { width: 500, height: 260 },
      );
      section.push({ svg: funnelSvg(g, danishNumber), width: 460, margin: [0, 6, 0, 0] });
    }
    section.push(...source.rows.map((row) => ({ text: providerSentence(key, row), style: 'fairNote' })));
    section.push(...fairnessNotes(report, key).map((text) => ({ text, style: 'fairCommitteeNote' })));
    content.push({ stack: section, unbreakable: true });
  }
  content.push({ text: costAndSelectionAsText(report, danishNumber), style: 'fairExtras' });
  return content;
}

export const FAIRNESS_PDF_STYLES: StyleDictionary = {
  fairTitle: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
  fairMeta: { fontSize: 8, color: '#555555', margin: [0, 0, 0, 12] },
  fairTableTitle: { fontSize: 10.5, bold: true, italics: true, margin: [0, 14, 0, 6] },
  fairNote: { fontSize: 8.5, margin: [0, 3, 0, 0] },
  fairCommitteeNote: { fontSize: 8, italics: true, color: '#333333', margin: [0, 4, 0, 0] },
  fairExtras: { fontSize: 8.5, margin: [0, 16, 0, 0] },
};

/** The committee page on its own: the fair comparison's PDF. */
export async function fairnessPdf(report: FairnessReport): Promise<Buffer> {
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    info: { title: fairnessTextParts(report).title, creator: 'indsats' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    content: [
      ...fairnessPdfContent(report),
      { text: `Dannet ${formatDay(todayInCopenhagen(), 'da')}.`, style: 'fairMeta' },
    ],
    styles: FAIRNESS_PDF_STYLES,
  });
}

export interface FairnessFile {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

/** The report in any of the CLI's formats (the API's export takes xlsx, pdf and csv). */
export async function renderFairnessFile(
  report: FairnessReport,
  format: FairnessFormat,
  options: { part?: FairnessCsvPart | undefined } = {},
): Promise<FairnessFile> {
  switch (format) {
    case 'xlsx':
      return {
        body: await fairnessXlsx(report),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'pdf':
      return { body: await fairnessPdf(report), contentType: 'application/pdf', extension: 'pdf' };
    case 'json':
      return {
        body: renderFairness(report, 'json'),
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      };
    case 'csv':
      return {
        body: fairnessCsvPart(report, options.part),
        contentType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
    case 'text':
      return {
        body: renderFairness(report, 'text'),
        contentType: 'text/plain; charset=utf-8',
        extension: 'txt',
      };
  }
}

/** GET /api/outcomes/fairness/export: the rows the actor may see (as the page), audited as an export. */
export async function exportFairness(
  ctx: Ctx,
  input: FairnessRequest & {
    format: (typeof FAIRNESS_EXPORT_FORMATS)[number];
    part?: FairnessCsvPart | undefined;
  },
): Promise<FairnessFile & { filename: string }> {
  const { format, part, ...query } = input;
  const report = await getFairness(ctx, query, { action: 'export', format });
  const file = await renderFairnessFile(report, format, { part });
  // A CSV of the cost or selection rows says so in its name.
  const suffix =
    format === 'csv' && part && part !== 'tables' ? `-${part === 'cost' ? 'pris' : 'udvaelgelse'}` : '';
  return {
    ...file,
    filename: exportFileName(`fair-sammenligning-${report.exit.from}-${report.exit.to}${suffix}`, format),
  };
}
