// The evaluation report (issue 6): the award model (criteria with weights and what is emphasised), each
// bid's points with the justifications (consensus and each evaluator's), totals, ranking and sensitivity
// (stable interval, alternatives, rank reversals, totals against the quality weight). The same tables make
// the XLSX workbook and the PDF; the PDF adds a chart per area. Reading it is audited as an export.
import { formatDanishDate } from '../../../../shared/dates.ts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '../../../../shared/messages.ts';
import { formatKroner } from '../../../../shared/money.ts';
import type { EvaluationResult, ScoreSheet } from '../../../../shared/tenders/evaluation.schemas.ts';
import { sensitivityChart, sensitivityChartSvg } from '../../../../shared/tenders/sensitivity-chart.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { renderPdf } from '../../../platform/export/pdf.ts';
import { tablesToXlsx, type ExportColumn, type ExportTable } from '../../../platform/export/table-export.ts';
import { audit, tenderForBids } from './access.ts';
import { evaluateLoaded, loadEvaluation } from './results.ts';
import { loadScoreSheet } from './scores.ts';
import { REPORT_TEXTS, type ReportTexts } from './report-texts.ts';
import { exportFileName } from '../../../platform/export/file-name.ts';

type Row = Record<string, string | number | null>;

function table(
  title: string,
  columns: [string, string, ExportColumn<Row>['kind']][],
  rows: Row[],
  notes?: string[],
) {
  return {
    title,
    ...(notes ? { notes } : {}),
    columns: columns.map(([key, header, kind]) => ({ header, kind, value: (row: Row) => row[key] })),
    rows,
  } satisfies ExportTable<Row>;
}

const percent = (value: number) => `${Math.round(value * 10) / 10} %`;

export function reportTables(
  result: EvaluationResult,
  sheet: ScoreSheet,
  t: ReportTexts,
): ExportTable<Row>[] {
  const { setup } = result;
  const model = [
    { what: t.qualityWeight, value: percent(setup.weights.quality) },
    { what: t.priceWeight, value: percent(setup.weights.price) },
    { what: t.scale, value: `${setup.scale.min}–${setup.scale.max}` },
    { what: t.priceModel, value: t.models[setup.priceModel.type] },
    ...(setup.priceModel.slope !== null ? [{ what: t.slope, value: String(setup.priceModel.slope) }] : []),
    ...(setup.priceModel.bestOre !== null
      ? [
          { what: t.best, value: formatKroner(setup.priceModel.bestOre) },
          { what: t.worst, value: formatKroner(setup.priceModel.worstOre ?? 0) },
        ]
      : []),
    ...setup.priceElements.map((e) => ({ what: `${t.element}: ${e.name}`, value: t.weeks(e.volume) })),
  ];
  const evaluatorName = new Map(sheet.evaluators.map((e) => [e.userId, e.displayName]));
  const criterionName = new Map(setup.criteria.map((c) => [c.code, c.name]));
  const points = sheet.bids.flatMap((bid) =>
    setup.criteria.flatMap((criterion) => {
      const consensus = bid.consensus.find((s) => s.criterion === criterion.code);
      const own = bid.evaluatorScores.filter((s) => s.criterion === criterion.code);
      return [
        ...(consensus ? [{ source: t.consensus, ...consensus }] : []),
        ...own.map((s) => ({ source: evaluatorName.get(s.evaluatorId) ?? s.evaluatorId, ...s })),
      ].map((s) => ({
        area: bid.areaNumber,
        bidder: bid.bidder,
        criterion: criterionName.get(criterion.code) ?? criterion.code,
        source: s.source,
        points: s.points,
        justification: s.justification,
      }));
    }),
  );
  const ranking = result.areas.flatMap((area) =>
    area.bids.map((b) => ({
      area: `${area.number}. ${area.name}`,
      rank: b.rank,
      bidder: b.bidder,
      price: b.evaluatedPriceOre,
      pricePoints: b.pricePoints,
      quality: b.qualityScore,
      total: b.total,
      selected: b.selected ? t.yes : t.no,
      tie: b.tie ? t.yes : '',
    })),
  );
  const sensitivity = result.areas.flatMap((area) => [
    ...(area.stableQualityWeight
      ? [
          {
            area: area.number,
            what: t.stable,
            detail: `${percent(area.stableQualityWeight.from * 100)} – ${percent(area.stableQualityWeight.to * 100)}`,
            changes: '',
          },
        ]
      : []),
    ...area.alternatives.map((a) => ({
      area: area.number,
      what: `${a.name}${a.outcome ? ` (${t.outcomes[a.outcome]})` : ''}`,
      detail: `${Object.entries(a.weights)
        .map(([code, w]) => `${code} ${percent(w)}`)
        .join(', ')}; ${t.selected}: ${a.ranking
        .filter((r) => r.selected)
        .map((r) => r.bidder)
        .join(', ')}`,
      changes: a.selectionChanges ? t.yes : t.no,
    })),
    ...area.rankReversals.map((r) => ({
      area: area.number,
      what: `${t.reversal}: ${r.removed}`,
      detail: `${r.selectedBefore.join(', ')} → ${r.selectedAfter.join(', ')}`,
      changes: t.yes,
    })),
    ...(area.problems.length > 0
      ? [{ area: area.number, what: t.incomplete, detail: area.problems.join(' '), changes: '' }]
      : []),
  ]);
  const totals = result.areas.flatMap((area) =>
    area.chart.flatMap((point) =>
      area.bids.map((b) => ({
        area: area.number,
        weight: point.qualityWeight,
        bidder: b.bidder,
        total: point.totals[b.bidId] ?? null,
      })),
    ),
  );
  return [
    table(
      t.modelTitle,
      [
        ['what', t.item, 'text'],
        ['value', t.value, 'text'],
      ],
      model,
      [result.tenderName],
    ),
    table(
      t.criteriaTitle,
      [
        ['code', t.code, 'text'],
        ['name', t.criterion, 'text'],
        ['weight', t.weight, 'decimal'],
        ['effective', t.effectiveWeight, 'decimal'],
        ['emphasis', t.emphasis, 'text'],
      ],
      setup.criteria.map((c) => ({
        code: c.code,
        name: c.name,
        weight: c.weight,
        effective: (c.weight * setup.weights.quality) / 100,
        emphasis: c.emphasis,
      })),
    ),
    table(
      t.rankingTitle,
      [
        ['area', t.area, 'text'],
        ['rank', t.rank, 'integer'],
        ['bidder', t.bidder, 'text'],
        ['price', t.evaluatedPrice, 'kroner'],
        ['pricePoints', t.pricePoints, 'decimal'],
        ['quality', t.qualityScore, 'decimal'],
        ['total', t.total, 'decimal'],
        ['selected', t.selected, 'text'],
        ['tie', t.tie, 'text'],
      ],
      ranking,
    ),
    table(
      t.pointsTitle,
      [
        ['area', t.area, 'integer'],
        ['bidder', t.bidder, 'text'],
        ['criterion', t.criterion, 'text'],
        ['source', t.source, 'text'],
        ['points', t.points, 'decimal'],
        ['justification', t.justification, 'text'],
      ],
      points,
      [t.pointsNote],
    ),
    table(
      t.sensitivityTitle,
      [
        ['area', t.area, 'integer'],
        ['what', t.item, 'text'],
        ['detail', t.detail, 'text'],
        ['changes', t.selectionChanges, 'text'],
      ],
      sensitivity,
    ),
    table(
      t.totalsTitle,
      [
        ['area', t.area, 'integer'],
        ['weight', t.qualityWeight, 'percent'],
        ['bidder', t.bidder, 'text'],
        ['total', t.total, 'decimal'],
      ],
      totals,
    ),
  ];
}

// ---- PDF ----------------------------------------------------------------------------------------------

function cellText(kind: ExportColumn<Row>['kind'], value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'kroner':
      return formatKroner(Number(value));
    case 'decimal':
      return (Math.round(Number(value) * 100) / 100).toFixed(2).replace('.', ',');
    case 'percent':
      return `${Math.round(Number(value) * 100)} %`;
    default:
      return String(value);
  }
}

function pdfTable(exportTable: ExportTable<Row>): Content[] {
  return [
    { text: exportTable.title, style: 'heading' },
    ...(exportTable.notes ?? []).map(
      (note) => ({ text: note, italics: true, margin: [0, 0, 0, 4] }) as Content,
    ),
    {
      table: {
        headerRows: 1,
        widths: exportTable.columns.map((c) => (c.kind === 'text' ? '*' : 'auto')),
        body: [
          exportTable.columns.map((c) => ({ text: c.header, bold: true })),
          ...exportTable.rows.map((row) => exportTable.columns.map((c) => cellText(c.kind, c.value(row)))),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 8,
      margin: [0, 0, 0, 12],
    },
  ];
}

export async function reportPdf(
  result: EvaluationResult,
  tables: ExportTable<Row>[],
  t: ReportTexts,
): Promise<Buffer> {
  // The long table of totals at every 5 % is the chart's data: the PDF shows the charts instead.
  const shown = tables.slice(0, -1);
  const charts: Content[] = result.areas
    .filter((area) => area.bids.length > 0)
    .flatMap((area) => [
      { text: `${t.chartTitle}: ${area.number}. ${area.name}`, style: 'heading' } as Content,
      {
        svg: sensitivityChartSvg(
          sensitivityChart(area, {
            scaleMin: result.setup.scale.min,
            scaleMax: result.setup.scale.max,
            qualityWeight: result.setup.weights.quality / 100,
            width: 500,
            height: 260,
          }),
          { x: t.chartX, y: t.chartY },
        ),
        width: 500,
      } as Content,
      { text: t.chartNote, italics: true, fontSize: 8, margin: [0, 4, 0, 12] } as Content,
    ]);
  const document: TDocumentDefinitions = {
    info: { title: `${t.reportTitle}: ${result.tenderName}` },
    pageOrientation: 'landscape',
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 16, bold: true },
      heading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
    },
    content: [
      { text: `${t.reportTitle}: ${result.tenderName}`, style: 'title' },
      {
        text: result.decidedOn ? `${t.decidedOn} ${formatDanishDate(result.decidedOn)}` : t.notDecided,
        margin: [0, 2, 0, 8],
      },
      ...shown.flatMap(pdfTable),
      ...charts,
    ],
  };
  return renderPdf(document);
}

export interface ReportFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export async function evaluationReport(
  ctx: Ctx,
  tenderId: string,
  format: 'xlsx' | 'pdf',
): Promise<ReportFile> {
  const { result, sheet } = await withActorTransaction(ctx, async (tx) => {
    const tender = await tenderForBids(tx, ctx, tenderId);
    const loaded = await loadEvaluation(tx, tenderId, ctx.language);
    const evaluated = evaluateLoaded(loaded, tender, ctx.language);
    const scores = await loadScoreSheet(tx, tenderId, tender.decidedOn !== null);
    await audit(tx, ctx, 'export', 'tender_evaluation', tenderId, { format });
    return { result: evaluated, sheet: scores };
  });
  const t = REPORT_TEXTS[ctx.language as Language];
  const tables = reportTables(result, sheet, t);
  const base = `evaluering-${result.tenderName}`;
  if (format === 'pdf') {
    return {
      fileName: exportFileName(base, 'pdf'),
      contentType: 'application/pdf',
      content: await reportPdf(result, tables, t),
    };
  }
  return {
    fileName: exportFileName(base, 'xlsx'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: await tablesToXlsx(tables as ExportTable<unknown>[]),
  };
}
