import { defineConfig } from 'vitest/config';

// Three projects: `unit` (pure, no database), `db` (services and HTTP against a real database — PGlite,
// or PostgreSQL when DATABASE_URL is set), `browser` (Debian's Chromium through playwright-core).
export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.service.test.ts', '**/*.routes.test.ts', '**/*.db.test.ts', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['test/support/print-seed.ts'],
          // A hang guard, not a speed limit: property tests run hundreds of cases and must stay green on
          // a busy machine (vitest's default is 5 s).
          testTimeout: 30_000,
          // Pure tests share a worker's modules instead of importing them again for every file (on the
          // 2-core machine 67 s became 25 s): a unit test leaves no global behind (fake clocks are put
          // back in a finally), which isolation would otherwise clean up after it.
          isolate: false,
          // The same group and workers as `db`: the two projects' files share both workers, so neither
          // waits for the other's last file (3 min 6 s became 2 min 55 s on the quiet machine).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'db',
          include: [
            'src/**/*.service.test.ts',
            'src/**/*.routes.test.ts',
            'src/**/*.db.test.ts',
            'test/db/**/*.test.ts',
          ],
          environment: 'node',
          setupFiles: ['test/support/print-seed.ts'],
          globalSetup: ['test/support/db-image.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: PGlite (WASM) instances are heavy; keep parallel files bounded.
          maxWorkers: 2,
          // Each file opens its own database and server, so files share a worker's modules instead of
          // importing the server again for every file (16 service and route files: 132 s became 69 s).
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/print-seed.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
