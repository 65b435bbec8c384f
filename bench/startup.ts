// Start-up time of the `indsats` command (issue 11, "A built release"): `indsats --help`, and `serve`
// until /api/health answers on an existing embedded data folder, with the built JavaScript
// (dist/node/indsats.mjs, built first) and with tsx compiling the TypeScript (INDSATS_USE_TSX=true),
// against `node -e 0` measured in the same run. Each figure is the median of --runs (5) runs.
// Usage: npm run bench:startup [-- --runs 5]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;
const BIN = path.resolve('bin/indsats.mjs');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-startup-'));
const env = {
  ...process.env,
  NODE_ENV: 'development',
  INDSATS_DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG_LEVEL: 'warn',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRun(args: string[], extra: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { env: { ...env, ...extra }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Seconds from spawning `serve` until /api/health answers 200. */
async function timeServe(extra: NodeJS.ProcessEnv = {}): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env: { ...env, ...extra, HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return (performance.now() - started) / 1000;
      if (performance.now() - started > 60_000) throw new Error('serve did not answer within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

try {
  console.log(`Start-up benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, node ${process.version}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; median of ${runs} runs`,
  );
  const build = spawnSync('npm', ['run', 'build:node', '--silent'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:node failed: ${build.stderr}`);
  // The data folder exists before the measured starts (migrated, a key), as on a server that restarts.
  timeRun([BIN, 'migrate']);

  const reference = median(Array.from({ length: runs }, () => timeRun(['-e', '0'])));
  const rows: [string, number, number | undefined][] = [];
  const helpBuilt = median(Array.from({ length: runs }, () => timeRun([BIN, '--help'])));
  const helpTsx = median(
    Array.from({ length: runs }, () => timeRun([BIN, '--help'], { INDSATS_USE_TSX: 'true' })),
  );
  const serveBuilt: number[] = [];
  const serveTsx: number[] = [];
  for (let i = 0; i < runs; i++) {
    serveBuilt.push(await timeServe());
    serveTsx.push(await timeServe({ INDSATS_USE_TSX: 'true' }));
  }
  rows.push(['node -e 0 (reference)', reference, undefined]);
  rows.push(['indsats --help, built', helpBuilt, 0.5]);
  rows.push(['indsats --help, tsx', helpTsx, undefined]);
  rows.push(['serve → /api/health, built', median(serveBuilt), 3]);
  rows.push(['serve → /api/health, tsx', median(serveTsx), undefined]);

  console.log(`\n${'command'.padEnd(30)} ${'seconds'.padStart(8)} ${'× node -e 0'.padStart(12)}   target`);
  for (const [label, seconds, target] of rows) {
    const verdict = target === undefined ? '' : `< ${target} s  ${seconds < target ? 'met' : 'NOT met'}`;
    console.log(
      `${label.padEnd(30)} ${seconds.toFixed(3).padStart(8)} ${(seconds / reference).toFixed(1).padStart(12)}   ${verdict}`,
    );
  }
  console.log(
    `\nload average after ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
