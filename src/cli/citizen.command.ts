// `indsats citizen export`: the citizen's right of access (GDPR art. 15) for a request the municipality
// received by letter or at the counter — everything indsats holds about the citizen, as PDF or JSON,
// audited as an export in the operator's name (cli:<login>).
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import { cliIo, cliOperator, printError, withRuntime } from './output.ts';

const FORMATS = ['pdf', 'json'] as const;

export function registerCitizenCommands(program: Command, configFor: () => Config): void {
  const citizen = program.command('citizen').description("A citizen's data: the right of access");
  citizen
    .command('export')
    .description(
      'Everything indsats holds about a citizen (GDPR art. 15) in one document: details, circumstances, ' +
        'referrals, courses, entries, talks, placements, plans, register status and the access log',
    )
    .requiredOption('--cpr <cpr>', "the citizen's CPR number")
    .option('--format <format>', 'pdf or json', 'pdf')
    .option('--out <file>', 'write to this file (default: standard output for json; a PDF needs --out)')
    .action(async (options: { cpr: string; format: string; out?: string }) => {
      const format = FORMATS.find((f) => f === options.format);
      if (!format) throw new Error(`--format must be pdf or json, not "${options.format}"`);
      if (format === 'pdf' && !options.out && cliIo().stdout.isTTY) {
        throw new Error('a PDF is not written to a terminal: give --out <file>');
      }
      await withRuntime(configFor(), async ({ database, keys }) => {
        const { exportCitizenForCpr } = await import('../server/modules/citizens/citizen-export.service.ts');
        const file = await exportCitizenForCpr(database.db, keys, options.cpr, cliOperator(), format);
        if (options.out) {
          // Personal data: readable by the operator only.
          fs.writeFileSync(options.out, file.body, { mode: 0o600 });
          const { document } = file;
          printError(
            `Wrote the ${format.toUpperCase()} export to ${options.out}: ${document.courses.length} courses, ` +
              `${document.referrals.length} referrals, ${document.accessLog.length} access log rows ` +
              `(staff shown by ${document.staffDisplay === 'names' ? 'name' : 'organisation only'}).`,
          );
        } else {
          cliIo().stdout.write(file.body);
        }
      });
    });
}
