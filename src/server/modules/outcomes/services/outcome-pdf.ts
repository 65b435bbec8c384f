// The PDF that reads like the committee appendix (seed 003): a heading, then per table its title, the
// table with the total in bold, a chart of each provider's share with its 95 % interval, and the notes.
// Rendered by src/server/platform/export/pdf.ts (pdfmake, offline), so a new user needs no browser.
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { fill, type Language } from '../../../../shared/messages.ts';
import { chartGeometry, chartSvg } from '../../../../shared/outcomes/outcome.chart.ts';
import type { OutcomeResponse } from '../../../../shared/outcomes/outcome.schemas.ts';
import { renderPdf } from '../../../platform/export/pdf.ts';
import { OUTCOME_TEXTS } from './outcome-texts.ts';
import { presentTables } from './present-tables.ts';
import type { FairnessReport } from '../../../../shared/outcomes/fairness.schemas.ts';
import { FAIRNESS_PDF_STYLES, fairnessPdfContent } from './fairness-export.ts';

/**
 * The appendix; with the fair comparison (Danish, as its texts are), its page follows the three tables,
 * as the committee gets it (issue 13: "the committee PDF gets the same page").
 */
export function outcomePdfDefinition(
  report: OutcomeResponse,
  language: Language,
  madeOn: string,
  fairness?: FairnessReport,
): TDocumentDefinitions {
  const t = OUTCOME_TEXTS[language];
  const content: Content[] = [
    { text: t.documentTitle, style: 'title' },
    { text: fill(t.definition, { version: report.definitionVersion, date: madeOn }), style: 'meta' },
  ];
  for (const table of presentTables(report, language)) {
    const source = report[table.key];
    const cell = (text: string, i: number, bold = false) => ({
      text,
      bold,
      // The interval column stays on one line.
      noWrap: i === table.headers.length - 1 && text.length < 16,
      alignment: table.numeric[i] ? ('right' as const) : ('left' as const),
    });
    const section: Content[] = [];
    section.push(
      { text: table.title, style: 'tableTitle' },
      {
        table: {
          headerRows: 1,
          widths: table.headers.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: [
            table.headers.map((h, i) => ({ ...cell(h, i, true), fillColor: '#eeeeee' })),
            ...table.rows.map((row) => row.map((c, i) => cell(c, i))),
            table.total.map((c, i) => cell(c, i, true)),
          ],
        },
        layout: 'lightHorizontalLines',
        style: 'table',
      },
    );
    if (source.rows.length > 0) {
      const geometry = chartGeometry(
        source.rows.map((r) => ({ label: r.providerName ?? '', rate: r.rate, ci95: r.ci95 })),
        { rate: source.total.rate },
        { width: 500, labelWidth: 170 },
      );
      section.push({ svg: chartSvg(geometry, { total: t.total }), width: 480, margin: [0, 6, 0, 0] });
    }
    section.push(...table.notes.map((note) => ({ text: note, style: 'note' })));
    // A table, its chart and its notes stay on one page, as in the appendix.
    content.push({ stack: section, unbreakable: true });
  }
  if (fairness) content.push({ stack: fairnessPdfContent(fairness), pageBreak: 'before' });
  return {
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    info: { title: t.documentTitle, creator: 'indsats' },
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    content,
    footer: (page, pages) => ({
      text: `${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4] },
      meta: { fontSize: 8, color: '#555555', margin: [0, 0, 0, 12] },
      tableTitle: { fontSize: 10.5, bold: true, italics: true, margin: [0, 14, 0, 6] },
      table: { margin: [0, 0, 0, 4] },
      note: { fontSize: 8, italics: true, color: '#333333', margin: [0, 4, 0, 0] },
      ...(fairness ? FAIRNESS_PDF_STYLES : {}),
    },
  };
}

export async function outcomePdf(
  report: OutcomeResponse,
  language: Language,
  fairness?: FairnessReport,
): Promise<Buffer> {
  return renderPdf(outcomePdfDefinition(report, language, todayInCopenhagen(), fairness));
}
