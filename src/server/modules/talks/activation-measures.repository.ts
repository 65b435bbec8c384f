// The SQL of the follow-up measures (activation-measures.service.ts): the facts of timeliness of activation
// (citizens, their offers, their courses) and of the outreach measure (per course, the first internship and
// the first documented progression). Plain rows; the rules decide (activation-timeliness.rules.ts,
// outreach-measure.rules.ts). Counting per course happens in the database, so a large register stays there.
import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

/**
 * Citizens the measure may count: activity-ready ones (the comparison) and those with a course begun by
 * `to` (the programme). The register's weeks come along only when no first request is recorded: then they
 * tell the benefit period's start.
 */
export async function listActivationCitizens(db: Runner, to: string) {
  return db
    .selectFrom('citizen')
    .leftJoin('citizenCircumstance', 'citizenCircumstance.citizenId', 'citizen.id')
    .leftJoin('registerPerson', (join) =>
      join
        .onRef('registerPerson.personHash', '=', 'citizen.cprHash')
        .on('citizenCircumstance.firstRequestOn', 'is', null),
    )
    .select([
      'citizen.id as citizenId',
      'citizen.cprEncrypted',
      'citizenCircumstance.activityReady',
      'citizenCircumstance.firstRequestOn',
      'registerPerson.firstWeekMonday',
      'registerPerson.weeklyCodes',
    ])
    .where((eb) =>
      eb.or([
        eb('citizenCircumstance.activityReady', '=', true),
        eb.exists(
          eb
            .selectFrom('course')
            .select(sql`1`.as('one'))
            .whereRef('course.citizenId', '=', 'citizen.id')
            .where('course.startsOn', '<=', to),
        ),
      ]),
    )
    .execute();
}

/** The codes the codebook counts as a benefit (a week on one of them belongs to a benefit period). */
export async function listAllBenefitCodes(db: Runner): Promise<string[]> {
  const rows = await db.selectFrom('registerCode').select('code').where('category', '=', 'benefit').execute();
  return rows.map((r) => r.code);
}

/**
 * Offers that may count, begun by `to`: placements as internship (kap. 11) or wage subsidy (kap. 12), and
 * courses whose referral decided an internship offer (kap. 11). Guidance offers never count (§ 102, stk. 6).
 */
export async function listActivationOffers(db: Runner, to: string) {
  const placements = await db
    .selectFrom('placement')
    .select(['citizenId', 'kind', 'startsOn', 'endsOn'])
    .where('kind', 'in', ['internship', 'wage_subsidy'])
    .where('startsOn', '<=', to)
    .execute();
  const courses = await db
    .selectFrom('course')
    .innerJoin('referral', 'referral.id', 'course.referralId')
    .select(['course.citizenId', 'course.startsOn', 'course.endsOn'])
    .where('referral.offerType', '=', 'internship')
    .where('course.startsOn', '<=', to)
    .execute();
  return [
    ...placements.map((p) => ({
      citizenId: p.citizenId,
      kind: p.kind === 'wage_subsidy' ? ('wage_subsidy' as const) : ('internship' as const),
      startsOn: p.startsOn,
      endsOn: p.endsOn,
    })),
    ...courses.map((c) => ({ ...c, kind: 'internship' as const })),
  ];
}

/** Courses begun by `to`, with their provider and programme (the tender area of the course's agreement). */
export async function listMeasureCourses(db: Runner, to: string) {
  return db
    .selectFrom('course')
    .innerJoin('organisation as provider', 'provider.id', 'course.providerId')
    .leftJoin('frameworkAgreement', 'frameworkAgreement.id', 'course.agreementId')
    .leftJoin('tenderArea', 'tenderArea.id', 'frameworkAgreement.tenderAreaId')
    .leftJoin('tender', 'tender.id', 'tenderArea.tenderId')
    .select([
      'course.id as courseId',
      'course.citizenId',
      'course.startsOn',
      'course.endsOn',
      'course.providerId',
      'provider.name as providerName',
      'tenderArea.id as tenderAreaId',
      'tenderArea.name as programmeName',
      'tender.name as tenderName',
    ])
    .where('course.startsOn', '<=', to)
    .execute();
}

/**
 * Courses running at some time in the period, each with the first internship the citizen began during it
 * (by the period's end) and the first progression the provider documented on it (by the period's end).
 */
export async function listOutreachCourses(db: Runner, from: string, to: string) {
  return db
    .selectFrom('course')
    .select((eb) => [
      'course.id as courseId',
      'course.citizenId',
      'course.providerId',
      eb
        .selectFrom('placement')
        .select((p) => p.fn.min('placement.startsOn').as('first'))
        .whereRef('placement.citizenId', '=', 'course.citizenId')
        .where('placement.kind', '=', 'internship')
        .whereRef('placement.startsOn', '>=', 'course.startsOn')
        .where('placement.startsOn', '<=', to)
        .where((w) =>
          w.or([w('course.endsOn', 'is', null), w('placement.startsOn', '<=', w.ref('course.endsOn'))]),
        )
        .as('firstInternshipOn'),
      eb
        .selectFrom('courseEntry')
        .select((e) => e.fn.min('courseEntry.entryOn').as('first'))
        .whereRef('courseEntry.courseId', '=', 'course.id')
        .where('courseEntry.kind', '=', 'progression')
        .where('courseEntry.entryOn', '<=', to)
        .as('firstProgressionOn'),
    ])
    .where('course.startsOn', '<=', to)
    .where((eb) => eb.or([eb('course.endsOn', 'is', null), eb('course.endsOn', '>=', from)]))
    .execute();
}
