// Load on the API, as a ratio to a bare Fastify + pg server on the same tables measured in the same run
// (issue 10). On a fresh PostgreSQL database it starts indsats with demo data (`serve --demo`) and the
// bare server (bench/api-bare-server.ts), each a child process, signs in as the caseworker and loads
// both with the same in-process client (autocannon): `GET /api/citizens/:id` and the name search, then
// two indsats instances on the one database, optionally a memory soak, and finally `audit verify`.
// Usage: npm run bench:api -- [--duration 10] [--connections 50] [--rounds 1] [--warmup 2]
//        [--soak 180] [--pool-max N] [--no-two]; DATABASE_URL is the admin connection.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import {
  adminQuery,
  backendCpu,
  backendCpuUsed,
  cpuSeconds,
  rssMegabytes,
  runLoad,
  sleep,
  startChild,
  stopAllChildren,
  waitForHttp,
  withDatabase,
  type Child,
  type LoadResult,
  type LoadTarget,
} from './api-load-support.ts';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '2' },
    soak: { type: 'string', default: '0' },
    'pool-max': { type: 'string' },
    'no-two': { type: 'boolean', default: false },
  },
});
const duration = Number(flags.duration);
const connections = Number(flags.connections);
const rounds = Number(flags.rounds);
const warmup = Number(flags.warmup);
const soakSeconds = Number(flags.soak);
const TARGET_RATIO = 0.25;
const TARGET_P99_MS = 50;
const SEARCH_TERMS = ['hansen', 'jensen', 'mette', 'ali', 'holm', 'sen', 'lars', 'nadia'];

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const databaseName = `indsats_bench_${crypto.randomBytes(5).toString('hex')}`;
const databaseUrl = withDatabase(adminUrl, databaseName);
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-bench-'));
const secretKey = crypto.randomBytes(32).toString('hex');

// Bounded in time: every measurement, start-up and the soak, plus a margin; then everything stops.
const phases = 2 * 2 * rounds + (flags['no-two'] ? 0 : 2);
const budgetSeconds = phases * (duration + warmup) + soakSeconds + 300;
let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    await stopAllChildren();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`).catch((error) =>
      console.error(`could not drop ${databaseName}: ${(error as Error).message}`),
    );
    fs.rmSync(workDir, { recursive: true, force: true });
  })();
  return cleaningUp;
}
const watchdog = setTimeout(() => {
  console.error(`stopped after ${budgetSeconds} s (time budget)`);
  void cleanUp().then(() => process.exit(2));
}, budgetSeconds * 1000);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanUp().then(() => process.exit(130)));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

function appEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    INDSATS_SECRET_KEY: secretKey,
    INDSATS_DATA_DIR: path.join(workDir, 'data'),
  };
  if (flags['pool-max']) env.DATABASE_POOL_MAX = flags['pool-max'];
  return env;
}

async function startIndsats(name: string, demo: boolean): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const args = [path.join(root, 'bin/indsats.mjs'), 'serve', ...(demo ? ['--demo'] : [])];
  const child = startChild(name, args, appEnv(port), path.join(workDir, `${name}.log`));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/api/health`);
  return { child, url };
}

async function startBare(): Promise<{ child: Child; url: string }> {
  const port = await freePort();
  const args = ['--import', 'tsx', path.join(root, 'bench/api-bare-server.ts')];
  const child = startChild('bare', args, appEnv(port), path.join(workDir, 'bare.log'));
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(child, `${url}/api/health`);
  return { child, url };
}

function cookieValue(response: Response, name: string): string {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair!.startsWith(`${name}=`)) return pair!.slice(name.length + 1);
  }
  throw new Error(`no ${name} cookie (status ${response.status})`);
}

/** Signs in as a browser does (CSRF cookie and header); returns the Cookie header of the session. */
async function signIn(url: string, username: string, password: string): Promise<string> {
  const csrf = cookieValue(await fetch(`${url}/api/auth/csrf`), 'indsats_csrf');
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { cookie: `indsats_csrf=${csrf}`, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`sign-in as ${username} failed: ${response.status}`);
  return `indsats_session=${cookieValue(response, 'indsats_session')}`;
}

async function visibleCitizenIds(url: string, cookie: string, pages: number): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const response = await fetch(`${url}/api/citizens?page=${page}`, { headers: { cookie } });
    const body = (await response.json()) as { items: { id: string }[] };
    ids.push(...body.items.map((item) => item.id));
  }
  if (ids.length === 0) throw new Error('the caseworker sees no citizens');
  return ids;
}

interface Measured extends LoadResult {
  appCpuMs: number;
  dbCpuMs: number;
}

/** One measurement, with the CPU the server process and its database backends spent per request. */
async function measure(pid: number, target: LoadTarget): Promise<Measured> {
  if (warmup > 0) await runLoad(target, connections, warmup);
  const appBefore = cpuSeconds(pid);
  const dbBefore = await backendCpu(adminUrl, databaseName);
  const result = await runLoad(target, connections, duration);
  const appCpu = cpuSeconds(pid) - appBefore;
  const dbCpu = backendCpuUsed(dbBefore, await backendCpu(adminUrl, databaseName));
  const per = (seconds: number) => (result.ok ? (seconds * 1000) / result.ok : 0);
  return { ...result, appCpuMs: per(appCpu), dbCpuMs: per(dbCpu) };
}

function median<T>(items: T[], key: (item: T) => number): T {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)]!;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function auditVerify(): Promise<{ ok: boolean; output: string }> {
  const run = promisify(execFile);
  let last = '';
  // A background sealer may chain the last rows a moment after the load stops: retry for a few seconds.
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const { stdout } = await run(
        process.execPath,
        [path.join(root, 'bin/indsats.mjs'), 'audit', 'verify'],
        {
          env: appEnv(0),
          timeout: 120_000,
        },
      );
      return { ok: true, output: stdout.trim().split('\n')[0] ?? '' };
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string; message: string };
      // The verdict is the report's first line; without a report, the error's last line.
      last = failure.stdout?.trim()
        ? failure.stdout.trim().split('\n')[0]!
        : ((failure.stderr || failure.message).trim().split('\n').pop() ?? '');
      await sleep(1_000);
    }
  }
  return { ok: false, output: last };
}

const started = new Date();
let failures = 0;
try {
  await adminQuery(adminUrl, `CREATE DATABASE ${databaseName}`);
  const serverVersion = (await adminQuery(adminUrl, 'SHOW server_version')).rows[0].server_version as string;
  const first = await startIndsats('indsats-1', true);
  const bare = await startBare();
  const cookie = await signIn(first.url, 'sagsbehandler', 'demo');
  const ids = await visibleCitizenIds(first.url, cookie, 4);

  const cpus = os.cpus();
  console.log(`API load benchmark, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, PostgreSQL ${serverVersion}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `${connections} connections, ${duration} s per measurement after ${warmup} s warm-up, ${rounds} round(s); ` +
      `pool max ${flags['pool-max'] ?? 'default'}; ${ids.length} citizens, search terms ${SEARCH_TERMS.join(', ')}\n`,
  );

  const scenarios = [
    { name: 'GET /api/citizens/:id', paths: ids.map((id) => `/api/citizens/${id}`), latencyTarget: true },
    {
      name: 'GET /api/citizens?q=',
      paths: SEARCH_TERMS.map((q) => `/api/citizens?q=${q}`),
      latencyTarget: false,
    },
  ];
  const results = scenarios.map(() => ({ bare: [] as Measured[], app: [] as Measured[] }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, scenario] of scenarios.entries()) {
      results[i]!.bare.push(
        await measure(bare.child.process.pid!, { baseUrl: bare.url, paths: scenario.paths }),
      );
      results[i]!.app.push(
        await measure(first.child.process.pid!, {
          baseUrl: first.url,
          paths: scenario.paths,
          headers: { cookie },
        }),
      );
    }
  }

  const verdicts: [string, string, boolean][] = [];
  console.log(
    'scenario                       server      req/s   p50 ms   p99 ms   ratio   CPU ms/req: app   db   failed',
  );
  for (const [i, scenario] of scenarios.entries()) {
    const bareRun = median(results[i]!.bare, (r) => r.perSecond);
    const appRun = median(results[i]!.app, (r) => r.perSecond);
    const ratio = appRun.perSecond / bareRun.perSecond;
    for (const [label, run] of [
      ['bare', bareRun],
      ['indsats', appRun],
    ] as const) {
      console.log(
        `${scenario.name.padEnd(30)} ${label.padEnd(8)} ${fmt(run.perSecond).padStart(8)} ${fmt(run.p50).padStart(8)} ${fmt(run.p99).padStart(8)} ` +
          `${(label === 'bare' ? '' : ratio.toFixed(3)).padStart(7)} ${fmt(run.appCpuMs, 2).padStart(17)} ${fmt(run.dbCpuMs, 2).padStart(5)} ${String(run.failed).padStart(8)}`,
      );
      failures += run.failed;
    }
    if (rounds > 1) {
      const all = (runs: Measured[]) => runs.map((r) => fmt(r.perSecond)).join(', ');
      console.log(`  all rounds: bare ${all(results[i]!.bare)}; indsats ${all(results[i]!.app)}`);
    }
    const latencyOk = !scenario.latencyTarget || appRun.p99 < TARGET_P99_MS;
    verdicts.push([
      `${scenario.name}: ≥ ${TARGET_RATIO} × bare${scenario.latencyTarget ? `, p99 < ${TARGET_P99_MS} ms` : ''}`,
      `${ratio.toFixed(3)} ×${scenario.latencyTarget ? `, p99 ${fmt(appRun.p99)} ms` : ''}`,
      ratio >= TARGET_RATIO && latencyOk,
    ]);
  }

  if (!flags['no-two']) {
    const second = await startIndsats('indsats-2', false);
    const target = (url: string): LoadTarget => ({
      baseUrl: url,
      paths: scenarios[0]!.paths,
      headers: { cookie },
    });
    if (warmup > 0) await runLoad(target(second.url), connections, warmup);
    const one = await measure(first.child.process.pid!, target(first.url));
    const half = Math.floor(connections / 2);
    const both = await Promise.all([
      runLoad(target(first.url), half, duration),
      runLoad(target(second.url), connections - half, duration),
    ]);
    const total = both[0].perSecond + both[1].perSecond;
    failures += one.failed + both[0].failed + both[1].failed;
    console.log(
      `\nTwo indsats instances on one database, GET /api/citizens/:id, ${connections} connections in all`,
    );
    console.log(`one instance:  ${fmt(one.perSecond).padStart(7)} req/s, p99 ${fmt(one.p99)} ms`);
    console.log(
      `two instances: ${fmt(total).padStart(7)} req/s (${fmt(both[0].perSecond)} + ${fmt(both[1].perSecond)}), p99 ${fmt(Math.max(both[0].p99, both[1].p99))} ms: ${(total / one.perSecond).toFixed(2)} × one`,
    );
    verdicts.push([
      'two instances: more throughput than one',
      `${(total / one.perSecond).toFixed(2)} ×`,
      total > one.perSecond,
    ]);
  }

  if (soakSeconds > 0) {
    const pid = first.child.process.pid!;
    const samples: number[] = [rssMegabytes(pid)];
    const sampler = setInterval(() => samples.push(rssMegabytes(pid)), 10_000);
    const paths = [...scenarios[0]!.paths, ...scenarios[1]!.paths];
    const soak = await runLoad({ baseUrl: first.url, paths, headers: { cookie } }, connections, soakSeconds);
    clearInterval(sampler);
    samples.push(rssMegabytes(pid));
    failures += soak.failed;
    const third = Math.max(1, Math.floor(samples.length / 3));
    const firstThird = median(samples.slice(0, third), (s) => s);
    const lastThird = median(samples.slice(-third), (s) => s);
    const growth = lastThird / firstThird - 1;
    console.log(
      `\nSoak: ${soakSeconds} s of reads and searches on one instance, ${fmt(soak.perSecond)} req/s, p99 ${fmt(soak.p99)} ms`,
    );
    console.log(`RSS every 10 s (MB): ${samples.map((s) => fmt(s)).join(' ')}`);
    console.log(
      `median of the first third ${fmt(firstThird)} MB, of the last third ${fmt(lastThird)} MB: ${(growth * 100).toFixed(1)} %`,
    );
    verdicts.push([
      `memory flat over ${soakSeconds} s (last third ≤ first third + 10 %)`,
      `${(growth * 100).toFixed(1)} %`,
      growth <= 0.1,
    ]);
  }

  const verify = await auditVerify();
  console.log(`\naudit verify: ${verify.output}`);
  verdicts.push(['audit verify', verify.ok ? 'OK' : 'BROKEN', verify.ok]);
  if (!verify.ok) failures += 1;

  console.log('\nTargets (issue 10)');
  for (const [what, value, met] of verdicts)
    console.log(`${what.padEnd(58)} ${value.padEnd(22)} ${met ? 'met' : 'NOT met'}`);
  console.log(
    `load average after ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${fmt((Date.now() - started.getTime()) / 1000)} s in all`,
  );
  if (failures > 0) {
    console.log(`${failures} failed requests or checks`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
