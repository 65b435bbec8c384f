import fs from 'node:fs';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import type { VerifyResult } from '../server/platform/audit/audit.ts';
import {
  UNSEALED_FAULT_SECONDS,
  type AuditProblem,
  type AuditProblemReason,
} from '../server/platform/audit/audit-chain.ts';
import type { AccessLogExportRow } from '../server/modules/citizens/citizen.service.ts';
import { writeCsv } from '../server/platform/export/csv.ts';
import { cliIo, cliOperator, printError, printLine, progress, setExitCode, withRuntime } from './output.ts';

const REASONS: Record<AuditProblemReason, string> = {
  changed: 'the row was changed after it was written',
  relinked: 'the link to the previous row is broken (that row was changed and re-hashed)',
  missing: 'the row is missing (deleted)',
  duplicate: 'a second row claims this chain position',
  head_mismatch: 'the head of the chain does not point at the newest row (rows at the end deleted or added)',
  checkpoint_forged:
    "the checkpoint the chain starts from (where old rows were deleted) is not signed with this installation's key",
  unsealed: `not sealed ${UNSEALED_FAULT_SECONDS} s after it was written: is a server running? (\`indsats audit seal\` seals now)`,
};

function problemLine(problem: AuditProblem): string {
  switch (problem.reason) {
    case 'missing':
      return `chain position ${problem.position}: ${REASONS.missing}`;
    case 'head_mismatch':
      return `chain head at ${problem.headPosition}, newest row at ${problem.position}: ${REASONS.head_mismatch}`;
    case 'unsealed':
      return `row ${problem.seq} (written ${problem.occurredAt}): ${REASONS.unsealed}`;
    case 'checkpoint_forged':
      return `checkpoint at chain position ${problem.position}: ${REASONS.checkpoint_forged}`;
    default:
      return `row ${problem.seq} at chain position ${problem.position}: ${REASONS[problem.reason]}`;
  }
}

/** The text report of `audit verify`: every problem counted, the first 100 listed. */
export function verifyReportText(result: VerifyResult): string {
  const pending = result.pending
    ? ` ${result.pending} newer rows are waiting to be sealed (normal: within about a second).`
    : '';
  if (result.ok) return `OK: ${result.checked} audit rows verified, the chain is intact.${pending}\n`;
  const byReason = Object.entries(result.problemsByReason)
    .map(([reason, count]) => `${count} ${reason}`)
    .join(', ');
  const lines = [
    `BROKEN: ${result.problemCount} problem${result.problemCount === 1 ? '' : 's'} in the audit trail (${byReason}; ${result.checked} sealed rows checked).${pending}`,
    ...result.problems.map((p) => `  ${problemLine(p)}`),
  ];
  const unlisted = result.problemCount - result.problems.length;
  if (unlisted > 0) lines.push(`  … and ${unlisted} more (the first ${result.problems.length} are listed).`);
  return lines.join('\n') + '\n';
}

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
      'Recompute the hash chain and report every changed, missing or long-unsealed row; exit code 1 if any',
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }) => {
      if (!['text', 'json'].includes(options.format))
        throw new Error(`--format must be text or json, not "${options.format}"`);
      // It checks, so it does not seal: rows left unsealed are what it must see.
      await withRuntime(
        configFor(),
        async ({ database, keys }) => {
          const bar = progress('Verifying audit trail');
          const { recordVerifyResult, verifyAuditChain } = await import('../server/platform/audit/audit.ts');
          const result = await verifyAuditChain(database.db, {
            keys,
            onProgress: (done, total) => bar.update(done, total),
          });
          bar.done();
          await recordVerifyResult(database.db, result);
          cliIo().stdout.write(
            options.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : verifyReportText(result),
          );
          if (!result.ok) setExitCode(1);
        },
        { sealAudit: false },
      );
    });
  audit
    .command('seal')
    .description('Chain the audit rows written since the last seal (a running server does this every 0.5 s)')
    .action(async () => {
      await withRuntime(
        configFor(),
        async ({ database }) => {
          const { sealAuditTrail } = await import('../server/platform/audit/audit-sealer.ts');
          printLine(`Sealed ${await sealAuditTrail(database.db)} audit rows.`);
        },
        { sealAudit: false },
      );
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
        const operator = cliOperator().username;
        const { exportAccessLogForCpr } = await import('../server/modules/citizens/citizen.service.ts');
        const { rows } = await exportAccessLogForCpr(database.db, keys, options.citizen, operator);
        const text = options.format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : accessLogCsv(rows);
        if (options.out) {
          fs.writeFileSync(options.out, text, { mode: 0o600 });
          printError(`Wrote ${rows.length} rows to ${options.out}.`);
        } else {
          cliIo().stdout.write(text);
        }
      });
    });
}
