// Issue 5 "Speed": the register import and the three outcome tables, measured in one run against DuckDB
// as the reference — a columnar engine loading the same CSV with read_csv, and the same definitions as
// DuckDB SQL over what it loaded. Prints seconds and the issue's ratios:
//   PostgreSQL import / DuckDB load ≤ 1, PGlite import / PostgreSQL import ≤ 3,
//   product tables / DuckDB SQL ≤ 2, and the import's peak memory at two sizes (flat = about equal).
// Every measurement runs in a child process of its own, so its peak memory (maxRSS) is its own; the
// register is measured in interleaved rounds (DuckDB, PostgreSQL, PGlite, again …) and the medians
// compared, so a busy moment on the machine hits every engine alike. Beside wall-clock seconds it prints
// CPU seconds (PostgreSQL: this process plus the server backends of its database, read from /proc).
//
// Usage: npm run bench:register -- [--persons 100000] [--courses N] [--rounds 3] [--runs 3]
//        [--memory 100000,300000 | --memory none] [--engines duckdb,postgres,pglite] [--no-tables]
//        [--data DIR] [--seed 1]
// Quick try: npm run bench:register -- --persons 10000 --rounds 1 --memory none
// PostgreSQL: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test); a fresh database is
// created and dropped. Generated files are kept under DIR (default: the system's temp folder) for reruns.
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { DEFAULT_CODEBOOK } from '../src/server/modules/imports/default-codebook.ts';
import { runImport, SYSTEM_IMPORT_PERMISSIONS } from '../src/server/modules/imports/import.service.ts';
import { computeOutcomes, resolveParameters } from '../src/server/modules/outcomes/outcome.service.ts';
import { deriveKeys } from '../src/server/platform/crypto/keys.ts';
import { openPglite, type Database } from '../src/server/platform/db/client.ts';
import { migrate } from '../src/server/platform/db/migrate.ts';
import type { ImportKind } from '../src/server/platform/db/schema.ts';
import { createTestDatabase } from '../test/support/db.ts';
import {
  BENCH_PERIOD,
  REGISTER_FIRST_YEAR,
  writeCaseFiles,
  writeRegisterFile,
} from './register-generator.ts';

const DEFAULT_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
const THIS_FILE = fileURLToPath(import.meta.url);

type Engine = 'duckdb' | 'postgres' | 'pglite';
type ProductEngine = Exclude<Engine, 'duckdb'>;

/** Per provider code: the counts of the three tables, to check that the product and DuckDB agree. */
type Counts = Record<string, Record<string, number>>;

/** One load or import of the register in a process of its own. */
interface RegisterRun {
  seconds: number;
  /** CPU seconds of the process (and, on PostgreSQL, of its database's backends); null if unknown. */
  cpuSeconds: number | null;
  /** Peak memory of the process up to the end of the import (maxRSS), MB. */
  peakMb: number;
  /** The same just before the import: the runtime and the open database (PGlite holds its own). */
  basePeakMb: number;
}

/** The case files and the three tables on one engine. */
interface TablesRun {
  seconds: Record<string, number>;
  tableSeconds: number[];
  counts: Counts;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;
const since = (start: number) => (performance.now() - start) / 1000;
const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

// The product

async function openProductDatabase(engine: ProductEngine): Promise<Database & { cleanup(): Promise<void> }> {
  if (engine === 'pglite') {
    // A fresh data directory on disk, as the embedded default uses.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-bench-pglite-'));
    const database = await openPglite(dir);
    await migrate(database.db);
    return {
      ...database,
      cleanup: async () => {
        await database.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  process.env.DATABASE_URL ??= DEFAULT_POSTGRES;
  const database = await createTestDatabase();
  return { ...database, cleanup: () => database.close() };
}

/**
 * CPU seconds the PostgreSQL server has spent on this database's connections so far (utime + stime of
 * their backends in /proc, at 100 ticks a second); null when the server is not on this machine.
 */
async function backendCpu(database: Database): Promise<number | null> {
  if (database.kind !== 'postgres') return 0;
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(database.db);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / 100;
}

const keys = deriveKeys(crypto.randomBytes(32));

async function importKind(database: Database, kind: ImportKind, filePath: string): Promise<number> {
  const start = performance.now();
  const result = await runImport(database.db, keys, {
    kind,
    filePath,
    fileName: path.basename(filePath),
    options: {},
    actor: { userId: null, username: 'bench', organisationId: null },
    permissions: SYSTEM_IMPORT_PERMISSIONS,
    requestId: null,
  });
  const seconds = since(start);
  if (result.status !== 'succeeded') {
    const first = JSON.stringify(result.errors.slice(0, 5));
    throw new Error(`${kind} import failed: ${result.errorCount} errors, ${first}`);
  }
  log(`${database.kind}: ${kind} ${result.rowsTotal} rows in ${seconds.toFixed(2)} s`);
  return seconds;
}

async function importRegisterOnly(engine: ProductEngine, file: string): Promise<RegisterRun> {
  const database = await openProductDatabase(engine);
  try {
    const basePeakMb = peakMb();
    const backend0 = await backendCpu(database);
    const cpu0 = processCpu();
    const seconds = await importKind(database, 'register', file);
    const cpu = processCpu() - cpu0;
    const backend1 = await backendCpu(database);
    const backend = backend0 === null || backend1 === null ? null : backend1 - backend0;
    return { seconds, cpuSeconds: backend === null ? null : cpu + backend, peakMb: peakMb(), basePeakMb };
  } finally {
    await database.cleanup();
  }
}

async function productTables(engine: ProductEngine, dir: string, runs: number): Promise<TablesRun> {
  const database = await openProductDatabase(engine);
  try {
    // Courses' new citizens are created at the only job centre.
    await database.db
      .insertInto('organisation')
      .values({ kind: 'job_centre', code: 'bench-jc', name: 'Jobcenter (benchmark)' })
      .execute();
    const seconds: Record<string, number> = {};
    for (const kind of ['providers', 'register', 'courses', 'placements', 'plans'] as const) {
      seconds[kind] = await importKind(database, kind, path.join(dir, `${kind}.csv`));
    }
    const parameters = resolveParameters({ ...BENCH_PERIOD });
    const tableSeconds: number[] = [];
    let report;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      report = await computeOutcomes(database.db, parameters);
      tableSeconds.push(since(start));
    }
    log(`${engine}: three tables ${tableSeconds.map((s) => s.toFixed(3)).join(', ')} s`);
    const counts: Counts = {};
    const of = (code: string | null) => (counts[code!] ??= {});
    for (const row of report!.exit.rows) {
      Object.assign(of(row.providerCode), {
        completed: row.completed,
        pending: row.pending,
        notInRegister: row.notInRegister,
        censored: row.censored,
        partTime: row.partTime,
        publicBenefit: row.publicBenefit,
        education: row.education,
        job: row.job,
        otherSelfSupporting: row.otherSelfSupporting,
      });
    }
    for (const row of report!.placement.rows) {
      Object.assign(of(row.providerCode), { placementCompleted: row.completed, placed: row.placed });
    }
    for (const row of report!.plan.rows) {
      Object.assign(of(row.providerCode), { planCompleted: row.completed, withPlan: row.withPlan });
    }
    return { seconds, tableSeconds, counts };
  } finally {
    await database.cleanup();
  }
}

// DuckDB

function registerColumns(file: string): { weeks: string[]; months: string[] } {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const read = fs.readSync(fd, head, 0, head.length, 0);
  fs.closeSync(fd);
  const columns = head.subarray(0, read).toString('utf8').split('\n')[0]!.trim().split(';');
  return {
    weeks: columns.filter((c) => c.startsWith('y_')),
    months: columns.filter((c) => c.startsWith('grad_')),
  };
}

/** Monday of ISO week 1 of `year`: where the generator's weeks start. */
function firstWeekMonday(year: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  jan4.setUTCDate(4 - ((jan4.getUTCDay() + 6) % 7));
  return jan4.toISOString().slice(0, 10);
}

const EXIT_STATUSES = [
  'pending',
  'notInRegister',
  'censored',
  'partTime',
  'publicBenefit',
  'education',
  'job',
  'otherSelfSupporting',
];

/**
 * The three tables of outcome.rules.ts (seed-2020) as DuckDB SQL over the wide table read_csv loaded.
 * Exit: M2 = the end month + 2; its weeks are the ISO weeks whose Thursday falls in M2; an empty cell
 * is code 0 (no benefit), a week or month outside the extract makes the course pending, a person
 * absent from the extract is notInRegister; a code missing from the codebook counts as a benefit; the
 * first match wins: censored, partTime, publicBenefit, education, job, otherSelfSupporting.
 * Placement: internship or wage subsidy starting in start … end + 21 days. Plan: start … end + 6
 * months (DuckDB clamps to the month's last day, as the rules do).
 */
export function outcomeQueries(weeks: readonly string[], months: readonly string[], firstYear: number) {
  const { from, to } = BENCH_PERIOD;
  const population = `SELECT course_ref, provider_code, replace(cpr, '-', '') AS cpr, start_date, end_date
      FROM courses WHERE end_date BETWEEN DATE '${from}' AND DATE '${to}'`;
  const exit = `
    WITH pop AS (${population}),
    m2 AS (SELECT DISTINCT (date_trunc('month', end_date) + INTERVAL 2 MONTH)::date AS m2 FROM pop),
    m2_weeks AS (
      SELECT m2, (thursday::date - DATE '${firstWeekMonday(firstYear)}' - 3) // 7 AS week_index
        FROM (SELECT m2, unnest(generate_series(
                m2 + ((11 - isodow(m2)) % 7) * INTERVAL 1 DAY,
                m2 + INTERVAL 1 MONTH - INTERVAL 1 DAY, INTERVAL 7 DAY)) AS thursday FROM m2)),
    person AS (
      SELECT pop.course_ref, pop.provider_code, r.PNR IS NOT NULL AS in_register,
             (date_trunc('month', pop.end_date) + INTERVAL 2 MONTH)::date AS m2,
             [${weeks.join(', ')}] AS codes,
             [${months.join(', ')}] AS degrees
        FROM pop LEFT JOIN register r ON r.PNR = pop.cpr),
    course_week AS (
      SELECT p.course_ref, p.provider_code, p.in_register,
             (year(p.m2) - ${firstYear}) * 12 + month(p.m2) - 1 AS month_index, p.degrees,
             CASE WHEN w.week_index BETWEEN 0 AND ${weeks.length - 1}
                  THEN coalesce(p.codes[w.week_index + 1], 0) END AS code
        FROM person p JOIN m2_weeks w ON w.m2 = p.m2),
    course_status AS (
      SELECT cw.course_ref, any_value(cw.provider_code) AS provider_code,
             bool_or(cw.in_register) AS in_register, bool_or(cw.code IS NULL) AS week_missing,
             any_value(CASE WHEN cw.month_index BETWEEN 0 AND ${months.length - 1}
                            THEN coalesce(cw.degrees[cw.month_index + 1], 0) END) AS degree,
             bool_or(cb.category = 'exit_register') AS has_exit,
             bool_or(cw.code <> 0 AND coalesce(cb.category, 'benefit') = 'benefit') AS has_benefit,
             bool_or(cb.category = 'education') AS has_education
        FROM course_week cw LEFT JOIN codebook cb ON cb.code = cw.code
       GROUP BY cw.course_ref),
    classified AS (
      SELECT provider_code,
             CASE WHEN NOT in_register THEN 'notInRegister'
                  WHEN week_missing OR degree IS NULL THEN 'pending'
                  WHEN has_exit THEN 'censored'
                  WHEN has_benefit AND degree > 0 THEN 'partTime'
                  WHEN has_benefit THEN 'publicBenefit'
                  WHEN has_education THEN 'education'
                  WHEN degree > 0 THEN 'job'
                  ELSE 'otherSelfSupporting' END AS status
        FROM course_status)
    SELECT provider_code, count(*) AS completed,
           ${EXIT_STATUSES.map((s) => `count(*) FILTER (WHERE status = '${s}') AS "${s}"`).join(', ')}
      FROM classified GROUP BY provider_code ORDER BY provider_code`;
  const placement = `
    WITH pop AS (${population})
    SELECT provider_code, count(*) AS "placementCompleted",
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM placements p
              WHERE replace(p.cpr, '-', '') = pop.cpr AND p.type IN ('virksomhedspraktik', 'loentilskud')
                AND p.start_date BETWEEN pop.start_date AND pop.end_date + INTERVAL 21 DAY)) AS placed
      FROM pop GROUP BY provider_code ORDER BY provider_code`;
  const plan = `
    WITH pop AS (${population})
    SELECT provider_code, count(*) AS "planCompleted",
           count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM plans p
              WHERE replace(p.cpr, '-', '') = pop.cpr
                AND p.start_date BETWEEN pop.start_date AND pop.end_date + INTERVAL 6 MONTH)) AS "withPlan"
      FROM pop GROUP BY provider_code ORDER BY provider_code`;
  return { exit, placement, plan };
}

async function openDuckDb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'indsats-bench-duckdb-'));
  // A database file, not memory: the product's imports are durable too.
  const instance = await DuckDBInstance.create(path.join(work, 'bench.duckdb'));
  const connection = await instance.connect();
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

type DuckConnection = Awaited<ReturnType<typeof openDuckDb>>['connection'];

/** read_csv of the extract into a table; the layout is given, as the product knows it too. */
async function duckLoadRegister(connection: DuckConnection, file: string): Promise<void> {
  const { weeks, months } = registerColumns(file);
  const types = [
    `'PNR': 'VARCHAR'`, // text: a CPR number may start with 0
    ...weeks.map((w) => `'${w}': 'SMALLINT'`),
    ...months.map((m) => `'${m}': 'DOUBLE'`),
  ];
  await connection.run(
    `CREATE TABLE register AS SELECT * FROM read_csv('${file}', header = true, delim = ';', types = {${types.join(', ')}})`,
  );
}

async function duckRegisterOnly(file: string): Promise<RegisterRun> {
  const duck = await openDuckDb();
  try {
    const basePeakMb = peakMb();
    const cpu0 = processCpu();
    const start = performance.now();
    await duckLoadRegister(duck.connection, file);
    const seconds = since(start);
    log(`duckdb: register loaded in ${seconds.toFixed(2)} s`);
    return { seconds, cpuSeconds: processCpu() - cpu0, peakMb: peakMb(), basePeakMb };
  } finally {
    duck.close();
  }
}

async function duckTables(dir: string, runs: number): Promise<TablesRun> {
  const duck = await openDuckDb();
  const { connection } = duck;
  try {
    const seconds: Record<string, number> = {};
    const timed = async (name: string, load: () => Promise<unknown>) => {
      const start = performance.now();
      await load();
      seconds[name] = since(start);
      log(`duckdb: ${name} loaded in ${seconds[name]!.toFixed(2)} s`);
    };
    const registerFile = path.join(dir, 'register.csv');
    await timed('register', () => duckLoadRegister(connection, registerFile));
    for (const [name, types] of [
      ['courses', `{'cpr': 'VARCHAR'}`],
      ['placements', `{'cpr': 'VARCHAR', 'company_cvr': 'VARCHAR'}`],
      ['plans', `{'cpr': 'VARCHAR'}`],
    ] as const) {
      const file = path.join(dir, `${name}.csv`);
      await timed(name, () =>
        connection.run(
          `CREATE TABLE ${name} AS SELECT * FROM read_csv('${file}', header = true, types = ${types})`,
        ),
      );
    }
    const codebook = DEFAULT_CODEBOOK.map((c) => `(${Number(c.code)}, '${c.category}')`).join(', ');
    await connection.run(`CREATE TABLE codebook AS SELECT * FROM (VALUES ${codebook}) AS t(code, category)`);
    const { weeks, months } = registerColumns(registerFile);
    const queries = outcomeQueries(weeks, months, REGISTER_FIRST_YEAR);
    const tableSeconds: number[] = [];
    const counts: Counts = {};
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const results = [];
      for (const query of [queries.exit, queries.placement, queries.plan]) {
        results.push((await connection.runAndReadAll(query)).getRowObjectsJson());
      }
      tableSeconds.push(since(start));
      if (run > 0) continue;
      for (const rows of results) {
        for (const { provider_code: code, ...rest } of rows) {
          const numbers = Object.entries(rest).map(([key, value]) => [key, Number(value)]);
          Object.assign((counts[String(code)] ??= {}), Object.fromEntries(numbers));
        }
      }
    }
    log(`duckdb: three tables (SQL) ${tableSeconds.map((s) => s.toFixed(3)).join(', ')} s`);
    return { seconds, tableSeconds, counts };
  } finally {
    duck.close();
  }
}

// The parent: runs each measurement in a child process and prints the comparison.

function child<T>(args: string[]): Promise<T> {
  // The previous child's written files (DuckDB's database, PGlite's data directory) are flushed to disk
  // first, so their writeback does not land on this child's measurement.
  spawnSync('sync');
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', THIS_FILE, '--child', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code !== 0 || !line) reject(new Error(`child ${args.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(line.slice('RESULT '.length)) as T);
    });
  });
}

async function ensureData(dir: string, persons: number, courses: number, seed: number): Promise<void> {
  const marker = path.join(dir, 'generated.json');
  const wanted = JSON.stringify({ persons, courses, seed, version: 1 });
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === wanted) return;
  fs.mkdirSync(dir, { recursive: true });
  const start = performance.now();
  const bytes = await writeRegisterFile(path.join(dir, 'register.csv'), { persons, seed });
  if (courses > 0) await writeCaseFiles(dir, { persons, courses, seed });
  log(`generated ${dir}: register ${(bytes / 1e6).toFixed(0)} MB in ${since(start).toFixed(1)} s`);
  fs.writeFileSync(marker, wanted);
}

function argument(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const fmt = (n: number | null | undefined, digits = 2) =>
  n === undefined || n === null ? '—' : n.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? undefined : a / b;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

function compareCounts(product: Counts, duck: Counts): string[] {
  const problems: string[] = [];
  for (const code of new Set([...Object.keys(product), ...Object.keys(duck)])) {
    for (const [key, value] of Object.entries(product[code] ?? {})) {
      if (duck[code]?.[key] !== value)
        problems.push(`${code}.${key}: product ${value}, DuckDB ${duck[code]?.[key]}`);
    }
  }
  return problems;
}

async function main(args: string[]): Promise<void> {
  const persons = Number(argument(args, 'persons') ?? 100_000);
  const courses = Number(argument(args, 'courses') ?? persons);
  const seed = Number(argument(args, 'seed') ?? 1);
  const rounds = Number(argument(args, 'rounds') ?? 3);
  const runs = Number(argument(args, 'runs') ?? 3);
  const withTables = !args.includes('--no-tables');
  const engines = (argument(args, 'engines') ?? 'duckdb,postgres,pglite').split(',') as Engine[];
  const memoryArg = argument(args, 'memory') ?? '100000,300000';
  const memorySizes = memoryArg === 'none' ? [] : memoryArg.split(',').map(Number);
  const root = path.resolve(argument(args, 'data') ?? path.join(os.tmpdir(), 'indsats-bench-data'));
  const dir = path.join(root, `p${persons}-c${courses}-s${seed}`);
  const products = engines.filter((e): e is ProductEngine => e !== 'duckdb');
  const loadBefore = load();
  await ensureData(dir, persons, courses, seed);
  const registerFile = path.join(dir, 'register.csv');

  // 1. The register: interleaved rounds, one process per import.
  const register: Partial<Record<Engine, RegisterRun[]>> = {};
  for (let round = 0; round < rounds; round++) {
    for (const engine of engines) {
      const run = await child<RegisterRun>(['register', engine, registerFile]);
      (register[engine] ??= []).push(run);
    }
  }
  // 2. The case files and the three tables.
  const tables: Partial<Record<Engine, TablesRun>> = {};
  for (const engine of withTables ? engines : []) {
    tables[engine] = await child<TablesRun>(['tables', engine, dir, String(runs)]);
  }
  // 3. Peak memory of the import at other sizes.
  const memory: { persons: number; engine: ProductEngine; run: RegisterRun }[] = [];
  for (const size of memorySizes) {
    for (const engine of products) {
      let run: RegisterRun;
      if (size === persons && register[engine]) {
        run = register[engine].reduce((a, b) => (a.peakMb >= b.peakMb ? a : b));
      } else {
        const sizeDir = path.join(root, `p${size}-c0-s${seed}`);
        await ensureData(sizeDir, size, 0, seed);
        run = await child<RegisterRun>(['register', engine, path.join(sizeDir, 'register.csv')]);
      }
      memory.push({ persons: size, engine, run });
    }
  }

  const bytes = fs.statSync(registerFile).size;
  const cpus = os.cpus();
  console.log(
    `\nRegister benchmark: ${persons.toLocaleString('en')} persons × 260 weeks + 60 months ` +
      `(${(bytes / 1e6).toFixed(0)} MB), ${courses.toLocaleString('en')} courses`,
  );
  console.log(
    `machine: ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `node ${process.version}; load average before ${loadBefore}, after ${load()}`,
  );
  printReport({ engines, rounds, runs, register, tables, memory });
}

interface Report {
  engines: Engine[];
  rounds: number;
  runs: number;
  register: Partial<Record<Engine, RegisterRun[]>>;
  tables: Partial<Record<Engine, TablesRun>>;
  memory: { persons: number; engine: ProductEngine; run: RegisterRun }[];
}

const LABEL: Record<Engine, string> = {
  duckdb: 'DuckDB read_csv',
  postgres: 'PostgreSQL import',
  pglite: 'PGlite import',
};

function printReport({ engines, rounds, runs, register, tables, memory }: Report): void {
  const medianOf = (engine: Engine, pick: (run: RegisterRun) => number | null) => {
    const values = (register[engine] ?? []).map(pick);
    return values.length === 0 || values.some((v) => v === null) ? undefined : median(values as number[]);
  };
  console.log(
    `\n1. Register, median of ${rounds} interleaved round(s), each in a fresh process and database`,
  );
  console.log(
    `${''.padEnd(22)}${'wall s'.padStart(9)}${'CPU s'.padStart(9)}${'peak MB'.padStart(9)}   all wall s`,
  );
  for (const engine of engines) {
    const all = (register[engine] ?? []).map((r) => r.seconds.toFixed(2)).join(', ');
    const wall = fmt(medianOf(engine, (r) => r.seconds));
    const cpu = fmt(medianOf(engine, (r) => r.cpuSeconds));
    const peak = fmt(
      medianOf(engine, (r) => r.peakMb),
      0,
    );
    console.log(
      `${LABEL[engine].padEnd(22)}${wall.padStart(9)}${cpu.padStart(9)}${peak.padStart(9)}   ${all}`,
    );
  }

  const tableMedian = (engine: Engine) => tables[engine] && median(tables[engine].tableSeconds);
  const columns = (['postgres', 'pglite', 'duckdb'] as const).filter((e) => tables[e]);
  if (columns.length > 0) {
    const heads: Record<Engine, string> = { postgres: 'PostgreSQL', pglite: 'PGlite', duckdb: 'DuckDB' };
    console.log(`\n2. Case files and the three tables (tables: median of ${runs} runs)`);
    console.log(`${'seconds'.padEnd(26)}${columns.map((e) => heads[e].padStart(12)).join('')}`);
    for (const kind of ['courses', 'placements', 'plans']) {
      const cells = columns.map((e) => fmt(tables[e]?.seconds[kind]).padStart(12));
      console.log(`${`${kind} import / load`.padEnd(26)}${cells.join('')}`);
    }
    const cells = columns.map((e) => fmt(tableMedian(e), 3).padStart(12));
    console.log(`${'three tables'.padEnd(26)}${cells.join('')}`);
  }

  const pgWall = medianOf('postgres', (r) => r.seconds);
  const ratios: [string, number | undefined, number][] = [
    [
      'PostgreSQL import / DuckDB load',
      ratio(
        pgWall,
        medianOf('duckdb', (r) => r.seconds),
      ),
      1,
    ],
    [
      'PGlite import / PostgreSQL import',
      ratio(
        medianOf('pglite', (r) => r.seconds),
        pgWall,
      ),
      3,
    ],
    ['tables on PostgreSQL / DuckDB SQL', ratio(tableMedian('postgres'), tableMedian('duckdb')), 2],
    ['tables on PGlite / DuckDB SQL', ratio(tableMedian('pglite'), tableMedian('duckdb')), 2],
  ];
  console.log(`\n3. Ratios of wall-clock seconds${'value'.padStart(13)}${'target'.padStart(9)}`);
  for (const [name, value, target] of ratios) {
    if (value === undefined) continue;
    const verdict = value <= target ? 'met' : 'NOT met';
    console.log(`${name.padEnd(36)}${fmt(value, 3).padStart(8)}${`≤ ${target}`.padStart(9)}  ${verdict}`);
  }
  const pgCpu = medianOf('postgres', (r) => r.cpuSeconds);
  const cpuRatio = ratio(
    pgCpu,
    medianOf('duckdb', (r) => r.cpuSeconds),
  );
  if (cpuRatio !== undefined)
    console.log(`${'(PostgreSQL / DuckDB in CPU seconds)'.padEnd(36)}${fmt(cpuRatio, 3).padStart(8)}`);

  if (memory.length > 0) {
    console.log('\n4. Peak memory of the register import (maxRSS of its process)');
    for (const { persons, engine, run } of memory) {
      console.log(
        `${engine.padEnd(10)} ${persons.toLocaleString('en').padStart(9)} persons: ` +
          `${run.peakMb.toFixed(0).padStart(5)} MB, ${run.basePeakMb.toFixed(0).padStart(4)} MB before the import ` +
          `(import ${run.seconds.toFixed(1)} s)`,
      );
    }
  }

  const duck = tables.duckdb;
  for (const engine of ['postgres', 'pglite'] as const) {
    const product = tables[engine];
    if (!product || !duck) continue;
    const problems = compareCounts(product.counts, duck.counts);
    const completed = Object.values(product.counts).reduce((sum, c) => sum + (c.completed ?? 0), 0);
    console.log(
      problems.length === 0
        ? `\n${engine} and DuckDB agree on every count (${completed.toLocaleString('en')} courses in the exit table)`
        : `\n${engine} and DuckDB DISAGREE:\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
}

const args = process.argv.slice(2);
const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === THIS_FILE;
if (isEntry && args[0] === '--child') {
  const [, task, engine, target, runs] = args as [string, string, Engine, string, string?];
  let result: unknown;
  if (task === 'register') {
    result = engine === 'duckdb' ? await duckRegisterOnly(target) : await importRegisterOnly(engine, target);
  } else {
    result =
      engine === 'duckdb'
        ? await duckTables(target, Number(runs))
        : await productTables(engine, target, Number(runs));
  }
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
} else if (isEntry) {
  await main(args);
}
