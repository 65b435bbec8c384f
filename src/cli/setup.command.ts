// `indsats setup`: the first installation — the administration, its job centre(s) and the first
// administrator — fully by options for scripts, or asking for what is missing on a terminal.
import readline from 'node:readline/promises';
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import type { SetupInput } from '../server/modules/organisations/setup.service.ts';
import { cliIo, cliOperator, printLine, readStdin, withRuntime } from './output.ts';

interface SetupOptions {
  administration?: string;
  jobCentre: string[];
  adminUsername?: string;
  adminName?: string;
  passwordStdin?: boolean;
  oidcSubject?: string;
}

/** "code=name" → its parts (the name may hold "="); undefined when there is no "=". */
export function parseCodeName(value: string): { code: string; name: string } | undefined {
  const index = value.indexOf('=');
  if (index <= 0) return undefined;
  return { code: value.slice(0, index).trim(), name: value.slice(index + 1).trim() };
}

function codeName(option: string, value: string): { code: string; name: string } {
  const parsed = parseCodeName(value);
  if (!parsed)
    throw new Error(`${option} takes code=name, e.g. ${option} jobcenter-kbh="Jobcenter København"`);
  return parsed;
}

/** Asks on a terminal; the answer is not echoed when `hidden` (a password). */
async function ask(question: string, hidden = false): Promise<string> {
  // Only on a terminal (see `interactive`): the run's streams are then the process's own.
  const { stdin, stdout } = cliIo();
  const rl = readline.createInterface({
    input: stdin,
    output: stdout as NodeJS.WritableStream,
    terminal: true,
  });
  if (hidden) {
    // readline echoes what is typed through _writeToOutput: let the question through, not the keys.
    const output = rl as unknown as { _writeToOutput(text: string): void };
    const write = output._writeToOutput.bind(rl);
    output._writeToOutput = (text: string) => {
      if (text.includes(question)) write(text);
    };
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
    if (hidden) cliIo().stdout.write('\n');
  }
}

async function completeOnTerminal(options: SetupOptions): Promise<SetupOptions> {
  const done = { ...options, jobCentre: [...options.jobCentre] };
  printLine('First installation of indsats. Codes are short, lower case: letters, digits, - and _.');
  done.administration ??= `${await ask('Administration code: ')}=${await ask('Administration name: ')}`;
  while (done.jobCentre.length === 0) {
    done.jobCentre.push(`${await ask('Job centre code: ')}=${await ask('Job centre name: ')}`);
  }
  done.adminUsername ??= await ask('First administrator, username: ');
  done.adminName ??= await ask('First administrator, full name: ');
  return done;
}

async function adminPassword(options: SetupOptions, interactive: boolean): Promise<string | undefined> {
  if (options.passwordStdin) return readStdin();
  if (options.oidcSubject) return undefined;
  if (!interactive) {
    throw new Error('give the first administrator a password with --password-stdin, or --oidc-subject');
  }
  const password = await ask('Password (at least 12 characters): ', true);
  if ((await ask('The same password again: ', true)) !== password) throw new Error('the passwords differ');
  return password;
}

export function registerSetupCommands(program: Command, configFor: () => Config): void {
  program
    .command('setup')
    .description(
      'First installation: create the administration, its job centre(s) and the first administrator. ' +
        'Runs once, on an empty database; asks for what is missing when run on a terminal.',
    )
    .option('--administration <code=name>', 'the administration, e.g. kk-bif="Københavns Kommune, BIF"')
    .option(
      '--job-centre <code=name>',
      'a job centre (repeat for several), e.g. jobcenter-kbh="Jobcenter København"',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--admin-username <username>', "the first administrator's login name")
    .option('--admin-name <name>', "the first administrator's full name")
    .option('--password-stdin', "read the first administrator's password from standard input")
    .option('--oidc-subject <subject>', 'sign the first administrator in by OpenID Connect instead')
    .addHelpText(
      'after',
      '\nExample (a script):\n' +
        '  printf %s "$PASSWORD" | indsats setup --administration kk-bif="Københavns Kommune, BIF" \\\n' +
        '    --job-centre jobcenter-kbh="Jobcenter København" --admin-username it-admin \\\n' +
        '    --admin-name "IT Administrator" --password-stdin',
    )
    .action(async (given: SetupOptions) => {
      const interactive = Boolean(cliIo().stdin.isTTY && cliIo().stdout.isTTY) && !given.passwordStdin;
      const options = interactive ? await completeOnTerminal(given) : given;
      const missing = [
        options.administration ? undefined : '--administration',
        options.jobCentre.length > 0 ? undefined : '--job-centre',
        options.adminUsername ? undefined : '--admin-username',
        options.adminName ? undefined : '--admin-name',
      ].filter((flag): flag is string => flag !== undefined);
      if (missing.length > 0) throw new Error(`missing ${missing.join(', ')} (see indsats setup --help)`);
      const input: SetupInput = {
        administration: codeName('--administration', options.administration!),
        jobCentres: options.jobCentre.map((value) => codeName('--job-centre', value)),
        admin: {
          username: options.adminUsername!,
          displayName: options.adminName!,
          password: await adminPassword(options, interactive),
          oidcSubject: options.oidcSubject,
        },
      };
      const { runSetup } = await import('../server/modules/organisations/setup.service.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const result = await runSetup(database.db, input, cliOperator());
        printLine(`Set up indsats on ${database.location}:`);
        printLine(`  administration  ${result.administration.code}: ${result.administration.name}`);
        for (const j of result.jobCentres) printLine(`  job centre      ${j.code}: ${j.name}`);
        printLine(`  administrator   ${result.admin.username}`);
        printLine(
          'Next: providers with indsats orgs add --kind provider, users with indsats users add, then indsats serve.',
        );
      });
    });
}
