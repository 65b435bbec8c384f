import crypto from 'node:crypto';
import type { Command } from 'commander';
import { ROLES } from '../shared/permissions.ts';
import type { Config } from '../server/platform/config/config.ts';
import { cliOperator, printLine, readStdin, withRuntime } from './output.ts';

export function registerUserCommands(program: Command, configFor: () => Config): void {
  const users = program.command('users').description('Manage user accounts');
  users
    .command('add')
    .description('Create a user. Without a password option, a random password is generated and printed once.')
    .requiredOption('-u, --username <username>', 'login name (lower case)')
    .requiredOption('-n, --name <name>', 'display name')
    .requiredOption('-o, --organisation <code>', 'organisation code, e.g. jobcenter-kbh or settlementet')
    .requiredOption('-r, --roles <roles>', `comma-separated roles: ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from standard input')
    .option(
      '--oidc-subject <subject>',
      'the OpenID Connect claim value that signs in as this user (no password needed)',
    )
    .action(
      async (options: {
        username: string;
        name: string;
        organisation: string;
        roles: string;
        passwordStdin?: boolean;
        oidcSubject?: string;
      }) => {
        let password: string | undefined;
        let generated = false;
        if (options.passwordStdin) password = await readStdin();
        else if (!options.oidcSubject) {
          password = crypto.randomBytes(12).toString('base64url');
          generated = true;
        }
        const { auditAdministration } =
          await import('../server/modules/organisations/organisation.service.ts');
        const { createUser } = await import('../server/modules/organisations/user.service.ts');
        await withRuntime(configFor(), async ({ database }) => {
          const user = await database.db.transaction().execute(async (tx) => {
            const roles = options.roles.split(',');
            const created = await createUser(tx, {
              username: options.username,
              displayName: options.name,
              organisationCode: options.organisation,
              roles,
              password,
              oidcSubject: options.oidcSubject,
            });
            await auditAdministration(tx, cliOperator(), 'user', created.id, {
              username: created.username,
              roles,
              organisation: options.organisation,
            });
            return created;
          });
          printLine(`Created user ${user.username}.`);
          if (generated) printLine(`Password (shown once): ${password}`);
        });
      },
    );
  users
    .command('list')
    .description('List users with their organisation and roles')
    .action(async () => {
      const { listUsers } = await import('../server/modules/organisations/organisation.repository.ts');
      await withRuntime(configFor(), async ({ database }) => {
        for (const user of await listUsers(database.db)) {
          const state = user.isActive ? '' : ' (inactive)';
          printLine(
            `${user.username.padEnd(20)} ${user.roles.join(',').padEnd(24)} ${user.organisationName}${state}`,
          );
        }
      });
    });
}
