#!/usr/bin/env node
// `npm run dev`: the server with demo data on the embedded database, restarted when a server, CLI or
// shared source changes (node --watch over tsx), and Vite's dev server for the web app with hot reload
// on http://localhost:5173 (it passes /api on to the server on :8080). Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn(
    process.execPath,
    [
      '--watch-path=src/server',
      '--watch-path=src/cli',
      '--watch-path=src/shared',
      'bin/indsats.mjs',
      'serve',
      '--demo',
    ],
    { stdio: 'inherit', env: { ...process.env, INDSATS_USE_TSX: 'true' } },
  ),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js'], { stdio: 'inherit' }),
];

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
