// `indsats orgs`: the organisations — the administration, job centres and providers — without SQL.
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import { ORGANISATION_KINDS } from '../shared/organisations.ts';
import { cliIo, cliOperator, printLine, withRuntime } from './output.ts';

export function registerOrganisationCommands(program: Command, configFor: () => Config): void {
  const orgs = program
    .command('orgs')
    .description('Manage organisations: the administration, job centres and providers');
  orgs
    .command('add')
    .description('Create an organisation')
    .requiredOption('-k, --kind <kind>', `one of ${ORGANISATION_KINDS.join(', ')}`)
    .requiredOption('-c, --code <code>', 'short code, lower case, e.g. jobcenter-kbh or settlementet')
    .requiredOption('-n, --name <name>', 'name as shown, e.g. "Jobcenter København"')
    .action(async (options: { kind: string; code: string; name: string }) => {
      const { auditAdministration, createOrganisation } =
        await import('../server/modules/organisations/organisation.service.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const organisation = await database.db.transaction().execute(async (tx) => {
          const created = await createOrganisation(tx, options);
          await auditAdministration(tx, cliOperator(), 'organisation', created.id, {
            kind: created.kind,
            code: created.code,
          });
          return created;
        });
        printLine(`Created ${organisation.kind} ${organisation.code}: ${organisation.name}.`);
      });
    });
  orgs
    .command('list')
    .description('List organisations by kind and name')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }) => {
      if (!['text', 'json'].includes(options.format)) {
        throw new Error(`--format must be text or json, not "${options.format}"`);
      }
      const { listOrganisations } =
        await import('../server/modules/organisations/organisation.repository.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const rows = await listOrganisations(database.db);
        if (options.format === 'json') {
          cliIo().stdout.write(
            JSON.stringify(rows.map(({ kind, code, name }) => ({ kind, code, name }))) + '\n',
          );
          return;
        }
        if (rows.length === 0) printLine('No organisations yet: start with indsats setup.');
        for (const row of rows) printLine(`${row.kind.padEnd(15)} ${row.code.padEnd(24)} ${row.name}`);
      });
    });
}
