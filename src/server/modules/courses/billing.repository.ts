// The billing part's SQL: the courses with weeks in a period, their agreements with prices, and the
// providers. Functions take a transaction and return plain rows; scope is decided by the service (and,
// for provider users, by row-level security on course and citizen).
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../platform/db/schema.ts';
import { parseTuples, selectTupleText, type TupleText } from '../../platform/db/tuples.ts';
import type { BillableCourse, BillingAgreement } from './billing.rules.ts';
import type { PauseSpan } from './billing-pauses.rules.ts';
import type { BillingAgreementRef } from '../../../shared/courses/billing.schemas.ts';

type Runner = Kysely<DatabaseSchema>;

export async function listProviders(db: Runner, providerId?: string) {
  let query = db.selectFrom('organisation').select(['id', 'name', 'code']).where('kind', '=', 'provider');
  if (providerId) query = query.where('id', '=', providerId);
  return query.orderBy('name').execute();
}

/**
 * Courses with a programme or aftercare stretch that may have a week starting in [fromDate, toDate]:
 * it started by the period's end and had not ended before the period began. By start.
 */
export async function listBillableCourses(db: Runner, filter: BillableFilter): Promise<BillableCourse[]> {
  return billableCoursesOf(await readBillableCourses(db, filter));
}

type BillableFilter = { fromDate: string; toDate: string; providerId?: string | undefined };

const BILLABLE_COLUMNS = [
  'id',
  'providerId',
  'agreementId',
  'startsOn',
  'endsOn',
  'aftercareStartsOn',
  'aftercareEndsOn',
] as const;
type BillableRow = [string, string, string | null, string, string | null, string | null, string | null];

/** listBillableCourses's reading, its courses not yet split (a report splits them while it waits). */
export interface BillableCourseText {
  courses: TupleText;
  pauses: (PauseSpan & { courseId: string })[];
}

/**
 * listBillableCourses's two queries: the courses as one text (platform/db/tuples.ts), and their pauses.
 * `unordered` for a report that only sums the amounts: sorting 100,000 courses costs a third of reading them.
 */
export async function readBillableCourses(
  db: Runner,
  filter: BillableFilter,
  options: { unordered?: boolean } = {},
): Promise<BillableCourseText> {
  const courses = await selectTupleText(
    db,
    billableCourseQuery(db, filter).select(BILLABLE_COLUMNS),
    Object.fromEntries(BILLABLE_COLUMNS.map((column) => [column, 'text'] as const)),
    options.unordered ? [] : ['startsOn', 'id'],
  );
  // Issue 14: the pauses of these courses whose kind their agreement excludes from payment (usually none).
  const pauses = await db
    .selectFrom('coursePause as p')
    .innerJoin('course as c', 'c.id', 'p.courseId')
    .innerJoin('agreementPauseExclusion as x', (join) =>
      join.onRef('x.agreementId', '=', 'c.agreementId').onRef('x.pauseKind', '=', 'p.kind'),
    )
    .select(['p.courseId', 'p.kind', 'p.fromDate', 'p.toDate'])
    .where('p.courseId', 'in', billableCourseQuery(db, filter).select('id'))
    .where('p.fromDate', '<=', filter.toDate)
    .orderBy('p.fromDate')
    .execute();
  return { courses, pauses };
}

/** The courses of readBillableCourses, split, each with its pauses. */
export function billableCoursesOf({ courses: text, pauses }: BillableCourseText): BillableCourse[] {
  const courses: BillableCourse[] = parseTuples<BillableRow>(text).map(
    ([id, providerId, agreementId, startsOn, endsOn, aftercareStartsOn, aftercareEndsOn]) => ({
      id,
      providerId,
      agreementId,
      startsOn,
      endsOn,
      aftercareStartsOn,
      aftercareEndsOn,
    }),
  );
  if (pauses.length === 0) return courses;
  const byCourse = new Map<string, PauseSpan[]>();
  for (const { courseId, ...pause } of pauses) {
    byCourse.set(courseId, [...(byCourse.get(courseId) ?? []), pause]);
  }
  return courses.map((c) => (byCourse.has(c.id) ? { ...c, pauses: byCourse.get(c.id)! } : c));
}

/** The agreements of the courses that may bill in the filter's period (a few, however many courses). */
export async function agreementIdsOfBillableCourses(db: Runner, filter: BillableFilter): Promise<string[]> {
  const rows = await db
    .selectFrom(billableCourseQuery(db, filter).select('agreementId').distinct().as('q'))
    .select('q.agreementId')
    .where('q.agreementId', 'is not', null)
    .execute();
  return rows.map((r) => r.agreementId!);
}

function billableCourseQuery(db: Runner, filter: BillableFilter) {
  let query = db
    .selectFrom('course')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('startsOn', '<=', filter.toDate),
          eb.or([eb('endsOn', 'is', null), eb('endsOn', '>=', filter.fromDate)]),
        ]),
        eb.and([
          eb('aftercareStartsOn', '<=', filter.toDate),
          eb.or([eb('aftercareEndsOn', 'is', null), eb('aftercareEndsOn', '>=', filter.fromDate)]),
        ]),
      ]),
    );
  if (filter.providerId) query = query.where('providerId', '=', filter.providerId);
  return query;
}

/** Names of the citizens of the given courses (a provider's own view; RLS limits what is seen). */
export async function citizensOfCourses(db: Runner, courseIds: readonly string[]) {
  if (courseIds.length === 0) return [];
  return db
    .selectFrom('course')
    .innerJoin('citizen', 'citizen.id', 'course.citizenId')
    .select(['course.id as courseId', 'citizen.id as citizenId', 'citizen.name as citizenName'])
    .where('course.id', 'in', [...courseIds])
    .execute();
}

/** The agreements with their prices, and how to name them. */
export async function loadAgreements(
  db: Runner,
  ids: readonly string[],
): Promise<{ agreement: BillingAgreement; ref: BillingAgreementRef }[]> {
  if (ids.length === 0) return [];
  const agreements = await db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
    .innerJoin('tender as t', 't.id', 'ta.tenderId')
    .select([
      'a.id',
      'a.status',
      'a.startsOn',
      'a.endsOn',
      't.name as tenderName',
      'ta.number as tenderAreaNumber',
      'ta.name as tenderAreaName',
    ])
    .where('a.id', 'in', [...ids])
    .execute();
  const prices = await db
    .selectFrom('agreementPrice')
    .select(['id', 'agreementId', 'priceKind', 'validFrom', 'validTo', 'weeklyOre'])
    .where('agreementId', 'in', [...ids])
    .orderBy('validFrom')
    .execute();
  // Issue 14: price indexations and the pause kinds excluded from payment.
  const indexations = await db
    .selectFrom('agreementPriceIndexation')
    .select(['agreementId', 'effectiveFrom', 'basisPoints'])
    .where('agreementId', 'in', [...ids])
    .orderBy('effectiveFrom')
    .execute();
  const exclusions = await db
    .selectFrom('agreementPauseExclusion')
    .select(['agreementId', 'pauseKind'])
    .where('agreementId', 'in', [...ids])
    .orderBy('pauseKind')
    .execute();
  return agreements.map((a) => ({
    agreement: {
      id: a.id,
      status: a.status,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      prices: prices
        .filter((p) => p.agreementId === a.id)
        .map((p) => ({
          id: p.id,
          priceKind: p.priceKind,
          validFrom: p.validFrom,
          validTo: p.validTo,
          weeklyOre: Number(p.weeklyOre),
        })),
      indexations: indexations
        .filter((i) => i.agreementId === a.id)
        .map((i) => ({ effectiveFrom: i.effectiveFrom, basisPoints: i.basisPoints })),
      excludedPauseKinds: exclusions.filter((x) => x.agreementId === a.id).map((x) => x.pauseKind),
    },
    ref: {
      id: a.id,
      tenderName: a.tenderName,
      tenderAreaNumber: a.tenderAreaNumber,
      tenderAreaName: a.tenderAreaName,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
    },
  }));
}
