// `indsats settings`: the local rule settings (retention periods, the job-talk interval after the 2026
// reform, what the citizen's access export shows), listed with their source and set with a reason.
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import { cliIo, cliOperator, printLine, withRuntime } from './output.ts';

export function registerSettingsCommands(program: Command, configFor: () => Config): void {
  const settings = program
    .command('settings')
    .description('Local rule settings: list them with their legal source, or set one with a reason');
  settings
    .command('list')
    .description('Every setting, the value in force and where the municipality’s room to decide comes from')
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }) => {
      if (!['text', 'json'].includes(options.format)) {
        throw new Error(`--format must be text or json, not "${options.format}"`);
      }
      const { listLocalSettings } = await import('../server/platform/settings/local-settings.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const states = await listLocalSettings(database.db);
        if (options.format === 'json') {
          cliIo().stdout.write(JSON.stringify(states, null, 2) + '\n');
          return;
        }
        for (const s of states) {
          const inForce = s.inForce ?? "the law's rule";
          const origin = s.value === null ? 'default' : 'set locally';
          printLine(`${s.key} = ${inForce} (${origin}; allowed: ${s.allowed.en})`);
          printLine(`  ${s.meaning.en}`);
          printLine(`  Source: ${s.source}`);
        }
      });
    });
  settings
    .command('set')
    .description('Set a setting (an empty value goes back to the default); the change is kept and audited')
    .argument('<key>', 'the setting, e.g. retention.audit_months')
    .argument('<value>', 'the new value; "" for the default')
    .requiredOption('-r, --reason <reason>', 'why, e.g. the committee decision it follows')
    .action(async (key: string, value: string, options: { reason: string }) => {
      const { setLocalSetting } = await import('../server/platform/settings/local-settings.ts');
      await withRuntime(configFor(), async ({ database }) => {
        const state = await setLocalSetting(database.db, cliOperator(), {
          key,
          value: value.trim() === '' ? null : value,
          reason: options.reason,
        });
        printLine(
          `${state.key} = ${state.inForce ?? "the law's rule"}${state.value === null ? ' (default)' : ''}.`,
        );
      });
    });
}
