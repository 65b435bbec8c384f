// Test fixtures of the imports module: CSV files in a temporary folder and an import run as a test
// operator, so each test reads like "this file, imported, gives this".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import type { ImportKind } from '../../platform/db/schema.ts';
import type { Permission } from '../../../shared/permissions.ts';
import {
  runImport,
  SYSTEM_IMPORT_PERMISSIONS,
  type ImportOptions,
  type ImportResult,
} from './import.service.ts';

export const TEST_OPERATOR = { userId: null, username: 'test-operator', organisationId: null };

/** Writes `lines` (joined with LF; bytes as they are) to a fresh temporary file; returns its path. */
export function writeCsv(lines: readonly string[] | string | Buffer, name = 'import.csv'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-import-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    typeof lines === 'string' || Buffer.isBuffer(lines) ? lines : lines.join('\n') + '\n',
  );
  return file;
}

export function importFile(
  db: Db,
  keys: Keys,
  kind: ImportKind,
  lines: readonly string[] | string | Buffer,
  options: ImportOptions = {},
  permissions: readonly Permission[] = SYSTEM_IMPORT_PERMISSIONS,
  fileName?: string,
): Promise<ImportResult> {
  const filePath = writeCsv(lines);
  return runImport(db, keys, {
    kind,
    filePath,
    fileName: fileName ?? path.basename(filePath),
    options,
    actor: TEST_OPERATOR,
    permissions,
    requestId: null,
  }).finally(() => fs.rmSync(path.dirname(filePath), { recursive: true, force: true }));
}
