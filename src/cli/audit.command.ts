import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import { verifyAuditChain } from '../server/platform/audit/audit.ts';
import {
  exportAccessLogForCpr,
  type AccessLogExportRow,
} from '../server/modules/citizens/citizen.service.ts';
import { writeCsv } from '../server/platform/export/csv.ts';
import { progress, withRuntime } from './output.ts';

const REASONS: Record<string, string> = {
  gap: 'a row is missing (deleted)',
  prev_hash_mismatch: 'the link to the previous row is broken',
  hash_mismatch: 'the row was changed after it was written',
  head_mismatch: 'rows at the end of the trail are missing (deleted)',
};

/** The access log as plain CSV (commas, one row a line) through the product's one CSV writer. */
export function accessLogCsv(rows: readonly AccessLogExportRow[]): string {
  const header = [
    'seq',
    'occurred_at',
    'action',
    'entity_type',
    'username',
    'display_name',
    'organisation',
    'request_id',
  ];
  const lines = rows.map((r) => [
    r.seq,
    r.occurredAt,
    r.action,
    r.entityType,
    r.username,
    r.displayName,
    r.organisationName,
    r.requestId,
  ]);
  return writeCsv([header, ...lines], { delimiter: ',', newline: '\n' });
}

export function registerAuditCommands(program: Command, configFor: () => Config): void {
  const audit = program.command('audit').description('The audit trail of personal data use');
  audit
    .command('verify')
    .description(
      'Recompute the hash chain; exit code 1 and the first broken row if anything was changed or deleted',
    )
    .action(async () => {
      await withRuntime(configFor(), async ({ database }) => {
        const bar = progress('Verifying audit trail');
        const result = await verifyAuditChain(database.db, (done, total) => bar.update(done, total));
        bar.done();
        if (result.ok) {
          console.log(`OK: ${result.checked} audit rows verified, the chain is intact.`);
        } else {
          const problem = result.problem!;
          console.log(
            `BROKEN at row ${problem.seq}: ${REASONS[problem.reason]} (${result.checked} rows checked).`,
          );
          process.exitCode = 1;
        }
      });
    });
  audit
    .command('export')
    .description("Export a citizen's access log (who used their data, when, how) as CSV or JSON")
    .requiredOption('--citizen <cpr>', "the citizen's CPR number")
    .option('--format <format>', 'csv or json', 'csv')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { citizen: string; format: string; out?: string }) => {
      if (!['csv', 'json'].includes(options.format))
        throw new Error(`--format must be csv or json, not "${options.format}"`);
      await withRuntime(configFor(), async ({ database, keys }) => {
        const operator = `cli:${os.userInfo().username}`;
        const { rows } = await exportAccessLogForCpr(database.db, keys, options.citizen, operator);
        const text = options.format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : accessLogCsv(rows);
        if (options.out) {
          fs.writeFileSync(options.out, text, { mode: 0o600 });
          console.error(`Wrote ${rows.length} rows to ${options.out}.`);
        } else {
          process.stdout.write(text);
        }
      });
    });
}
