// `indsats import providers|courses|placements|plans|codebook|register FILE`: the same import service as
// the web page. A progress bar on a terminal, a summary at the end; a refused file changes nothing and
// exits with code 1, listing its errors by line.
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
  IMPORT_COLUMNS,
  IMPORT_ENCODINGS,
  IMPORT_KINDS,
  KINDS_WITH_CITIZENS,
  type ImportEncoding,
} from '../shared/imports/import.constants.ts';
import { translate } from '../shared/messages.ts';
import type { Config } from '../server/platform/config/config.ts';
import type { ImportKind } from '../server/platform/db/schema.ts';
import type { ImportResult, translateImportError } from '../server/modules/imports/import.service.ts';
import { cliOperator, printError, printLine, progress, setExitCode, withRuntime } from './output.ts';

const DESCRIPTIONS: Record<ImportKind, string> = {
  providers: 'Providers (organisations of kind provider with their district and CVR number)',
  courses: 'Courses at providers; an unknown CPR number creates the citizen',
  placements: 'Placements at companies; an unknown CVR number creates the company',
  plans: 'Starts of preparatory plans (forberedende plan / samlet beskrivelse)',
  codebook: "DREAM codes and their category (STAR's official list over the shipped default)",
  register: 'A DREAM extract: one row per person, weekly codes y_YYWW, monthly degrees grad_YYYY_MM',
};

interface Options {
  jobCentre?: string;
  unknownCodesAsBenefit?: boolean;
  encoding: ImportEncoding;
}

const MAX_LISTED = 50;

export function formatSummary(
  file: string,
  kind: ImportKind,
  result: ImportResult,
  translateError: typeof translateImportError,
): string[] {
  if (result.status === 'failed') {
    const lines = [
      `REFUSED: ${file}: ${translate('en', 'import.refused', { count: result.errorCount })}`,
      ...result.errors.slice(0, MAX_LISTED).map((error) => {
        const shown = translateError('en', error);
        const where = shown.line > 0 ? `line ${shown.line}` : 'file';
        return `  ${where}${shown.column ? `, ${shown.column}` : ''}: ${shown.message}`;
      }),
    ];
    if (result.errorCount > MAX_LISTED) lines.push(`  … and ${result.errorCount - MAX_LISTED} more errors`);
    return lines;
  }
  const lines = [
    `Imported ${kind} from ${file}: ${result.rowsTotal} rows — ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged.`,
  ];
  const { details } = result;
  if (typeof details.companiesCreated === 'number' && details.companiesCreated > 0)
    lines.push(`Companies created: ${details.companiesCreated}.`);
  if (Array.isArray(details.weeks)) lines.push(`Weeks: ${details.weeks.join(' to ')}.`);
  if (Array.isArray(details.months)) lines.push(`Months: ${details.months.join(' to ')}.`);
  if (details.defaultCodebookLoaded === true)
    lines.push('The default codebook (unverified) was loaded first.');
  if (Array.isArray(details.addedCodes) && details.addedCodes.length > 0)
    lines.push(`Codes added to the codebook as benefit (unverified): ${details.addedCodes.join(', ')}.`);
  if (result.ignoredColumns.length > 0) {
    const shown = result.ignoredColumns.slice(0, 20).join(', ');
    const more = result.ignoredColumns.length > 20 ? ` … (${result.ignoredColumns.length} in all)` : '';
    lines.push(`Ignored columns: ${shown}${more}.`);
  }
  return lines;
}

export function registerImportCommands(program: Command, configFor: () => Config): void {
  const command = program
    .command('import')
    .description('Bulk imports from CSV files: validated row by row, all or nothing, idempotent');
  for (const kind of IMPORT_KINDS) {
    const sub = command
      .command(`${kind} <file>`)
      .description(`${DESCRIPTIONS[kind]}. Columns: ${IMPORT_COLUMNS[kind]} (delimiter , or ;)`);
    if (KINDS_WITH_CITIZENS.includes(kind))
      sub.option('--job-centre <code>', 'the job centre new citizens belong to (default: the only one)');
    sub.addOption(
      new Option('--encoding <charset>', "the file's character set (older Danish systems: windows-1252)")
        .choices(IMPORT_ENCODINGS)
        .default('utf-8'),
    );
    if (kind === 'register')
      sub.option(
        '--unknown-codes-as-benefit',
        'add codes missing from the codebook as benefit (unverified) instead of refusing the file',
      );
    sub.action(async (file: string, options: Options) => {
      const { runImport, SYSTEM_IMPORT_PERMISSIONS, translateImportError } =
        await import('../server/modules/imports/import.service.ts');
      await withRuntime(configFor(), async ({ database, keys }) => {
        const bar = progress(`Importing ${kind}`, { lines: true, unit: 'kB' });
        const result = await runImport(database.db, keys, {
          kind,
          filePath: path.resolve(file),
          fileName: path.basename(file),
          options: {
            jobCentre: options.jobCentre,
            unknownCodesAsBenefit: options.unknownCodesAsBenefit,
            encoding: options.encoding,
          },
          actor: cliOperator(),
          permissions: SYSTEM_IMPORT_PERMISSIONS,
          requestId: null,
          onProgress: (p) => bar.update(Math.round(p.bytesRead / 1024), Math.round(p.bytesTotal / 1024)),
        }).finally(() => bar.done());
        const lines = formatSummary(file, kind, result, translateImportError);
        if (result.status === 'failed') {
          for (const line of lines) printError(line);
          setExitCode(1);
        } else {
          for (const line of lines) printLine(line);
        }
      });
    });
  }
}
