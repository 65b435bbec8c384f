// `npm run build:node`: the server and CLI as JavaScript, dist/node/indsats.mjs and its chunks, which
// bin/indsats.mjs runs instead of compiling the TypeScript with tsx at every start (issue 11). Packages
// stay imports of node_modules; the SQL migrations are copied beside the bundle, where migrate.ts looks
// for them (next to itself), and the web app stays in dist/web, two folders up as from src/server.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'node');
const started = Date.now();

fs.rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: { indsats: path.join(root, 'src/cli/main.ts') },
  outdir: out,
  outExtension: { '.js': '.mjs' },
  // The modules a command loads when it runs (`await import(…)`) are chunks of their own, so
  // `indsats --help` loads none of the server. Chunks sit beside the entry: code that finds files
  // next to itself (the migrations, ../../dist/web) finds them from dist/node as from src/server.
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
const migrations = path.join(root, 'src/server/platform/db/migrations');
fs.cpSync(migrations, path.join(out, 'migrations'), { recursive: true });
console.log(`Built ${path.relative(root, path.join(out, 'indsats.mjs'))} in ${Date.now() - started} ms.`);
