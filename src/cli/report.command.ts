// `indsats report …` (placeholder until the outcomes module is built).
import type { Command } from 'commander';
import type { Config } from '../server/platform/config/config.ts';

export function registerReportCommands(_program: Command, _configFor: () => Config): void {}
