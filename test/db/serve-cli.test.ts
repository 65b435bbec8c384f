// `indsats serve` as an operator starts it: a real process, a real port (issue 10, defect 10).
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.ts';
import { migratedDataDir } from '../support/db-image.ts';

const BIN = path.resolve('bin/indsats.mjs');
let dataDir: string;
let pgDatabase: TestDatabase | undefined;
const running = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-serve-'));
  if (process.env.DATABASE_URL) pgDatabase = await createTestDatabase();
  // On PGlite a copy of the run's migrated data folder, as a CLI world starts (test/support/cli.ts): this
  // test is about the port, and initdb with every migration in a process is cli.test.ts's bin test.
  const migrated = pgDatabase ? undefined : migratedDataDir();
  if (migrated) fs.cpSync(migrated, dataDir, { recursive: true });
});
afterAll(async () => {
  // A test that ran out of time leaves its server behind.
  for (const child of running) child.kill('SIGKILL');
  await pgDatabase?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `indsats serve` and resolves with its output once it says where it runs; stops it after `use`. */
async function serve(args: string[], env: NodeJS.ProcessEnv, use: (output: string) => Promise<void>) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      INDSATS_DATA_DIR: dataDir,
      INDSATS_SECRET_KEY: crypto.randomBytes(32).toString('hex'),
      DATABASE_URL: pgDatabase?.url ?? '',
      ...env,
    },
  });
  running.add(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  void exited.then(() => running.delete(child));
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('API documentation')) resolve();
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      void exited.then((code) => reject(new Error(`serve exited (${code}):\n${output}`)));
    });
    await use(output);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

describe('indsats serve', () => {
  // Starting a process (and on PostgreSQL migrating a fresh database) takes long on a busy machine: a
  // generous limit.
  it(
    'listens on --port and says so, and builds the single sign-on callback from it',
    { timeout: 300_000 },
    async () => {
      const port = await freePort();
      await serve(
        ['--port', String(port)],
        {
          PORT: '',
          PUBLIC_URL: '',
          OIDC_ISSUER: 'https://login.example',
          OIDC_CLIENT_ID: 'indsats',
          OIDC_CLIENT_SECRET: 'secret',
          OIDC_REDIRECT_URI: '',
        },
        async (output) => {
          expect(output).toContain(`indsats is running on http://localhost:${port}`);
          expect(output).toContain(`http://localhost:${port}/api/auth/oidc/callback`);
          expect(output).not.toContain('8080');
          const health = await fetch(`http://127.0.0.1:${port}/api/health`);
          expect(health.status).toBe(200);
        },
      );
    },
  );
});
