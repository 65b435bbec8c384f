// A real indsats server for HTTP and browser tests: fresh database, optional demo data, random port.
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/server/platform/config/config.ts';
import { createHttpApp, type Runtime } from '../../src/server/server.ts';
import { checkKeyFingerprint } from '../../src/server/platform/crypto/key-check.ts';
import type { Keys } from '../../src/server/platform/crypto/keys.ts';
import { seedDemo } from '../../src/server/seed/demo.ts';
import { createTestDatabase, demoTestDatabase, testKeys, type TestDatabase } from './db.ts';

export interface TestServer {
  url: string;
  /** The server's app: `app.inject` answers a request in the process, without a socket. */
  app: FastifyInstance;
  runtime: Runtime;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    demo?: boolean;
    env?: NodeJS.ProcessEnv;
    database?: TestDatabase;
    port?: number;
    keys?: Keys;
    logStream?: NodeJS.WritableStream;
  } = {},
): Promise<TestServer> {
  const demo = options.demo ?? true;
  // With the demo and nothing of its own, the run's seeded demo database when there is one.
  const seeded = demo && !options.database && !options.keys ? await demoTestDatabase() : undefined;
  const database = options.database ?? seeded?.database ?? (await createTestDatabase());
  const keys = options.keys ?? seeded?.keys ?? testKeys();
  const config: Config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  await checkKeyFingerprint(database.db, keys).catch(() => undefined);
  const runtime: Runtime = { database, keys, config };
  if (demo && !seeded) await seedDemo(database.db, keys, 'test');
  const app = await createHttpApp(runtime, options.logStream ? { logStream: options.logStream } : {});
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    runtime,
    database,
    close: async () => {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}
