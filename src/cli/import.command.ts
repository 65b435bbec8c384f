// `indsats import …` (placeholder until the imports module is built).
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';

export function registerImportCommands(_program: Command, _configFor: () => Config): void {}
