// Helpers of bench/api-load.ts: child processes that are always ended, a scratch database that is
// always dropped, CPU and memory read from /proc, and one load client (autocannon) for both servers.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import pg from 'pg';

// ---- child processes ---------------------------------------------------------------------------

export interface Child {
  name: string;
  process: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
}

const children = new Set<Child>();

/** Starts a process whose output goes to a file (not through this process, which runs the load). */
export function startChild(name: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Child {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const entry = { name, process: child, logFile, exited };
  children.add(entry);
  void exited.then(() => children.delete(entry));
  return entry;
}

export async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), 5_000);
  await child.exited;
  clearTimeout(timer);
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...children].map(stopChild));
}

export function logTail(child: Child, lines = 15): string {
  try {
    return fs.readFileSync(child.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Polls `url` until it answers 200; fails if the child exits first or after `timeoutMs`. */
export async function waitForHttp(child: Child, url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited before answering:\n${logTail(child)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${logTail(child)}`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---- scratch database --------------------------------------------------------------------------

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

// ---- CPU and memory from /proc -----------------------------------------------------------------

const TICKS_PER_SECOND = 100;

/** User + system CPU seconds of a process so far (0 when it has gone). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export function rssMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** CPU seconds of the server backends connected to one database (same machine, readable /proc). */
export async function backendCpu(adminUrl: string, database: string): Promise<Map<number, number>> {
  const { rows } = await adminQuery(adminUrl, 'SELECT pid FROM pg_stat_activity WHERE datname = $1', [
    database,
  ]);
  return new Map(rows.map((r: { pid: number }) => [r.pid, cpuSeconds(r.pid)]));
}

export function backendCpuUsed(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

// ---- load ----------------------------------------------------------------------------------------

export interface LoadTarget {
  baseUrl: string;
  headers?: Record<string, string>;
  /** Paths taken in turn, so requests spread over several citizens and search terms. */
  paths: readonly string[];
}

export interface LoadResult {
  requests: number;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export async function runLoad(target: LoadTarget, connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: target.baseUrl,
    connections,
    duration: seconds,
    headers: target.headers ?? {},
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: target.paths[next++ % target.paths.length]! }),
      },
    ],
  });
  const ok = result['2xx'];
  const failed = result.non2xx + result.errors + result.timeouts;
  return {
    requests: result.requests.total,
    ok,
    failed,
    seconds: result.duration,
    perSecond: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
