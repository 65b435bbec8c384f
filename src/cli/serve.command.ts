import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import type { StartProblem } from '../server/platform/config/production-checks.ts';
import { cliIo, printLine, runDatabase, withRuntime } from './output.ts';

// The server's modules are loaded by the command that needs them, not at the top: `indsats --help`
// answers without loading Fastify, Kysely and the rest (bench/startup.ts).
const demo = async () => ({
  ...(await import('../server/seed/demo.ts')),
  ...(await import('../server/seed/demo-summary.ts')),
  COURSE_DEMO_USERS: (await import('../server/modules/courses/course.demo.ts')).COURSE_DEMO_USERS,
});

async function printDemoLogins(): Promise<void> {
  const { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_USERS, COURSE_DEMO_USERS } = await demo();
  printLine(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const user of [...DEMO_USERS, ...COURSE_DEMO_USERS]) {
    const organisation = DEMO_ORGANISATIONS.find((o) => o.code === user.organisationCode)!;
    printLine(`  ${user.username.padEnd(20)} ${user.roles.join(', ').padEnd(15)} ${organisation.name}`);
  }
}

export function registerServeCommands(
  program: Command,
  configFor: (overrides?: NodeJS.ProcessEnv) => Config,
): void {
  program
    .command('serve')
    .description('Start the web app and API (migrates the database first)')
    .option('--demo', 'load demo data first (refused when NODE_ENV=production)')
    .option('-p, --port <port>', 'port to listen on (default PORT or 8080)')
    .action(async (options: { demo?: boolean; port?: string }) => {
      // --port is PORT: the default PUBLIC_URL and sign-on callback follow it.
      const config = configFor(options.port ? { PORT: options.port } : {});
      const { demoUserProblems, productionSettingProblems } =
        await import('../server/platform/config/production-checks.ts');
      refuseProblems(productionSettingProblems(config, cliIo().env));
      const { createHttpApp, openRuntime, startHousekeeping, startRetentionSchedule } =
        await import('../server/server.ts');
      const { startAuditSealer } = await import('../server/platform/audit/audit-sealer.ts');
      const runtime = await openRuntime(config);
      if (config.env === 'production') {
        const { DEMO_PASSWORD, DEMO_USERS, COURSE_DEMO_USERS } = await demo();
        const demoUsernames = [...DEMO_USERS, ...COURSE_DEMO_USERS].map((u) => u.username);
        const problems = await demoUserProblems(
          runtime.database.db,
          demoUsernames,
          DEMO_PASSWORD,
          cliIo().env,
        );
        if (problems.length > 0) await runtime.database.close();
        refuseProblems(problems);
      }
      const app = await createHttpApp(runtime);
      const stopHousekeeping = startHousekeeping(runtime, (error) =>
        app.log.error({ err: error }, 'housekeeping failed'),
      );
      // The demo's seed figures are from 2019–2021: the retention rules would delete them.
      const stopRetention =
        config.retention === 'daily' && !options.demo
          ? startRetentionSchedule(
              runtime,
              (result) =>
                app.log.info(
                  { runId: result.runId, deleted: result.lines.map((l) => [l.rule, l.entity, l.count]) },
                  'retention run',
                ),
              (error) => app.log.error({ err: error }, 'the retention run failed'),
            )
          : () => undefined;
      const stopSealer = startAuditSealer(runtime.database.db, (error) =>
        app.log.error({ err: error }, 'sealing the audit trail failed'),
      );
      const close = async () => {
        stopHousekeeping();
        stopRetention();
        await app.close();
        // After the last request: its audit rows are chained before the database closes.
        await stopSealer();
        await runtime.database.close();
        process.exit(0);
      };
      // A server owns its process: stopped by a signal, it exits (tests start it as a process too).
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      if (options.demo) {
        const { seedDemo, countDemoHoldings, demoSummaryLine } = await demo();
        await seedDemo(runtime.database.db, runtime.keys, cliIo().env.NODE_ENV);
        printLine(demoSummaryLine(await countDemoHoldings(runtime.database.db)));
      }
      await app.listen({ port: config.port, host: config.host });
      printLine(
        `indsats is running on ${config.publicUrl}  (port ${config.port}; database: ${runtime.database.kind}, ${runtime.database.location})`,
      );
      if (config.oidc) printLine(`Single sign-on callback: ${config.oidc.redirectUri}`);
      printLine(`API documentation: ${config.publicUrl}/api/docs`);
      if (options.demo) await printDemoLogins();
    });

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const config = configFor();
      const { openDatabase } = await import('../server/platform/db/client.ts');
      const { migrate } = await import('../server/platform/db/migrate.ts');
      const open = runDatabase(config);
      const database = open ?? (await openDatabase(config));
      try {
        const applied = await migrate(database.db);
        printLine(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        if (!open) await database.close();
      }
    });

  const seed = program.command('seed').description('Load data into the database');
  seed
    .command('demo')
    .description('Demo organisations, users (password "demo") and synthetic citizens; refused in production')
    .action(async () => {
      const { DEMO_ORGANISATIONS, seedDemo, countDemoHoldings, demoSummaryLine } = await demo();
      await withRuntime(configFor(), async ({ database, keys }) => {
        await seedDemo(database.db, keys, cliIo().env.NODE_ENV);
        printLine(demoSummaryLine(await countDemoHoldings(database.db)));
        printLine(
          `Providers: ${DEMO_ORGANISATIONS.filter((o) => o.kind === 'provider')
            .map((o) => o.name)
            .join(', ')}`,
        );
        await printDemoLogins();
      });
    });
}

function refuseProblems(problems: StartProblem[]): void {
  if (problems.length === 0) return;
  throw new Error(
    `indsats does not start in production like this:\n${problems.map((p) => `  - ${p.message}`).join('\n')}`,
  );
}
