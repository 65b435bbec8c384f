import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import moduleBorders from './eslint-rules/module-borders.js';
import tableOwners, { readTableOwners } from './eslint-rules/table-owners.js';

// Production code never imports the tests, their fixtures or their set-up.
const TEST_CODE = ['**/test/**', '**/*.fixtures.ts', '**/*.test-setup.ts'];
const TEST_FILES = ['**/*.test.ts', '**/*.fixtures.ts', '**/*.test-setup.ts'];
// The project's own rules (eslint-rules/), one plugin object for every block that uses them.
const indsats = { rules: { 'module-borders': moduleBorders, 'table-owners': tableOwners } };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Type-aware rules: a promise is awaited or handed on on purpose, never dropped or passed where a
  // callback's result is ignored; a switch over a union names every member (or has a default).
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
    },
  },
  // Layer boundaries (ARCHITECTURE.md): shared imports neither server nor web; web never imports server.
  {
    files: ['src/shared/**'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/web/**', 'node:*', ...TEST_CODE] }],
    },
  },
  {
    files: ['src/web/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/**', '**/cli/**', ...TEST_CODE] }] },
  },
  {
    files: ['src/server/**', 'src/cli/**'],
    ignores: TEST_FILES,
    rules: { 'no-restricted-imports': ['error', { patterns: TEST_CODE }] },
  },
  // Module borders: a server module uses another only through its *.service.ts (eslint-rules/). Demo
  // seeding builds on other modules' demo data, and tests reach into what they test.
  {
    files: ['src/server/modules/**/*.ts'],
    ignores: [...TEST_FILES, '**/*.demo*.ts'],
    plugins: { indsats },
    rules: { 'indsats/module-borders': 'error' },
  },
  // Table owners (docs/architecture.md): only a table's owner module writes it (platform/db/table-owners.ts).
  // Exempt: tests, fixtures and demo seeding (they build worlds across modules), and platform/db (the
  // migrations and their bookkeeping table). Retention may delete from any table: deleting what the
  // retention rules say is due, across modules, is what it is for; it inserts and updates only its own.
  {
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts'],
    ignores: [...TEST_FILES, '**/*.demo*.ts', 'src/server/seed/**', 'src/server/platform/db/**'],
    plugins: { indsats },
    rules: {
      'indsats/table-owners': ['error', { owners: readTableOwners(), deleteAnywhere: ['retention'] }],
    },
  },
  {
    // Logs never carry personal data: the server logs through pino with redaction, not console.
    files: ['src/server/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
);
