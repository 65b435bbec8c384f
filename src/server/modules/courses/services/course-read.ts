// Reading courses: the list of the user's courses (an audited search), the course page (an audited
// read), the counts on a provider's start page, and the staff a mentor or caseworkers are chosen from.
import type {
  CourseCounts,
  CourseDetail,
  CourseList,
  CourseListQuery,
  Placement,
  StaffOptions,
  TreatmentReferral,
} from '../../../../shared/courses/course.schemas.ts';
import { hoursFromTenths } from '../../../../shared/courses/course.constants.ts';
import { formatCpr, looksLikeCpr } from '../../../../shared/cpr.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { decrypt } from '../../../platform/crypto/keys.ts';
import { cprLookupHash } from '../../citizens/citizen.service.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse, type CourseRow } from '../../../platform/access/course-access.ts';
import * as repo from '../course.repository.ts';
import * as placementRepo from '../placement.repository.ts';
import { nextStages, type Stage } from '../course.rules.ts';
import { internshipCheckOf } from '../placement.rules.ts';
import { courseStatusOf } from './course-shared.ts';
import { isProviderUser, isUserOfProvider } from '../../../platform/access/provider-scope.ts';

export async function listCourses(ctx: Ctx, input: Partial<CourseListQuery> = {}): Promise<CourseList> {
  const status = input.status ?? 'active';
  const page = input.page ?? 1;
  const q = input.q?.trim() ?? '';
  let citizen: repo.CitizenFilter = { kind: 'all' };
  // The criteria are logged as given, except a CPR number, which is logged as its keyed hash.
  let criteria: Record<string, unknown> = { status, page };
  if (q && looksLikeCpr(q)) {
    const cprHash = cprLookupHash(ctx.keys, q);
    citizen = cprHash ? { kind: 'cpr', cprHash } : { kind: 'none' };
    criteria = { ...criteria, cprHash: cprHash?.toString('hex') ?? 'invalid' };
  } else if (q) {
    citizen = { kind: 'name', text: q };
    criteria = { ...criteria, name: q };
  }
  return withActorTransaction(ctx, async (tx) => {
    const { rows, total } = await repo.listCourses(tx, ctx.actor, { status, citizen }, page);
    await auditAction(tx, ctx, {
      action: 'search',
      entityType: 'course',
      criteria: { ...criteria, resultCount: total },
      resultCitizenIds: [...new Set(rows.map((r) => r.citizenId))],
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        citizen: { id: r.citizenId, name: r.citizenName },
        provider: { id: r.providerId, name: r.providerName },
        stage: r.stage ?? null,
        mentor: r.mentorUserId ? { id: r.mentorUserId, name: r.mentorName ?? '' } : null,
        startsOn: r.startsOn,
        plannedEndsOn: r.plannedEndsOn,
        endsOn: r.endsOn,
        endReason: r.endReason,
        aftercareStartsOn: r.aftercareStartsOn,
        aftercarePlannedEndsOn: r.aftercarePlannedEndsOn,
        aftercareEndsOn: r.aftercareEndsOn,
      })),
      total,
      page,
      pageSize: repo.PAGE_SIZE,
    };
  });
}

/** How many of the user's courses run and how many are in aftercare: counts, no personal data. */
export async function countCourses(ctx: Ctx): Promise<CourseCounts> {
  return withActorTransaction(ctx, async (tx) => ({
    active: await repo.countCourses(tx, ctx.actor, 'active'),
    aftercare: await repo.countCourses(tx, ctx.actor, 'aftercare'),
  }));
}

export function toPlacement(row: placementRepo.PlacementRow): Placement {
  const draft = {
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    weeklyHoursTenths: row.weeklyHoursTenths,
    extensionBasis: row.extensionBasis,
    specialNeedExtensions: row.specialNeedExtensions,
    assessmentNote: row.assessmentNote,
  };
  return {
    id: row.id,
    courseId: row.courseId ?? '',
    company: { id: row.companyId, name: row.companyName, cvr: row.companyCvr },
    kind: row.kind,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    weeklyHours: row.weeklyHoursTenths === null ? null : hoursFromTenths(row.weeklyHoursTenths),
    extensionBasis: row.extensionBasis,
    specialNeedExtensions: row.specialNeedExtensions,
    assessmentNote: row.assessmentNote,
    internshipCheck: internshipCheckOf(draft),
  };
}

export function toTreatmentReferral(
  row: NonNullable<Awaited<ReturnType<typeof repo.findTreatmentReferral>>>,
): TreatmentReferral {
  return {
    id: row.id,
    courseId: row.courseId ?? '',
    referredOn: row.referredOn,
    outreachWorker: row.outreachWorker,
    outcome: row.outcome,
    outcomeOn: row.outcomeOn,
  };
}

/** The course page's content, in an open transaction (the caller audits). */
export async function loadCourseDetail(ctx: Ctx, tx: Tx, course: CourseRow): Promise<CourseDetail> {
  const row = (await repo.findCourseDetail(tx, course.id))!;
  const [caseworkers, stages, placements, treatmentReferrals] = await Promise.all([
    repo.listCaseworkers(tx, course.id),
    repo.listStages(tx, course.id),
    placementRepo.listPlacements(tx, ctx.keys, course.id),
    repo.listTreatmentReferrals(tx, course.id),
  ]);
  const status = courseStatusOf(row);
  const open = stages.filter((s) => s.endsOn === null).at(-1);
  const currentStage: Stage | null = open?.stage ?? stages.at(-1)?.stage ?? null;
  return {
    id: row.id,
    side: isProviderUser(ctx.actor) ? 'provider' : 'job_centre',
    status,
    citizen: {
      id: row.citizenId,
      name: row.citizenName,
      cpr: formatCpr(decrypt(ctx.keys, row.cprEncrypted)),
      district: row.district,
    },
    jobCentre: { id: row.jobCentreId, name: row.jobCentreName },
    provider: { id: row.providerId, name: row.providerName },
    agreement: row.agreementId ? { id: row.agreementId, tenderAreaName: row.tenderAreaName ?? '' } : null,
    referral:
      row.referralId && row.referredOn
        ? {
            id: row.referralId,
            referredOn: row.referredOn,
            outsideDistrict: row.outsideDistrict ?? false,
            outsideTargetGroup: row.outsideTargetGroup ?? false,
            offerType: row.offerType ?? null,
            offerFrom: row.offerFrom ?? null,
            offerTo: row.offerTo ?? null,
            informedOn: row.informedOn ?? null,
            citizenResponse: row.citizenResponse ?? null,
          }
        : null,
    mentor: row.mentorUserId ? { id: row.mentorUserId, name: row.mentorName ?? '' } : null,
    caseworkers,
    startsOn: row.startsOn,
    plannedEndsOn: row.plannedEndsOn,
    endsOn: row.endsOn,
    endReason: row.endReason,
    aftercareStartsOn: row.aftercareStartsOn,
    aftercarePlannedEndsOn: row.aftercarePlannedEndsOn,
    aftercareEndsOn: row.aftercareEndsOn,
    currentStage,
    nextStages: status === 'active' ? nextStages(open ? open.stage : null) : [],
    stages,
    placements: placements.map(toPlacement),
    treatmentReferrals: treatmentReferrals.map(toTreatmentReferral),
  };
}

export async function getCourse(ctx: Ctx, courseId: string): Promise<CourseDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const detail = await loadCourseDetail(ctx, tx, course);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'course',
      entityId: course.id,
      citizenId: course.citizenId,
    });
    return detail;
  });
}

const MENTOR_ROLES = new Set(['provider_staff', 'provider_lead']);

/**
 * Whom the user may choose: a provider's user the mentor among the provider's active staff, a job
 * centre's user the caseworkers among its active caseworkers. Only the user's own organisation's users.
 */
export async function getStaffOptions(ctx: Ctx, courseId: string): Promise<StaffOptions> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const users = await repo.listActiveUsers(tx, ctx.actor.organisationId);
    const pick = (roles: (role: string) => boolean) =>
      users.filter((u) => u.roles.some(roles)).map((u) => ({ id: u.id, name: u.name }));
    const isProvider = isUserOfProvider(ctx.actor, course.providerId);
    return {
      mentors: isProvider ? pick((role) => MENTOR_ROLES.has(role)) : [],
      caseworkers: isProvider ? [] : pick((role) => role === 'caseworker'),
    };
  });
}
