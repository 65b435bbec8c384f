// `indsats report fairness`: the fair comparison of the three outcome tables (definition case-mix-2026,
// docs/fairness.md) — each provider's results against those expected with its citizens — for the same
// periods as `indsats report outcomes`, as JSON (exact values), Danish CSV, text, XLSX or the committee PDF.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import {
  FAIRNESS_CSV_PARTS,
  FAIRNESS_FORMATS,
  type FairnessCsvPart,
  type FairnessFormat,
} from '../shared/outcomes/fairness.constants.ts';
import { checkQuery, cliOperator, withRuntime, withTablePeriods } from './output.ts';

export interface FairnessOptions {
  from: string;
  to: string;
  placementFrom?: string;
  placementTo?: string;
  planFrom?: string;
  planTo?: string;
  placementKinds?: string;
  format: string;
  out?: string;
  asOf?: string;
  part?: string;
}

/** The options checked with the API's own schema, so the CLI and the API refuse the same input. */
export async function parseFairnessOptions(options: FairnessOptions) {
  const { fairnessQuerySchema } = await import('../shared/outcomes/fairness.schemas.ts');
  if (!(FAIRNESS_FORMATS as readonly string[]).includes(options.format))
    throw new Error(`--format must be one of ${FAIRNESS_FORMATS.join(', ')}, not "${options.format}"`);
  const query = checkQuery(fairnessQuerySchema, {
    from: options.from,
    to: options.to,
    placementFrom: options.placementFrom,
    placementTo: options.placementTo,
    planFrom: options.planFrom,
    planTo: options.planTo,
    placementKinds: options.placementKinds,
  });
  const { isIsoDate } = await import('../shared/dates.ts');
  if (options.asOf !== undefined && !isIsoDate(options.asOf))
    throw new Error(`--as-of must be a date (YYYY-MM-DD), not "${options.asOf}"`);
  if (options.part !== undefined && !(FAIRNESS_CSV_PARTS as readonly string[]).includes(options.part))
    throw new Error(`--part must be one of ${FAIRNESS_CSV_PARTS.join(', ')}, not "${options.part}"`);
  if (options.part !== undefined && options.format !== 'csv')
    throw new Error('--part is for --format csv (the other formats hold every part)');
  return {
    query,
    format: options.format as FairnessFormat,
    asOf: options.asOf,
    part: options.part as FairnessCsvPart | undefined,
  };
}

export function registerFairnessCommand(report: Command, configFor: () => Config): void {
  withTablePeriods(
    report
      .command('fairness')
      .description(
        'The three outcome tables compared fairly: per provider the results observed against those expected ' +
          "from its citizens' age and benefit history (definition case-mix-2026), with funnel limits and a " +
          'verdict. Each table takes --from/--to unless given its own period. Standard output without --out.',
      ),
  )
    .option('--format <format>', FAIRNESS_FORMATS.join(', '), 'text')
    .option('--out <file>', 'write to a file instead of standard output')
    .option(
      '--as-of <date>',
      'the day billing counts to and the budget forecast starts from (default: today in Copenhagen)',
    )
    .option('--part <part>', `with --format csv: ${FAIRNESS_CSV_PARTS.join(', ')} (default tables)`)
    .action(async (options: FairnessOptions) => {
      const { query, format, asOf, part } = await parseFairnessOptions(options);
      const { renderFairnessFile, runFairnessReport } =
        await import('../server/modules/outcomes/outcome.service.ts');
      await withRuntime(configFor(), async ({ database, keys }) => {
        const result = await runFairnessReport(
          database.db,
          keys,
          query,
          cliOperator().username,
          format,
          asOf === undefined ? {} : { asOf },
        );
        const { body } = await renderFairnessFile(result, format, { part });
        if (options.out) {
          fs.writeFileSync(options.out, body);
          console.error(
            `Wrote the fair comparison (${result.exit.total.courses} + ${result.placement.total.courses} + ${result.plan.total.courses} courses) to ${options.out}.`,
          );
        } else {
          process.stdout.write(body);
        }
      });
    });
}
