// The follow-up page's measures from seed 004 besides job talks: timeliness of activation (rettidighed i
// aktivering, LAB § 102) per provider and programme against all activity-ready citizens aged 30 or over,
// and the outreach measure (internship or documented progression). Counts only, in an aggregate
// transaction like the job-talk follow-up; a provider user gets their own provider's rows (the comparison
// is counts over everyone).
import { ageOn, todayInCopenhagen } from '../../../shared/dates.ts';
import type {
  ActivationCounts,
  FollowUpMeasures,
  MeasuresRow,
  OutreachCounts,
} from '../../../shared/courses/activation-measures.schemas.ts';
import type { FollowUpQuery } from '../../../shared/courses/talk.schemas.ts';
import { parseCpr } from '../../../shared/cpr.ts';
import { decrypt } from '../../platform/crypto/keys.ts';
import { withAggregateTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import { auditAction } from '../../platform/audit/audit-request.ts';
import { unpackWeeklyCodes } from '../../platform/db/register-codes.ts';
import * as repo from './activation-measures.repository.ts';
import {
  ACTIVATION_RULES,
  addActivationCounts,
  countActivation,
  judgeActivation,
  registerRunsOfCodes,
  type ActivationOffer,
  type CountedObligation,
} from './activation-timeliness.rules.ts';
import { addOutreachCounts, countOutreach, EXPECTED_OUTREACH_PERCENT } from './outreach-measure.rules.ts';
import type { OutreachCourse } from './outreach-measure.rules.ts';
import { benefitPeriodStart, latestCourseStart } from './talk.rules.ts';

/** Seed 004 compares with all activity-ready citizens aged 30 or over. */
export const ACTIVATION_COMPARISON_MIN_AGE = 30;

/** The period: deadlines (and courses) from `from` to `to`; by default this year until today. */
function period(query: FollowUpQuery): { from: string; to: string } {
  const to = query.to ?? todayInCopenhagen();
  const from = query.from ?? `${to.slice(0, 4)}-01-01`;
  return { from, to: from > to ? from : to };
}

type Course = Awaited<ReturnType<typeof repo.listMeasureCourses>>[number];

interface Group {
  course: Course;
  obligations: CountedObligation[];
  outreach: OutreachCourse[];
}

const groupKey = (course: Pick<Course, 'providerId' | 'tenderAreaId'>) =>
  `${course.providerId}/${course.tenderAreaId ?? ''}`;

function byCitizen<T extends { citizenId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.citizenId, [...(map.get(row.citizenId) ?? []), row]);
  return map;
}

async function computeMeasures(ctx: Ctx, tx: Tx, from: string, to: string): Promise<FollowUpMeasures> {
  const asOf = [to, todayInCopenhagen()].sort()[0]!;
  const ownProvider = ctx.actor.organisationKind === 'provider' ? ctx.actor.organisationId : null;
  const citizens = await repo.listActivationCitizens(tx, to);
  const benefitCodes = citizens.some((c) => c.weeklyCodes)
    ? new Set(await repo.listAllBenefitCodes(tx))
    : new Set<string>();
  const offers = byCitizen<ActivationOffer & { citizenId: string }>(await repo.listActivationOffers(tx, to));
  const allCourses = await repo.listMeasureCourses(tx, to);
  const courses = byCitizen(allCourses);
  const groups = new Map<string, Group>();
  const groupOf = (course: Course) => {
    const key = groupKey(course);
    const group = groups.get(key) ?? { course, obligations: [], outreach: [] };
    groups.set(key, group);
    return group;
  };
  const comparison: CountedObligation[] = [];

  for (const citizen of citizens) {
    const own = courses.get(citizen.citizenId) ?? [];
    const register =
      citizen.weeklyCodes && citizen.firstWeekMonday
        ? {
            runs: registerRunsOfCodes(citizen.firstWeekMonday, unpackWeeklyCodes(citizen.weeklyCodes)),
            benefitCodes,
          }
        : null;
    const benefitPeriod = benefitPeriodStart(
      { firstRequestOn: citizen.firstRequestOn, register, courseStartsOn: latestCourseStart(own, asOf) },
      asOf,
    );
    // No recorded request, no benefit run in the register and no course: the period is not known.
    if (!benefitPeriod) continue;
    const judged = judgeActivation(benefitPeriod.startsOn, offers.get(citizen.citizenId) ?? [], asOf);
    if (judged.status === null || judged.deadline < from || judged.deadline > to) continue;
    const counted = { status: judged.status, derived: benefitPeriod.source !== 'recorded' };
    // The programme had the citizen while the obligation ran: a course overlapping the period up to the deadline.
    const keys = new Set<string>();
    for (const course of own) {
      const overlaps =
        course.startsOn <= judged.deadline &&
        (course.endsOn === null || course.endsOn >= benefitPeriod.startsOn);
      if (!overlaps || (ownProvider !== null && course.providerId !== ownProvider)) continue;
      if (keys.has(groupKey(course))) continue;
      keys.add(groupKey(course));
      groupOf(course).obligations.push(counted);
    }
    if (citizen.activityReady) {
      // The CPR number is decrypted here only to read the birth date; it never leaves this function.
      const parsed = parseCpr(decrypt(ctx.keys, citizen.cprEncrypted), '9999-12-31');
      if (parsed.ok && ageOn(parsed.birthDate, judged.deadline) >= ACTIVATION_COMPARISON_MIN_AGE) {
        comparison.push(counted);
      }
    }
  }

  const courseById = new Map(allCourses.map((c) => [c.courseId, c]));
  for (const row of await repo.listOutreachCourses(tx, from, to)) {
    const course = courseById.get(row.courseId);
    if (!course || (ownProvider !== null && course.providerId !== ownProvider)) continue;
    groupOf(course).outreach.push(row);
  }

  const rows: MeasuresRow[] = [...groups.values()].map(({ course, obligations, outreach }) => ({
    providerId: course.providerId,
    providerName: course.providerName,
    tenderAreaId: course.tenderAreaId,
    programmeName: course.programmeName,
    tenderName: course.tenderName,
    activation: countActivation(obligations),
    outreach: countOutreach(outreach),
  }));
  rows.sort(
    (a, b) =>
      a.providerName.localeCompare(b.providerName, 'da') ||
      (a.programmeName ?? '').localeCompare(b.programmeName ?? '', 'da') ||
      (a.tenderName ?? '').localeCompare(b.tenderName ?? '', 'da'),
  );
  return {
    from,
    to,
    rows,
    total: {
      activation: addActivationCounts(rows.map((r) => r.activation)) satisfies ActivationCounts,
      outreach: addOutreachCounts(rows.map((r) => r.outreach)) satisfies OutreachCounts,
    },
    comparison: countActivation(comparison),
    rules: ACTIVATION_RULES.map(({ validFrom, source }) => ({ validFrom, source })),
    expectedOutreachPercent: EXPECTED_OUTREACH_PERCENT,
  };
}

/** Timeliness of activation and the outreach measure per provider and programme (followup.read). */
export async function getFollowUpMeasures(ctx: Ctx, query: FollowUpQuery = {}): Promise<FollowUpMeasures> {
  const { from, to } = period(query);
  return withAggregateTransaction(ctx, async (tx) => {
    const result = await computeMeasures(ctx, tx, from, to);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'followup_measure_statistics',
      criteria: { from, to, rows: result.rows.length },
    });
    return result;
  });
}
