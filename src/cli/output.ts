// Output helpers for the CLI: messages in English for operators, errors without stack traces.
//
// A command writes through `cliIo()`, never to process.stdout/stderr itself, and ends a run early with
// `exitRun(code)`, never process.exit: the same commands then run in the `indsats` process (bin) and
// inside a test (`runCli` with injected streams, program.ts), where exiting would end the test runner.
import { AsyncLocalStorage } from 'node:async_hooks';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { translate } from '../shared/messages.ts';
import type { Config } from '../server/platform/config/config.ts';
import type { Runtime } from '../server/server.ts';
import type { Database } from '../server/platform/db/client.ts';
import type { AuditActor } from '../server/platform/audit/audit.ts';

/** Where a command writes: process.stdout/stderr in the bin, a collector in a test. */
export interface CliStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** A run's streams and environment (what the configuration is read from). */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /**
   * An embedded database the caller keeps open for the run's commands (tests: one per CLI world, where
   * opening PGlite for every command took most of the time). A command uses it when it is the configured
   * one (no DATABASE_URL, the same data folder) and leaves closing it to the caller.
   */
  database?: Database;
}

interface CliRun {
  io: CliIo;
  exitCode: number;
}

const runs = new AsyncLocalStorage<CliRun>();

/** The process's own streams and environment: the bin's, and any code outside a run. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}

/** Runs `work` as one CLI run with `io`; resolves with the exit code the commands set (0 by default). */
export async function withCliRun(io: CliIo, work: () => Promise<void>): Promise<number> {
  const run: CliRun = { io, exitCode: 0 };
  await runs.run(run, work);
  return run.exitCode;
}

/** The streams and environment of the current run (the process's own outside one). */
export function cliIo(): CliIo {
  return runs.getStore()?.io ?? processIo();
}

/** The run's open database (`CliIo.database`) when `config` names it, else undefined: open one yourself. */
export function runDatabase(config: Config): Database | undefined {
  const database = cliIo().database;
  if (!database || database.kind !== 'pglite' || config.databaseUrl) return undefined;
  return database.location === path.join(config.dataDir, 'pgdata') ? database : undefined;
}

/** A line on standard output (what console.log wrote). */
export function printLine(text: string): void {
  cliIo().stdout.write(`${text}\n`);
}

/** A line on standard error: messages about the run, errors. */
export function printError(text: string): void {
  cliIo().stderr.write(`${text}\n`);
}

/** The exit code when the run ends normally (a check that found problems: 1). */
export function setExitCode(code: number): void {
  const run = runs.getStore();
  if (run) run.exitCode = code;
  else process.exitCode = code;
}

/** Ends the run at once with `code`: thrown up to `runCli`, which returns it (the bin exits with it). */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'CliExit';
  }
}

export function exitRun(code: number): never {
  throw new CliExit(code);
}

/** Who acts when the command line writes or reads: the system, in the name of the operator's login. */
export function cliOperator(): AuditActor {
  return { userId: null, username: `cli:${os.userInfo().username}`, organisationId: null };
}

/** The error on standard error, in English and without a stack trace. */
export function reportError(error: unknown): void {
  if (error instanceof AppError) {
    const text = translate('en', error.message, error.params);
    printError(`error: ${text}`);
    for (const [field, message] of Object.entries(error.fields ?? {})) {
      const fieldText = translate('en', message, error.params);
      if (fieldText !== text) printError(`  ${field}: ${fieldText}`);
    }
  } else {
    printError(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Standard input as text, without its final line break (a password piped in). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of cliIo().stdin) chunks.push(Buffer.from(chunk as Buffer | string));
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
  const open = runDatabase(config);
  const runtime = await openRuntime(config, open ? { database: open } : {});
  try {
    return await work(runtime);
  } finally {
    if (options.sealAudit ?? true) {
      await sealAuditTrail(runtime.database.db).catch((error: unknown) =>
        printError(
          `warning: the audit trail was not sealed (${error instanceof Error ? error.message : String(error)}); the next run seals it`,
        ),
      );
    }
    if (!open) await runtime.database.close();
  }
}

/**
 * A one-line progress bar on a terminal. Elsewhere (CI, pipes, a scheduled job's log) silent, or with
 * `lines` a line at each further tenth of the way, so a long run's log shows how far it came.
 */
export function progress(label: string, options: { lines?: boolean; unit?: string } = {}) {
  const { stderr } = cliIo();
  const tty = stderr.isTTY;
  let tenths = 0;
  return {
    update(done: number, total: number) {
      if (!tty) {
        const reached = total > 0 ? Math.floor((Math.min(done, total) / total) * 10) : 0;
        if (!options.lines || reached <= tenths) return;
        tenths = reached;
        const unit = options.unit ? ` ${options.unit}` : '';
        stderr.write(`${label}: ${reached * 10} % (${done}/${total}${unit})\n`);
        return;
      }
      const width = 30;
      const share = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(share * width);
      stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    },
    done() {
      if (tty) stderr.write('\n');
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
