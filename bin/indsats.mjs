#!/usr/bin/env node
// The `indsats` command. It runs the built JavaScript (dist/node/indsats.mjs, `npm run build:node`) when
// that is there and not older than the sources beside it; otherwise it compiles the TypeScript with tsx
// as it starts (Node 20 has no type stripping), which takes seconds instead of a fraction of one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'node', 'indsats.mjs');
const sources = ['src/server', 'src/cli', 'src/shared'].map((dir) => path.join(root, dir));

/** The newest modification time of the server's sources, or 0 when they are not there (an install). */
function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|sql)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function useBuilt() {
  if (process.env.INDSATS_USE_TSX === 'true') return false;
  let builtAt;
  try {
    builtAt = fs.statSync(built).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((dir) => newestSource(dir) <= builtAt);
}

if (useBuilt()) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
