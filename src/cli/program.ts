// The `indsats` command line as a function: `runCli(argv, { stdout, stderr, stdin, env })` builds the
// commander program for one run, writes to the given streams, and resolves with the exit code instead of
// ending the process. The bin (main.ts) runs it on the process's own streams; tests run it in-process,
// which takes a fraction of a second where starting a process (tsx) took seconds.
import { Readable } from 'node:stream';
import { format } from 'node:util';
import { Command, CommanderError, Option } from 'commander';
import { loadConfig } from '../server/platform/config/config.ts';
import type { Database } from '../server/platform/db/client.ts';
import { registerAuditCommands } from './audit.command.ts';
import { registerCitizenCommands } from './citizen.command.ts';
import { registerDoctorCommands } from './doctor.command.ts';
import { registerImportCommands } from './import.command.ts';
import { registerOrganisationCommands } from './orgs.command.ts';
import { registerReportCommands } from './report.command.ts';
import { registerRetentionCommands } from './retention.command.ts';
import { registerServeCommands } from './serve.command.ts';
import { registerSettingsCommands } from './settings.command.ts';
import { registerSetupCommands } from './setup.command.ts';
import { registerTenderCommands } from './tender.command.ts';
import { registerUserCommands } from './users.command.ts';
import { CliExit, cliIo, processIo, reportError, withCliRun, type CliIo, type CliStream } from './output.ts';

export interface RunCliOptions {
  stdout?: CliStream;
  stderr?: CliStream;
  /** Standard input: text, or a stream (default: the process's own when stdout is, else empty). */
  stdin?: string | NodeJS.ReadableStream;
  /** The environment the configuration is read from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /**
   * Called when the run ends early (a failed command, a usage error, --help): the bin passes
   * process.exit, so such a run ends the process at once as it always did. By default `runCli` returns.
   */
  exit?: (code: number) => void;
  /** An embedded database kept open by the caller for the commands (see CliIo.database): tests. */
  database?: Database;
}

/** The program for one run: commander keeps the parsed options on the commands, so never reuse it. */
export function buildProgram(io: CliIo): Command {
  const own = io.stdout === process.stdout;
  const program = new Command()
    .name('indsats')
    .description(
      'indsats — locally anchored employment programmes.\n' +
        'Database: DATABASE_URL=postgres://… for PostgreSQL, else embedded PGlite in ./data (INDSATS_DATA_DIR).',
    )
    .version('0.1.0')
    // Set before the commands are added: each subcommand inherits them.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      // On the process's streams commander's own width and colour rules (a terminal, NO_COLOR); other
      // streams are no terminal: 80 columns (commander's width off a terminal), no colours.
      ...(own
        ? {}
        : {
            getOutHelpWidth: () => 80,
            getErrHelpWidth: () => 80,
            getOutHasColors: () => false,
            getErrHasColors: () => false,
          }),
    })
    .showHelpAfterError()
    .addOption(
      new Option('--data-dir <dir>', 'embedded database folder (default ./data or INDSATS_DATA_DIR)'),
    );

  // Command options override the environment before the configuration derives anything from it (the
  // default PUBLIC_URL and sign-on callback from the port).
  const configFor = (overrides: NodeJS.ProcessEnv = {}) => {
    const options = program.opts<{ dataDir?: string }>();
    return loadConfig({
      ...io.env,
      ...(options.dataDir ? { INDSATS_DATA_DIR: options.dataDir } : {}),
      ...overrides,
    });
  };

  registerServeCommands(program, configFor);
  registerSetupCommands(program, configFor);
  registerOrganisationCommands(program, configFor);
  registerUserCommands(program, configFor);
  registerAuditCommands(program, configFor);
  registerCitizenCommands(program, configFor);
  registerTenderCommands(program);
  registerImportCommands(program, configFor);
  registerReportCommands(program, configFor);
  registerDoctorCommands(program, configFor);
  registerSettingsCommands(program, configFor);
  registerRetentionCommands(program, configFor);
  return program;
}

/** Runs `indsats <argv…>` (argv without node and the script) and resolves with its exit code. */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<number> {
  const own = processIo();
  const stdout = options.stdout ?? own.stdout;
  const stderr = options.stderr ?? own.stderr;
  const io: CliIo = {
    stdout,
    stderr,
    stdin: stdinFrom(options.stdin, stdout === own.stdout),
    env: options.env ?? own.env,
    ...(options.database ? { database: options.database } : {}),
  };
  if (stdout !== own.stdout || stderr !== own.stderr) captureProcessOutput();
  let early: number | undefined;
  const code = await withCliRun(io, async () => {
    try {
      await buildProgram(io).parseAsync([...argv], { from: 'user' });
    } catch (error) {
      if (error instanceof CliExit) early = error.code;
      // Commander has written its message (usage error) or the help already.
      else if (error instanceof CommanderError) early = error.exitCode;
      else {
        reportError(error);
        early = 1;
      }
    }
  });
  if (early === undefined) return code;
  options.exit?.(early);
  return early;
}

function stdinFrom(stdin: RunCliOptions['stdin'], ownStreams: boolean): CliIo['stdin'] {
  if (typeof stdin === 'string') return Readable.from([Buffer.from(stdin)]);
  if (stdin) return stdin;
  return ownStreams ? process.stdin : Readable.from([]);
}

let capturing = false;

/**
 * Output a command writes to process.stdout/stderr or the console itself, not through `cliIo()`, goes to
 * the streams of the run it belongs to (found by its async context); outside a run nothing changes. So
 * an in-process run shows everything the command printed, as a process would.
 */
function captureProcessOutput(): void {
  if (capturing) return;
  capturing = true;
  const inRun = () => {
    const io = cliIo();
    return io.stdout === process.stdout ? undefined : io;
  };
  for (const [name, pick] of [
    ['stdout', (io: CliIo) => io.stdout],
    ['stderr', (io: CliIo) => io.stderr],
  ] as const) {
    const stream = process[name];
    const write = stream.write.bind(stream) as (...args: unknown[]) => boolean;
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const io = inRun();
      if (!io) return write(chunk, ...rest);
      pick(io).write(chunk);
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as typeof stream.write;
  }
  const methods = [
    ['log', (io: CliIo) => io.stdout],
    ['info', (io: CliIo) => io.stdout],
    ['warn', (io: CliIo) => io.stderr],
    ['error', (io: CliIo) => io.stderr],
  ] as const;
  for (const [name, pick] of methods) {
    const original = console[name].bind(console);
    console[name] = (...args: unknown[]) => {
      const io = inRun();
      if (!io) return original(...args);
      pick(io).write(`${format(...args)}\n`);
    };
  }
}
