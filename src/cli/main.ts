// The `indsats` command line: the same services and database as the server.
import { Command, Option } from 'commander';
import { loadConfig } from '../server/platform/config/config.ts';
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
import { fail } from './output.ts';

const program = new Command()
  .name('indsats')
  .description(
    'indsats — locally anchored employment programmes.\n' +
      'Database: DATABASE_URL=postgres://… for PostgreSQL, else embedded PGlite in ./data (INDSATS_DATA_DIR).',
  )
  .version('0.1.0')
  .showHelpAfterError()
  .addOption(new Option('--data-dir <dir>', 'embedded database folder (default ./data or INDSATS_DATA_DIR)'));

// Command options override the environment before the configuration derives anything from it (the
// default PUBLIC_URL and sign-on callback from the port).
const configFor = (overrides: NodeJS.ProcessEnv = {}) => {
  const options = program.opts<{ dataDir?: string }>();
  return loadConfig({
    ...process.env,
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

program.parseAsync(process.argv).catch(fail);
