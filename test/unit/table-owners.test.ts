// The lint rule that gives each table one writer: a write outside the table's owner module fails, with the
// table named literally, through a type, in raw SQL, or by a name the rule cannot read.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RuleTester } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import tableOwners, { readTableOwners } from '../../eslint-rules/table-owners.js';
import { TABLE_OWNERS } from '../../src/server/platform/db/table-owners.ts';

RuleTester.describe = describe;
RuleTester.it = it;

const owners = { citizen: 'citizens', course: 'courses', placement: 'courses', auditEvent: 'platform' };
const options = [{ owners, deleteAnywhere: ['retention'] }];
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });
const file = (relative: string) => path.resolve('src', relative);

describe('the table owner map', () => {
  it('is read by the lint rule exactly as the compiler reads it', () => {
    expect(readTableOwners()).toEqual(TABLE_OWNERS);
  });

  it("names an existing folder as each table's owner", () => {
    for (const owner of new Set(Object.values(TABLE_OWNERS))) {
      const folder = owner === 'platform' ? 'src/server/platform' : `src/server/modules/${owner}`;
      expect(fs.existsSync(folder), `${owner} → ${folder}`).toBe(true);
    }
  });
});

tester.run('table-owners', tableOwners, {
  valid: [
    {
      filename: file('server/modules/citizens/citizen.repository.ts'),
      code: "db.insertInto('citizen')",
      options,
    },
    {
      filename: file('server/modules/courses/course.repository.ts'),
      code: "db.updateTable('course as c').set({})",
      options,
    },
    { filename: file('server/platform/audit/audit.ts'), code: "tx.insertInto('auditEvent')", options },
    // The generic upsert by reference, called by the table's owner.
    {
      filename: file('server/modules/courses/services/course-import.ts'),
      code: "writeByRef(tx, 'course', rows, { stampUpdatedAt: true })",
      options,
    },
    // Reading is free.
    { filename: file('server/modules/imports/x.ts'), code: "db.selectFrom('course')", options },
    // Retention deletes what is due wherever it is.
    { filename: file('server/modules/retention/r.ts'), code: "tx.deleteFrom('citizen')", options },
    {
      filename: file('server/modules/citizens/c.ts'),
      code: 'sql`INSERT INTO citizen (name) VALUES (${n}) ON CONFLICT (id) DO UPDATE SET name = excluded.name`',
      options,
    },
    { filename: file('server/modules/imports/x.ts'), code: 'sql`SELECT * FROM course FOR UPDATE`', options },
    // Outside server and CLI code (web, shared) there is no database.
    { filename: file('web/x.ts'), code: "db.insertInto('course')", options },
  ],
  invalid: [
    {
      // The upsert by reference writes its table: from the imports it is someone else's.
      filename: file('server/modules/imports/services/courses.ts'),
      code: "writeByRef(env.tx, 'course', ready, { stampUpdatedAt: true })",
      options,
      errors: [
        {
          messageId: 'notOwner',
          data: { table: 'course', owner: 'courses', verb: 'insert', module: 'imports' },
        },
      ],
    },
    {
      filename: file('server/modules/imports/x.ts'),
      code: 'writeByRef(tx, tableName, rows, {})',
      options,
      errors: [{ messageId: 'nonLiteral' }],
    },
    {
      filename: file('server/modules/imports/services/citizens.ts'),
      code: "tx.insertInto('citizen').values(rows)",
      options,
      errors: [
        {
          messageId: 'notOwner',
          data: { table: 'citizen', owner: 'citizens', verb: 'insert', module: 'imports' },
        },
      ],
    },
    {
      filename: file('server/modules/imports/x.ts'),
      code: "db.deleteFrom(['course', 'placement'])",
      options,
      errors: [{ messageId: 'notOwner' }, { messageId: 'notOwner' }],
    },
    {
      // Retention's licence is to delete, not to write.
      filename: file('server/modules/retention/r.ts'),
      code: "tx.updateTable('citizen').set({ name: '' })",
      options,
      errors: [{ messageId: 'notOwner' }],
    },
    {
      filename: file('server/platform/auth/a.ts'),
      code: "db.updateTable('course').set({})",
      options,
      errors: [
        {
          messageId: 'notOwner',
          data: { table: 'course', owner: 'courses', verb: 'update', module: 'platform' },
        },
      ],
    },
    {
      filename: file('cli/import.command.ts'),
      code: "db.mergeInto('citizen')",
      options,
      errors: [{ messageId: 'notOwner' }],
    },
    {
      filename: file('server/modules/imports/x.ts'),
      code: 'sql`UPDATE course SET ends_on = ${d}`.execute(tx)',
      options,
      errors: [
        {
          messageId: 'notOwner',
          data: { table: 'course', owner: 'courses', verb: 'update', module: 'imports' },
        },
      ],
    },
    {
      filename: file('server/modules/imports/x.ts'),
      code: "sql.raw('delete from placement where true')",
      options,
      errors: [{ messageId: 'notOwner' }],
    },
    {
      filename: file('server/modules/citizens/c.ts'),
      code: "db.insertInto('courseNote')",
      options,
      errors: [{ messageId: 'unknownTable', data: { table: 'courseNote' } }],
    },
    {
      // Without types the rule cannot tell which table a variable names.
      filename: file('server/modules/courses/c.ts'),
      code: 'db.insertInto(table)',
      options,
      errors: [{ messageId: 'nonLiteral' }],
    },
    {
      filename: file('server/modules/courses/c.ts'),
      code: 'sql`INSERT INTO ${sql.table(name)} VALUES (1)`',
      options,
      errors: [{ messageId: 'nonLiteral' }],
    },
  ],
});

// With types (as `npm run lint` runs it), a table named by a variable is checked by its type.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'table-owners-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function typed(relative: string, code: string) {
  const filename = path.join(dir, 'src', relative);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  fs.writeFileSync(filename, code);
  const program = ts.createProgram([filename], { strict: true, noEmit: true });
  return {
    filename,
    code,
    options,
    languageOptions: { parser: tseslint.parser, parserOptions: { programs: [program] } },
  };
}

const declarations = `declare const db: { insertInto(t: string): void };\n`;

new RuleTester().run('table-owners with types', tableOwners, {
  valid: [
    typed(
      'server/modules/courses/own.ts',
      `${declarations}export function write(table: 'course' | 'placement') { db.insertInto(table); }\n`,
    ),
  ],
  invalid: [
    {
      ...typed(
        'server/modules/imports/upsert.ts',
        `${declarations}export function write(table: 'course' | 'citizen') { db.insertInto(table); }\n`,
      ),
      errors: [
        {
          messageId: 'notOwner',
          data: { table: 'course', owner: 'courses', verb: 'insert', module: 'imports' },
        },
        {
          messageId: 'notOwner',
          data: { table: 'citizen', owner: 'citizens', verb: 'insert', module: 'imports' },
        },
      ],
    },
    {
      ...typed(
        'server/modules/courses/loose.ts',
        `${declarations}export function write(table: string) { db.insertInto(table); }\n`,
      ),
      errors: [{ messageId: 'nonLiteral' }],
    },
  ],
});
