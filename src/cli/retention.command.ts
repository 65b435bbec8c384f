// `indsats retention`: delete what has been kept long enough (the retention rules), or see what would
// go (--dry-run), and read the deletion log. The server runs the same job once a day.
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import type { RetentionResult } from '../server/modules/retention/retention.service.ts';
import { cliIo, cliOperator, printLine, withRuntime } from './output.ts';

function checkFormat(format: string): void {
  if (!['text', 'json'].includes(format)) throw new Error(`--format must be text or json, not "${format}"`);
}

/** One line a rule and kind of row: how many, under which period, from before when. */
export function retentionReportText(result: RetentionResult): string {
  const verb = result.dryRun ? 'due' : 'deleted';
  const lines = result.lines.map(
    (l) =>
      `${l.rule.padEnd(16)} ${l.entity.padEnd(16)} ${String(l.count).padStart(8)} ${verb}  (kept ${l.period}; before ${l.cutoff.slice(0, 10)})`,
  );
  const head = result.dryRun
    ? 'Dry run: nothing was deleted. Due now:'
    : `Retention run ${result.runId}: deleted and logged.`;
  return [head, ...lines].join('\n') + '\n';
}

export function registerRetentionCommands(program: Command, configFor: () => Config): void {
  const retention = program
    .command('retention')
    .description('Delete data kept longer than the retention rules allow, and read the deletion log');
  retention
    .command('run')
    .description('Delete what is due under every retention rule (the server also does this daily)')
    .option('--dry-run', 'count what is due, delete nothing')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { dryRun?: boolean; format: string }) => {
      checkFormat(options.format);
      const { runRetention } = await import('../server/modules/retention/retention.service.ts');
      await withRuntime(configFor(), async ({ database, keys }) => {
        const { stderr } = cliIo();
        const tty = stderr.isTTY;
        const result = await runRetention(database.db, keys, {
          dryRun: options.dryRun ?? false,
          actor: cliOperator(),
          onProgress: (rule, deleted) => {
            if (tty) stderr.write(`\r${rule}: ${deleted} deleted`);
          },
        });
        if (tty && !options.dryRun) stderr.write('\n');
        cliIo().stdout.write(
          options.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : retentionReportText(result),
        );
      });
    });
  retention
    .command('log')
    .description('The deletion log: what kind, how many, which rule, when (no personal data)')
    .option('--limit <n>', 'newest rows to show', '50')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { limit: string; format: string }) => {
      checkFormat(options.format);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
        throw new Error(`--limit must be a whole number from 1 to 10000, not "${options.limit}"`);
      }
      const { listDeletionLog } = await import('../server/modules/retention/retention.service.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const rows = await listDeletionLog(database.db, limit);
        if (options.format === 'json') {
          cliIo().stdout.write(JSON.stringify(rows, null, 2) + '\n');
          return;
        }
        if (rows.length === 0) printLine('Nothing has been deleted by a retention run yet.');
        for (const r of rows) {
          printLine(
            `${r.ranAt}  ${r.rule.padEnd(16)} ${r.entity.padEnd(16)} ${String(r.deleted).padStart(8)}  kept ${r.period}, by ${r.ranBy}`,
          );
        }
      });
    });
}
