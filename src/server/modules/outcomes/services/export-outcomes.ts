// The report out of the app, for the API's export and the CLI: XLSX (a sheet per table, laid out like
// the appendix), CSV (one long table: Danish or plain), PDF (the appendix), plain text and JSON.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type { Language } from '../../../../shared/messages.ts';
import type { OutcomeExportFormat, OutcomeResponse } from '../../../../shared/outcomes/outcome.schemas.ts';
import { withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { tablesToXlsx, tableToCsv } from '../../../platform/export/table-export.ts';
import { outcomePdf } from './outcome-pdf.ts';
import { computeFairness, scopeFairness } from './fairness-report.ts';
import type { FairnessReport } from '../../../../shared/outcomes/fairness.schemas.ts';
import { longTable, tablesAsText, workbookTables } from './present-tables.ts';
import { buildResponse, type OutcomeRequest } from './read-outcomes.ts';
import { scopeComparison, scopeReport, visibleProviderCode } from './report-scope.ts';
import { exportFileName } from '../../../platform/export/file-name.ts';

export type RenderFormat = OutcomeExportFormat | 'json' | 'text';

export interface RenderedReport {
  body: Buffer | string;
  contentType: string;
  extension: string;
}

export async function renderOutcomes(
  report: OutcomeResponse,
  format: RenderFormat,
  language: Language,
  /** The PDF's fair comparison page (the committee PDF); the other formats leave it out. */
  fairness?: FairnessReport,
): Promise<RenderedReport> {
  switch (format) {
    case 'json': {
      // The JSON shape of the issue: without the comparison unless one was asked for (the committee
      // notes are the page's and the files' words, not figures).
      const { definitionVersion, exit, placement, plan, comparison } = report;
      const tables = { definitionVersion, exit, placement, plan };
      const body = JSON.stringify(comparison ? { ...tables, comparison } : tables, null, 2) + '\n';
      return { body, contentType: 'application/json; charset=utf-8', extension: 'json' };
    }
    case 'text':
      return {
        body: tablesAsText(report, language),
        contentType: 'text/plain; charset=utf-8',
        extension: 'txt',
      };
    case 'csv':
    case 'csv-en': {
      const danish = format === 'csv';
      const body = tableToCsv(longTable(report, danish ? language : 'en'), { danish });
      return { body, contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    }
    case 'xlsx':
      return {
        body: await tablesToXlsx(workbookTables(report, language)),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'pdf':
      return {
        body: await outcomePdf(report, language, fairness),
        contentType: 'application/pdf',
        extension: 'pdf',
      };
  }
}

export function outcomeFilename(report: OutcomeResponse, format: string): string {
  return exportFileName(`resultater-${report.exit.from}-${report.exit.to}`, format);
}

/** GET /api/outcomes/export: the tables the actor may see, audited as an export. */
export async function exportOutcomes(
  ctx: Ctx,
  input: OutcomeRequest & { format: OutcomeExportFormat },
): Promise<RenderedReport & { filename: string }> {
  const language = input.format === 'csv-en' ? 'en' : ctx.language;
  const { scoped, fairness } = await withAggregateTransaction(ctx, async (tx) => {
    const { parameters, response } = await buildResponse(tx, input);
    const code = await visibleProviderCode(tx, ctx.actor);
    await auditAction(tx, ctx, {
      action: 'export',
      entityType: 'outcome_table',
      criteria: { ...parameters, compareTo: input.compareTo ?? null, format: input.format },
    });
    // The committee PDF carries the fair comparison's page (in Danish, as its texts are), scoped alike.
    const fair =
      input.format === 'pdf' && language === 'da'
        ? scopeFairness(await computeFairness(tx, ctx.keys, parameters), code)
        : undefined;
    return {
      scoped: {
        ...scopeReport(response, code),
        comparison: response.comparison && scopeComparison(response.comparison, code),
      },
      fairness: fair,
    };
  });
  const rendered = await renderOutcomes(scoped, input.format, language, fairness);
  return { ...rendered, filename: outcomeFilename(scoped, input.format) };
}
