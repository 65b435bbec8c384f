// `indsats report outcomes`: seed 003's three tables per provider for chosen periods, from the same
// service as the page, as JSON, CSV, XLSX, a PDF like the committee appendix, or a plain text table.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import type { RenderFormat } from '../server/modules/outcomes/outcome.service.ts';
import { checkQuery, cliIo, cliOperator, printError, withRuntime, withTablePeriods } from './output.ts';
import { registerFairnessCommand } from './report-fairness.command.ts';

const FORMATS: readonly RenderFormat[] = ['json', 'csv', 'csv-en', 'xlsx', 'pdf', 'text'];
/** Formats that are files, not text for a terminal. */
const BINARY: readonly RenderFormat[] = ['xlsx', 'pdf'];

export interface ReportOptions {
  from: string;
  to: string;
  placementFrom?: string;
  placementTo?: string;
  planFrom?: string;
  planTo?: string;
  placementKinds?: string;
  compareTo?: string;
  format: string;
  out?: string;
  lang: string;
}

/** The options checked with the API's own schema, so the CLI and the page refuse the same input. */
export async function parseReportOptions(options: ReportOptions) {
  const { outcomeQuerySchema } = await import('../shared/outcomes/outcome.schemas.ts');
  if (!(FORMATS as readonly string[]).includes(options.format))
    throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${options.format}"`);
  if (options.lang !== 'da' && options.lang !== 'en')
    throw new Error(`--lang must be da or en, not "${options.lang}"`);
  const format = options.format as RenderFormat;
  if (BINARY.includes(format) && !options.out) throw new Error(`--format ${format} needs --out FILE`);
  const query = checkQuery(outcomeQuerySchema, {
    from: options.from,
    to: options.to,
    placementFrom: options.placementFrom,
    placementTo: options.placementTo,
    planFrom: options.planFrom,
    planTo: options.planTo,
    placementKinds: options.placementKinds,
    compareTo: options.compareTo,
  });
  return { query, format, language: options.lang as 'da' | 'en' };
}

export function registerReportCommands(program: Command, configFor: () => Config): void {
  const report = program.command('report').description('Reports on the programmes');
  withTablePeriods(
    report
      .command('outcomes')
      .description(
        "Seed 003's three outcome tables per provider (exit, company placement, preparatory plan). Each table " +
          'takes --from/--to unless given its own period. JSON, CSV and text go to standard output without --out.',
      ),
  )
    .option('--compare-to <id>', 'a saved report to compare with, in percentage points')
    .option('--format <format>', FORMATS.join(', '), 'text')
    .option('--lang <language>', 'language of headings and notes: da or en', 'da')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: ReportOptions) => {
      const { query, format, language } = await parseReportOptions(options);
      const { renderOutcomes, runFairnessReport, runOutcomeReport } =
        await import('../server/modules/outcomes/outcome.service.ts');
      await withRuntime(configFor(), async ({ database, keys }) => {
        const operator = cliOperator().username;
        const result = await runOutcomeReport(database.db, query, operator, format);
        // The committee PDF carries the fair comparison's page after the appendix (in Danish, as its texts
        // are), as GET /api/outcomes/export does.
        const { compareTo: _compareTo, ...periods } = query;
        const fairness =
          format === 'pdf' && language === 'da'
            ? await runFairnessReport(database.db, keys, periods, operator, format)
            : undefined;
        const rendered = await renderOutcomes(result, format, language, fairness);
        if (options.out) {
          fs.writeFileSync(options.out, rendered.body);
          printError(
            `Wrote the outcome tables (${result.exit.total.completed} + ${result.placement.total.completed} + ${result.plan.total.completed} courses) to ${options.out}.`,
          );
        } else {
          cliIo().stdout.write(rendered.body);
        }
      });
    });
  registerFairnessCommand(report, configFor);
}
