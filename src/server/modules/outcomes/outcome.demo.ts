// Demo data of the outcomes module (called last by seed/demo.ts, on every start): synthetic citizens
// with historical courses at the 2017–2020 providers, placements, preparatory plans and one demo DREAM
// extract (an import batch of kind "register"), made so that the analyst sees seed 003's three tables
// per provider exactly for its periods, and a saved previous report with totals 4 %, 11 % and 2 % (and,
// saved after it, seed 003's own report, which the page opens on).
// Never real people (seed/synthetic.ts). Idempotent: the demo extract's batch marks it done; all of it
// is written in one transaction with multi-row inserts, so a start costs one query once seeded.
import { addDays, addMonthsClamped, dayNumber, isoOfDay } from '../../../shared/dates.ts';
import crypto from 'node:crypto';
import { DISTRICTS } from '../../../shared/districts.ts';
import type { ResolvedParameters } from '../../../shared/outcomes/outcome.schemas.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import { lookupHash, type Keys } from '../../platform/crypto/keys.ts';
import { sealCpr } from '../../platform/crypto/citizen-cpr.ts';
import type { Db } from '../../platform/db/client.ts';
import { packWeeklyCodes } from '../../platform/db/register-codes.ts';
import type { CourseEndReason } from '../../platform/db/schema.ts';
import { createRng, syntheticCpr, syntheticCvr, syntheticName } from '../../seed/synthetic.ts';
import { ensureDefaultCodebook, refreshBenefitWeeks } from '../imports/import.service.ts';
import {
  DEMO_EXTRACT_FILE,
  DEMO_PLAN,
  EXTRACT,
  PREVIOUS_PARAMETERS,
  PREVIOUS_REPORT_TITLE,
  SEED_003_PARAMETERS,
  SEED_003_REPORT_TITLE,
  SEED_003_ROWS,
  SEGMENT_ENDS,
  type DemoProviderPlan,
} from './outcome.demo-data.ts';
import { exitWindow, monthIndex, weekIndex, type ExitStatus } from './outcome.rules.ts';
import { HISTORY_WEEKS, historyWeekMondays } from './fairness.rules.ts';
import { saveOutcomeReport } from './services/saved-reports.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';

const CHUNK = 250;
type Segment = keyof typeof SEGMENT_ENDS;

interface DemoCourse {
  providerId: string;
  segment: Segment;
  startsOn: string;
  endsOn: string;
  status: ExitStatus;
  /** Placement to create: counted, a near miss, or none. */
  placement: 'counted' | 'miss' | null;
  plan: 'counted' | 'miss' | null;
}

function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function between(rng: () => number, from: string, to: string): string {
  const a = dayNumber(from);
  return isoOfDay(a + Math.floor(rng() * (dayNumber(to) - a + 1)));
}

/** Courses of one segment; the first two end on the segment's first and last day (the period edges). */
function makeCourses(rng: () => number, providerId: string, segment: Segment, count: number): DemoCourse[] {
  const [from, to] = SEGMENT_ENDS[segment];
  return Array.from({ length: count }, (_, i) => {
    const endsOn = i === 0 ? from : i === 1 ? to : between(rng, from, to);
    return {
      providerId,
      segment,
      endsOn,
      startsOn: addDays(endsOn, -(42 + Math.floor(rng() * 300))),
      status: 'publicBenefit' as ExitStatus,
      placement: null,
      plan: null,
    };
  });
}

function assignStatuses(
  rng: () => number,
  courses: readonly DemoCourse[],
  counts: Partial<Record<ExitStatus, number>>,
): void {
  const order = shuffled(rng, courses);
  let next = 0;
  for (const [status, n] of Object.entries(counts) as [ExitStatus, number][]) {
    for (let i = 0; i < n; i++) order[next++]!.status = status;
  }
}

/** `counted` courses get a counted placement or plan; about one in five of the rest a near miss. */
function assignFlags(
  rng: () => number,
  courses: readonly DemoCourse[],
  counted: number,
  field: 'placement' | 'plan',
): void {
  shuffled(rng, courses).forEach((course, i) => {
    course[field] = i < counted ? 'counted' : rng() < 0.2 ? 'miss' : null;
  });
}

function planCourses(rng: () => number, plan: DemoProviderPlan, providerId: string): DemoCourse[] {
  const seg = (s: Segment) => makeCourses(rng, providerId, s, plan.segments[s]);
  const [a, b, c, d, p] = [seg('A'), seg('B'), seg('C'), seg('D'), seg('P')];
  const seed = SEED_003_ROWS.find((r) => r.code === plan.code)!;
  const { placed: previousPlaced, withPlan: previousWithPlan, ...previousStatuses } = plan.previous;
  assignStatuses(rng, [...a, ...b, ...c], plan.current);
  assignFlags(rng, [...c, ...d], seed.placement.placed, 'placement');
  assignFlags(rng, [...b, ...c, ...d], seed.plan.withPlan, 'plan');
  assignStatuses(rng, p, previousStatuses);
  assignFlags(rng, p, previousPlaced, 'placement');
  assignFlags(rng, p, previousWithPlan, 'plan');
  return [...a, ...b, ...c, ...d, ...p];
}

const END_REASONS: Partial<Record<ExitStatus, CourseEndReason>> = {
  job: 'job',
  partTime: 'small_job',
  education: 'education',
};
const OTHER_REASONS: CourseEndReason[] = ['dropped_out', 'other', 'illness', 'other', 'moved'];

/**
 * The weeks on benefit of the 156 before a course's start (the fair comparison's history), drawn so that
 * the demo's courses fall in each band: 0–51, 52–103, 104–155 or all 156.
 */
function drawBenefitHistory(rng: () => number): number {
  const band = Math.floor(rng() * 4);
  return band === 3 ? HISTORY_WEEKS : 52 * band + Math.floor(rng() * 52);
}

/**
 * The person's packed weeks and degrees: on kontanthjælp (code 130) unless M2 says otherwise, and before
 * the course start on it only the drawn weeks of the history (the earlier weeks of the 156 without, 0).
 * The history is drawn by its own generator, so the other draws (and so the seed's figures) stay the same.
 */
function registerRow(course: DemoCourse, rng: () => number, historyRng: () => number) {
  const codes = new Array<number>(EXTRACT.weeks).fill(130);
  const degrees = new Array<number>(EXTRACT.months).fill(0);
  const historyFrom = weekIndex(EXTRACT.firstWeekMonday, historyWeekMondays(course.startsOn)[0]!);
  const withoutBenefit = HISTORY_WEEKS - drawBenefitHistory(historyRng);
  for (let w = Math.max(historyFrom, 0); w < historyFrom + withoutBenefit; w++) codes[w] = 0;
  const window = exitWindow(course.endsOn);
  const weeks = window.weekMondays.map((m) => weekIndex(EXTRACT.firstWeekMonday, m));
  const month = monthIndex(EXTRACT.firstMonth, window.month);
  if (month >= EXTRACT.months || weeks.at(-1)! >= EXTRACT.weeks) return { codes, degrees };
  const setWeeks = (code: (i: number) => number) => weeks.forEach((w, i) => (codes[w] = code(i)));
  switch (course.status) {
    case 'job':
      setWeeks(() => 0);
      degrees[month] = 0.6 + Math.round(rng() * 4) / 10;
      break;
    case 'education':
      setWeeks(() => 651);
      break;
    case 'partTime':
      setWeeks((i) => (i < 2 ? 130 : 0));
      degrees[month] = 0.2 + Math.round(rng() * 2) / 10;
      break;
    case 'otherSelfSupporting':
      setWeeks((i) => (i === 0 ? 881 : 0));
      break;
    case 'censored':
      setWeeks(() => 999);
      break;
    default:
      break;
  }
  return { codes, degrees };
}

async function demoCompanyIds(tx: Tx, rng: () => number): Promise<string[]> {
  const existing = await tx.selectFrom('company').select('id').orderBy('cvr').limit(12).execute();
  if (existing.length > 0) return existing.map((c) => c.id);
  const created = await tx
    .insertInto('company')
    .values({ cvr: syntheticCvr(rng), name: 'Demo Praktikvirksomhed ApS', industry: 'lager' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return [created.id];
}

async function insertChunked<T>(
  items: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK) await insert(items.slice(i, i + CHUNK));
}

async function seedCourses(tx: Tx, keys: Keys, jobCentreId: string, courses: DemoCourse[]): Promise<number> {
  const rng = createRng(20_190_930);
  // Synthetic CPR numbers not used by any citizen yet, one citizen per course.
  const cprs: string[] = [];
  const taken = new Set(
    (await tx.selectFrom('citizen').select('cprHash').execute()).map((c) => c.cprHash.toString('hex')),
  );
  while (cprs.length < courses.length) {
    const cpr = syntheticCpr(rng);
    const hash = lookupHash(keys, cpr).toString('hex');
    if (taken.has(hash)) continue;
    taken.add(hash);
    cprs.push(cpr);
  }
  const citizenIds: string[] = [];
  await insertChunked(
    cprs.map((cpr, i) => ({ cpr, i })),
    async (chunk) => {
      const rows = await tx
        .insertInto('citizen')
        .values(
          chunk.map(({ cpr }) => ({
            jobCentreId,
            ...sealCpr(keys, cpr),
            name: syntheticName(rng),
            district: DISTRICTS[Math.floor(rng() * DISTRICTS.length)]!,
          })),
        )
        .returning(['id', 'cprHash'])
        .execute();
      const byHash = new Map(rows.map((r) => [r.cprHash.toString('hex'), r.id]));
      for (const { cpr } of chunk) citizenIds.push(byHash.get(lookupHash(keys, cpr).toString('hex'))!);
    },
  );

  await insertChunked(
    courses.map((course, i) => ({ course, i })),
    (chunk) =>
      tx
        .insertInto('course')
        .values(
          chunk.map(({ course, i }) => ({
            externalRef: `demo-outcomes-${i + 1}`,
            citizenId: citizenIds[i]!,
            providerId: course.providerId,
            startsOn: course.startsOn,
            endsOn: course.endsOn,
            endReason: END_REASONS[course.status] ?? OTHER_REASONS[i % OTHER_REASONS.length]!,
          })),
        )
        .execute(),
  );

  const companies = await demoCompanyIds(tx, rng);
  const placements = courses.flatMap((course, i) => {
    if (!course.placement) return [];
    const lastDay = addDays(course.endsOn, 21);
    // Counted: from the course start to day 21 after its end (some exactly on day 21). A near miss:
    // day 22 or later, or a small job (not a company placement in seed 003's sense).
    const counted = i % 7 === 0 ? lastDay : between(rng, course.startsOn, lastDay);
    const miss = rng() < 0.5 ? addDays(course.endsOn, 22 + Math.floor(rng() * 40)) : course.endsOn;
    return [
      {
        externalRef: `demo-outcomes-placement-${i + 1}`,
        citizenId: citizenIds[i]!,
        companyId: companies[i % companies.length]!,
        kind: (course.placement === 'counted'
          ? rng() < 0.75
            ? 'internship'
            : 'wage_subsidy'
          : miss === course.endsOn
            ? 'small_job'
            : 'internship') as 'internship' | 'wage_subsidy' | 'small_job',
        startsOn: course.placement === 'counted' ? counted : miss,
        endsOn: addDays(course.placement === 'counted' ? counted : miss, 27),
      },
    ];
  });
  await insertChunked(placements, (chunk) => tx.insertInto('placement').values(chunk).execute());

  const plans = courses.flatMap((course, i) => {
    if (!course.plan) return [];
    const lastDay = addMonthsClamped(course.endsOn, 6);
    const startedOn =
      course.plan === 'counted'
        ? i % 5 === 0
          ? lastDay
          : between(rng, course.startsOn, lastDay)
        : addDays(lastDay, 1 + Math.floor(rng() * 60));
    return [
      {
        externalRef: `demo-outcomes-plan-${i + 1}`,
        citizenId: citizenIds[i]!,
        planType: 'forberedende_plan' as const,
        startedOn,
      },
    ];
  });
  await insertChunked(plans, (chunk) => tx.insertInto('planStart').values(chunk).execute());

  const batch = await tx
    .insertInto('importBatch')
    .values({
      kind: 'register',
      fileName: DEMO_EXTRACT_FILE,
      fileSha256: crypto.createHash('sha256').update(`${DEMO_EXTRACT_FILE}:v1`).digest('hex'),
      status: 'succeeded',
      rowsTotal: courses.length,
      rowsCreated: courses.length,
      startedBy: DEMO_SEED_ACTOR.username,
      finishedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const historyRng = createRng(20_121_231);
  await insertChunked(
    courses.map((course, i) => ({ course, i })),
    (chunk) =>
      tx
        .insertInto('registerPerson')
        .values(
          chunk.map(({ course, i }) => {
            const { codes, degrees } = registerRow(course, rng, historyRng);
            return {
              personHash: lookupHash(keys, cprs[i]!),
              firstWeekMonday: EXTRACT.firstWeekMonday,
              weeklyCodes: packWeeklyCodes(codes),
              firstMonth: EXTRACT.firstMonth,
              employmentDegrees: degrees,
              importBatchId: batch.id,
            };
          }),
        )
        .execute(),
  );
  // The benefit weeks as bits, as the register import writes them (migration 0030).
  await refreshBenefitWeeks(tx);
  await recordAudit(tx, DEMO_SEED_ACTOR, null, {
    action: 'create',
    entityType: 'import_batch',
    entityId: batch.id,
    criteria: { demo: 'outcomes', citizens: courses.length, courses: courses.length },
  });
  return courses.length;
}

export async function seedOutcomesDemo(db: Db, keys: Keys): Promise<void> {
  const seeded = await db
    .selectFrom('importBatch')
    .select('id')
    .where('kind', '=', 'register')
    .where('fileName', '=', DEMO_EXTRACT_FILE)
    .where('status', '=', 'succeeded')
    .executeTakeFirst();
  if (seeded) return;
  const organisations = await db.selectFrom('organisation').select(['id', 'code']).execute();
  const idOf = new Map(organisations.map((o) => [o.code, o.id]));
  const jobCentreId = idOf.get('jobcenter-kbh');
  if (!jobCentreId || DEMO_PLAN.some((p) => !idOf.has(p.code))) return;

  const rng = createRng(20_200_518);
  const courses = DEMO_PLAN.flatMap((plan) => planCourses(rng, plan, idOf.get(plan.code)!));
  await db.transaction().execute(async (tx) => {
    await ensureDefaultCodebook(tx);
    await seedCourses(tx, keys, jobCentreId, courses);
    await saveDemoReport(tx, PREVIOUS_REPORT_TITLE, PREVIOUS_PARAMETERS);
  });
  // Its own transaction, so it is saved after (newer than) the previous report.
  await db.transaction().execute((tx) => saveDemoReport(tx, SEED_003_REPORT_TITLE, SEED_003_PARAMETERS));
}

async function saveDemoReport(tx: Tx, title: string, parameters: ResolvedParameters): Promise<void> {
  const saved = await tx
    .selectFrom('outcomeReport')
    .select('id')
    .where('title', '=', title)
    .executeTakeFirst();
  if (!saved) await saveOutcomeReport(tx, { title, parameters, createdBy: DEMO_SEED_ACTOR.username });
}
