// `indsats report outcomes`: seed 003's three tables per provider for chosen periods, from the same
// service as the page, as JSON, CSV, XLSX, a PDF like the committee appendix, or a plain text table.
import fs from 'node:fs';
import type { Command } from 'commander';
import { AppError } from '../shared/errors.ts';
import type { Config } from '../server/platform/config/config.ts';
import type { RenderFormat } from '../server/modules/outcomes/outcome.service.ts';
import { cliOperator, withRuntime } from './output.ts';

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
  const parsed = outcomeQuerySchema.safeParse({
    from: options.from,
    to: options.to,
    placementFrom: options.placementFrom,
    placementTo: options.placementTo,
    planFrom: options.planFrom,
    planTo: options.planTo,
    placementKinds: options.placementKinds,
    compareTo: options.compareTo,
  });
  if (!parsed.success) {
    const flag = (path: PropertyKey) => `--${String(path).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: Object.fromEntries(
        parsed.error.issues.map((issue) => [flag(issue.path[0] ?? ''), issue.message]),
      ),
    });
  }
  return { query: parsed.data, format, language: options.lang as 'da' | 'en' };
}

export function registerReportCommands(program: Command, configFor: () => Config): void {
  const report = program.command('report').description('Reports on the programmes');
  report
    .command('outcomes')
    .description(
      "Seed 003's three outcome tables per provider (exit, company placement, preparatory plan). Each table " +
        'takes --from/--to unless given its own period. JSON, CSV and text go to standard output without --out.',
    )
    .requiredOption('--from <date>', 'first end date of the courses counted (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last end date of the courses counted (YYYY-MM-DD)')
    .option('--placement-from <date>', "the placement table's own first end date")
    .option('--placement-to <date>', "the placement table's own last end date")
    .option('--plan-from <date>', "the plan table's own first end date")
    .option('--plan-to <date>', "the plan table's own last end date")
    .option(
      '--placement-kinds <kinds>',
      'placement types counted (default internship,wage_subsidy; also small_job)',
    )
    .option('--compare-to <id>', 'a saved report to compare with, in percentage points')
    .option('--format <format>', FORMATS.join(', '), 'text')
    .option('--lang <language>', 'language of headings and notes: da or en', 'da')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: ReportOptions) => {
      const { query, format, language } = await parseReportOptions(options);
      const { renderOutcomes, runOutcomeReport } =
        await import('../server/modules/outcomes/outcome.service.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const operator = cliOperator().username;
        const result = await runOutcomeReport(database.db, query, operator, format);
        const rendered = await renderOutcomes(result, format, language);
        if (options.out) {
          fs.writeFileSync(options.out, rendered.body);
          console.error(
            `Wrote the outcome tables (${result.exit.total.completed} + ${result.placement.total.completed} + ${result.plan.total.completed} courses) to ${options.out}.`,
          );
        } else {
          process.stdout.write(rendered.body);
        }
      });
    });
}
