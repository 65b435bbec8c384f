// `indsats doctor`: database, migrations, key, audit trail and imports at a glance, changing nothing.
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';
import { cliIo, runDatabase, setExitCode } from './output.ts';

export function registerDoctorCommands(program: Command, configFor: () => Config): void {
  program
    .command('doctor')
    .description(
      'Check the installation without changing it: database, migrations, key, audit trail, imports. ' +
        'Exit code 1 when there is a problem.',
    )
    .option('--format <format>', 'text or json', 'text')
    .action(async (options: { format: string }) => {
      if (!['text', 'json'].includes(options.format)) {
        throw new Error(`--format must be text or json, not "${options.format}"`);
      }
      const { findKeys } = await import('../server/platform/crypto/keys.ts');
      const { openDatabase } = await import('../server/platform/db/client.ts');
      const { doctorReport, doctorReportText } = await import('../server/platform/health/doctor.ts');
      const config = configFor();
      const open = runDatabase(config);
      const database = open ?? (await openDatabase(config));
      try {
        const report = await doctorReport(database, findKeys(config));
        cliIo().stdout.write(
          options.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : doctorReportText(report),
        );
        if (!report.ok) setExitCode(1);
      } finally {
        if (!open) await database.close();
      }
    });
}
