// Synthetic data for the register benchmark (issue 5, "Speed"): a DREAM-style extract — PNR, 260 weekly
// columns y_YYWW (contiguous ISO weeks from 2017 week 1) and 60 monthly grad_YYYY_MM columns — of N
// persons, plus providers, courses, placements and plans in the import formats of docs/imports.md.
// Deterministic for a seed, and streamed to disk a row at a time, so memory stays flat however many
// persons are asked for. Every code used is in the shipped default codebook.
//
// Usage: npx tsx bench/register-generator.ts [--persons 100000] [--courses N] [--seed 1] [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { cprBirthYear, formatCpr, passesModulus11 } from '../src/shared/cpr.ts';
import { createRng, syntheticCvr } from '../src/server/seed/synthetic.ts';

const DAY_MS = 86_400_000;

export const REGISTER_FIRST_YEAR = 2017;
export const REGISTER_WEEKS = 260;
export const REGISTER_MONTHS = 60;
export const PROVIDER_COUNT = 20;
/** The report period the benchmark asks for: courses ending in it; late ones have M2 after the extract. */
export const BENCH_PERIOD = { from: '2018-01-01', to: '2021-12-31' } as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

// Persons: index → a CPR number, unique for every index without remembering any (so the courses file
// can name person i again, and memory stays flat). The birth date walks 1960–1999 in steps coprime
// with its length; the serial is the k-th one passing modulus 11 for that date, k = index / days.
// (syntheticCpr draws at random and would repeat a number about once per 10,000 persons.)
const FIRST_BIRTH_DAY = dayOf('1960-01-01');
const BIRTH_DAYS = dayOf('2000-01-01') - FIRST_BIRTH_DAY; // 14,610
const DAY_STEP = 7919; // prime, not a factor of 14,610

export function benchCpr(index: number, seed: number): string {
  const day = FIRST_BIRTH_DAY + ((index * DAY_STEP + seed * 101) % BIRTH_DAYS);
  const date = new Date(day * DAY_MS);
  const ddmmyy = `${pad(date.getUTCDate())}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCFullYear() % 100)}`;
  let wanted = Math.floor(index / BIRTH_DAYS);
  const start = (((seed * 131 + day * 17) % 4000) + 4000) % 4000;
  for (let step = 0; step < 4000; step++) {
    // Serials 0000–3999: a 7th digit 0–3 means born in the 1900s.
    const digits = `${ddmmyy}${pad((start + step) % 4000, 4)}`;
    if (cprBirthYear(date.getUTCFullYear() % 100, Number(digits[6])) !== date.getUTCFullYear()) continue;
    if (passesModulus11(digits) && wanted-- === 0) return digits;
  }
  throw new Error(`no CPR number left for person ${index}`);
}

// Weeks and months of the extract.

function firstIsoMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return jan4 - ((new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7);
}

/** Column names y_YYWW of `count` contiguous ISO weeks from week 1 of `firstYear`. */
export function weekColumns(firstYear = REGISTER_FIRST_YEAR, count = REGISTER_WEEKS): string[] {
  const names: string[] = [];
  for (let monday = firstIsoMonday(firstYear); names.length < count; monday += 7) {
    const thursday = monday + 3;
    const year = new Date(thursday * DAY_MS).getUTCFullYear();
    const week = (thursday - firstIsoMonday(year)) / 7 + 1;
    names.push(`y_${pad(year % 100)}${pad(Math.floor(week))}`);
  }
  return names;
}

export function monthColumns(firstYear = REGISTER_FIRST_YEAR, count = REGISTER_MONTHS): string[] {
  return Array.from(
    { length: count },
    (_, m) => `grad_${firstYear + Math.floor(m / 12)}_${pad((m % 12) + 1)}`,
  );
}

/** Writes lines to a file, waiting when the stream's buffer is full: memory stays flat. */
async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  const out = fs.createWriteStream(file);
  let chunk = '';
  for (const line of lines) {
    chunk += line + '\n';
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return fs.statSync(file).size;
}

// States of a person's week: benefit codes (kontanthjælp, dagpenge, sygedagpenge, fleksjob,
// førtidspension, revalidering), education (SU), not a benefit (barsel), or nothing ('').
const BENEFIT_CODES = ['130', '133', '111', '890', '771', '783', '740', '810', '213', '750'];
const EDUCATION_CODE = '651';
const NON_BENEFIT_CODE = '881';
const EXIT_CODES = ['997', '999'];

/** One person's row of the extract. */
function registerRow(rng: () => number, cpr: string, weeks: number, months: number): string {
  const cells: string[] = [cpr];
  // A person's own mix: how often the state changes, and how likely a spell is a benefit.
  const change = 0.02 + rng() * 0.08;
  const benefitShare = 0.5 + rng() * 0.4;
  const exitWeek = rng() < 0.02 ? Math.floor(rng() * weeks) : weeks;
  const draw = (): string => {
    const r = rng();
    if (r < benefitShare) return BENEFIT_CODES[Math.floor(rng() * BENEFIT_CODES.length)]!;
    if (r < benefitShare + 0.06) return EDUCATION_CODE;
    if (r < benefitShare + 0.09) return NON_BENEFIT_CODE;
    return '';
  };
  let state = draw();
  // Benefit weeks per month, to make the month's employment degree.
  const benefitWeeks = new Array<number>(months).fill(0);
  for (let w = 0; w < weeks; w++) {
    if (w >= exitWeek) state = EXIT_CODES[w % 2]!;
    else if (rng() < change) state = draw();
    cells.push(state);
    if (state !== '') benefitWeeks[Math.min(months - 1, Math.floor((w * 12) / 52.18))]!++;
  }
  for (let m = 0; m < months; m++) {
    const working = benefitWeeks[m]! === 0 ? rng() < 0.8 : rng() < 0.12;
    cells.push(working ? (rng() < 0.3 ? '1' : (0.05 + rng() * 0.9).toFixed(2)) : '0');
  }
  return cells.join(';');
}

export interface RegisterFileOptions {
  persons: number;
  seed?: number;
  firstYear?: number;
  weeks?: number;
  months?: number;
}

/** The DREAM extract, `;`-separated with decimal points; returns its size in bytes. */
export function writeRegisterFile(file: string, options: RegisterFileOptions): Promise<number> {
  const { persons, seed = 1, firstYear = REGISTER_FIRST_YEAR } = options;
  const weeks = options.weeks ?? REGISTER_WEEKS;
  const months = options.months ?? REGISTER_MONTHS;
  const rng = createRng(seed);
  function* lines() {
    yield ['PNR', ...weekColumns(firstYear, weeks), ...monthColumns(firstYear, months)].join(';');
    for (let i = 0; i < persons; i++) yield registerRow(rng, benchCpr(i, seed), weeks, months);
  }
  return writeLines(file, lines());
}

export const providerCode = (p: number) => `bench${pad(p + 1)}`;

const DISTRICTS = ['Nørrebro', 'Bispebjerg', 'Amager Vest', 'Valby', 'Vesterbro/Kongens Enghave'];
const END_REASONS = ['job', 'education', 'dropped_out', 'illness', 'moved', 'other', 'small_job'];
const PLACEMENT_TYPES = ['virksomhedspraktik', 'virksomhedspraktik', 'loentilskud', 'smaajob'];

export interface CaseFilesOptions {
  /** Persons of the register: courses name them by index. */
  persons: number;
  courses: number;
  seed?: number;
}

export interface CaseFiles {
  providers: string;
  courses: string;
  placements: string;
  plans: string;
}

/**
 * Providers, courses, placements and plans for `courses` courses. About 3 % of the courses belong to
 * persons absent from the register (notInRegister); about 4 % are ongoing. Placements start around
 * the course end (some inside the 21 days, some after), plans from before the start to 8 months after.
 */
export async function writeCaseFiles(dir: string, options: CaseFilesOptions): Promise<CaseFiles> {
  const { persons, courses, seed = 1 } = options;
  const files: CaseFiles = {
    providers: path.join(dir, 'providers.csv'),
    courses: path.join(dir, 'courses.csv'),
    placements: path.join(dir, 'placements.csv'),
    plans: path.join(dir, 'plans.csv'),
  };
  const providerRng = createRng(seed + 1);
  await writeLines(files.providers, [
    'code,name,district',
    ...Array.from(
      { length: PROVIDER_COUNT },
      (_, p) =>
        `${providerCode(p)},Benchmark leverandør ${p + 1},${DISTRICTS[Math.floor(providerRng() * DISTRICTS.length)]}`,
    ),
  ]);
  // The courses are drawn once and written to three files; each course's lines are made from the same
  // per-course generator state, so three passes over the same seed give the same courses.
  const companyRng = createRng(seed + 2);
  const companies = Array.from({ length: 1000 }, () => syntheticCvr(companyRng));
  const firstStart = dayOf('2017-03-01');
  const lastStart = dayOf('2021-09-30');
  function* courseRecords() {
    const rng = createRng(seed + 3);
    for (let j = 0; j < courses; j++) {
      const person = rng() < 0.03 ? persons + j : Math.floor(rng() * persons);
      const cpr = benchCpr(person, seed);
      // A few providers are large, most small.
      const provider = Math.min(PROVIDER_COUNT - 1, Math.floor(PROVIDER_COUNT * rng() * rng() * 1.6));
      const start = firstStart + Math.floor(rng() * (lastStart - firstStart));
      const ongoing = rng() < 0.04;
      const end = ongoing ? null : start + 28 + Math.floor(rng() * 340);
      const endReason = END_REASONS[Math.floor(rng() * END_REASONS.length)]!;
      const placement =
        rng() < 0.45
          ? {
              start: (end ?? start + 60) + Math.floor(rng() * 100) - 60,
              length: 28 + Math.floor(rng() * 150),
              type: PLACEMENT_TYPES[Math.floor(rng() * PLACEMENT_TYPES.length)]!,
              cvr: companies[Math.floor(rng() * companies.length)]!,
            }
          : null;
      const plan = rng() < 0.35 ? start - 60 + Math.floor(rng() * ((end ?? start) - start + 300)) : null;
      yield { j, cpr, provider, start, end, endReason, placement, plan };
    }
  }
  const ref = (prefix: string, j: number) => `${prefix}${pad(j + 1, 7)}`;
  await writeLines(
    files.courses,
    (function* () {
      yield 'course_ref,cpr,provider_code,start_date,end_date,end_reason';
      for (const c of courseRecords()) {
        const end = c.end === null ? ',' : `${isoOfDay(c.end)},${c.endReason}`;
        yield `${ref('BC', c.j)},${formatCpr(c.cpr)},${providerCode(c.provider)},${isoOfDay(c.start)},${end}`;
      }
    })(),
  );
  await writeLines(
    files.placements,
    (function* () {
      yield 'placement_ref,cpr,type,start_date,end_date,company_cvr';
      for (const c of courseRecords()) {
        const p = c.placement;
        if (!p) continue;
        yield `${ref('BP', c.j)},${c.cpr},${p.type},${isoOfDay(p.start)},${isoOfDay(p.start + p.length)},${p.cvr}`;
      }
    })(),
  );
  await writeLines(
    files.plans,
    (function* () {
      yield 'plan_ref,cpr,start_date,type';
      for (const c of courseRecords()) {
        if (c.plan === null) continue;
        yield `${ref('BF', c.j)},${c.cpr},${isoOfDay(c.plan)},forberedende_plan`;
      }
    })(),
  );
  return files;
}

function argument(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const persons = Number(argument(args, 'persons') ?? 100_000);
  const courses = Number(argument(args, 'courses') ?? persons);
  const seed = Number(argument(args, 'seed') ?? 1);
  const out = path.resolve(argument(args, 'out') ?? `bench-data-${persons}`);
  fs.mkdirSync(out, { recursive: true });
  const started = Date.now();
  const bytes = await writeRegisterFile(path.join(out, 'register.csv'), { persons, seed });
  await writeCaseFiles(out, { persons, courses, seed });
  console.log(
    `${out}: register.csv ${(bytes / 1e6).toFixed(1)} MB (${persons} persons), ${courses} courses, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
