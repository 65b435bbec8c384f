// Starts the test server (in-memory database, demo data, dist/web) for looking at the pages by hand:
//   npm run build:web && npx tsx test/browser/support/serve-demo.ts [port]
import { startTestServer } from '../../support/server.ts';

const port = Number(process.argv[2] ?? 0);
const server = await startTestServer({ port });
console.log(`indsats demo at ${server.url}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
