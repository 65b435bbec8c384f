// Output helpers for the CLI: messages in English for operators, errors without stack traces.
import os from 'node:os';
import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { translate } from '../shared/messages.ts';
import type { Config } from '../server/platform/config/config.ts';
import type { Runtime } from '../server/server.ts';
import type { AuditActor } from '../server/platform/audit/audit.ts';

/** Who acts when the command line writes or reads: the system, in the name of the operator's login. */
export function cliOperator(): AuditActor {
  return { userId: null, username: `cli:${os.userInfo().username}`, organisationId: null };
}

export function fail(error: unknown): never {
  if (error instanceof AppError) {
    const text = translate('en', error.message, error.params);
    console.error(`error: ${text}`);
    for (const [field, message] of Object.entries(error.fields ?? {})) {
      const fieldText = translate('en', message, error.params);
      if (fieldText !== text) console.error(`  ${field}: ${fieldText}`);
    }
  } else {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exit(1);
}

/** Standard input as text, without its final line break (a password piped in). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * Opens the database, runs `work`, seals the audit rows it wrote (no server may be running to do it,
 * e.g. on the embedded database), always closes. A failed seal only warns: the next run seals them.
 */
export async function withRuntime<T>(
  config: Config,
  work: (runtime: Runtime) => Promise<T>,
  options: { sealAudit?: boolean } = {},
): Promise<T> {
  // Loaded here, not at the top: `indsats --help` and a wrong option answer without loading the server.
  const { openRuntime } = await import('../server/server.ts');
  const { sealAuditTrail } = await import('../server/platform/audit/audit-sealer.ts');
  const runtime = await openRuntime(config);
  try {
    return await work(runtime);
  } finally {
    if (options.sealAudit ?? true) {
      await sealAuditTrail(runtime.database.db).catch((error: unknown) =>
        console.error(
          `warning: the audit trail was not sealed (${error instanceof Error ? error.message : String(error)}); the next run seals it`,
        ),
      );
    }
    await runtime.database.close();
  }
}

/**
 * A one-line progress bar on a terminal. Elsewhere (CI, pipes, a scheduled job's log) silent, or with
 * `lines` a line at each further tenth of the way, so a long run's log shows how far it came.
 */
export function progress(label: string, options: { lines?: boolean; unit?: string } = {}) {
  const tty = process.stderr.isTTY;
  let tenths = 0;
  return {
    update(done: number, total: number) {
      if (!tty) {
        const reached = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 0;
        if (!options.lines || reached <= tenths) return;
        tenths = reached;
        const unit = options.unit ? ` ${options.unit}` : '';
        process.stderr.write(`${label}: ${reached * 10} % (${done}/${total}${unit})\n`);
        return;
      }
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
      );
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

/** The options through an API schema; its field errors named by their flags (--placement-to). */
export function checkQuery<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const flag = (path: PropertyKey) => `--${String(path).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: Object.fromEntries(
        parsed.error.issues.map((issue) => [flag(issue.path[0] ?? ''), issue.message]),
      ),
    });
  }
  return parsed.data;
}

/** The periods of the three outcome tables, as `report outcomes` and `report fairness` both take them. */
export function withTablePeriods(command: Command): Command {
  return command
    .requiredOption('--from <date>', 'first end date of the courses counted (YYYY-MM-DD)')
    .requiredOption('--to <date>', 'last end date of the courses counted (YYYY-MM-DD)')
    .option('--placement-from <date>', "the placement table's own first end date")
    .option('--placement-to <date>', "the placement table's own last end date")
    .option('--plan-from <date>', "the plan table's own first end date")
    .option('--plan-to <date>', "the plan table's own last end date")
    .option(
      '--placement-kinds <kinds>',
      'placement types counted (default internship,wage_subsidy; also small_job)',
    );
}
