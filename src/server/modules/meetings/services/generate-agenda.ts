// Generates a meeting's agenda from the provider's current figures (issue 14) and keeps it with the
// meeting as a snapshot. The figures come from the other modules' services (each reads and audits in its
// own transaction, under the caller's scope); a figure a service cannot give (e.g. no frame for the year)
// makes its section unavailable. The snapshot is written and audited in one transaction.
import { AppError } from '../../../../shared/errors.ts';
import type { AgendaFairnessRow, AgendaItem } from '../../../../shared/meetings/agenda.schemas.ts';
import type { Meeting } from '../../../../shared/meetings/meeting.schemas.ts';
import { withActorTransaction, withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { getFairness, getOutcomes } from '../../outcomes/outcome.service.ts';
import { getCapacity } from '../../budgets/budget.service.ts';
import { occupancyOf } from '../../referrals/referral.service.ts';
import { getBilling } from '../../courses/billing.service.ts';
import { getTalkFollowUp } from '../../talks/talk.service.ts';
import { getFollowUpMeasures } from '../../talks/activation-measures.service.ts';
import { comparePromisesOfProvider } from '../../agreements/agreement-promise.service.ts';
import * as repo from '../meeting.repository.ts';
import { agendaPeriod, buildAgenda, type AgendaFacts, type Rate } from '../agenda.rules.ts';
import { percentOf } from '../meeting.rules.ts';
import { countComplaintsForAgenda } from './manage-complaints.ts';
import { readMeeting, toAction } from './manage-meetings.ts';
import { todayInCopenhagen as today } from '../../../../shared/dates.ts';
import { requireManage, requireMeetingInScope } from './meeting-scope.ts';

/** The figure, or null when the module refuses to give it (an AppError: no data, not in scope). */
async function orNull<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

const rateOf = (count: number, of: number): Rate => ({ count, of, percent: percentOf(count, of) });

type OutcomeRow = { providerCode: string | null; completed: number; ratePercent: number | null };

function outcomeRate<R extends OutcomeRow>(
  rows: readonly R[],
  code: string | null,
  count: (row: R) => number,
): Rate {
  const row = rows.find((r) => code !== null && r.providerCode === code);
  return row ? { count: count(row), of: row.completed, percent: row.ratePercent } : rateOf(0, 0);
}

async function outcomesFacts(ctx: Ctx, code: string | null, from: string, to: string) {
  const report = await orNull(() => getOutcomes(ctx, { from, to }));
  if (!report) return null;
  const total = (row: OutcomeRow, count: number): Rate => ({
    count,
    of: row.completed,
    percent: row.ratePercent,
  });
  return {
    exit: outcomeRate(report.exit.rows, code, (r) => r.jobOrEducation),
    placement: outcomeRate(report.placement.rows, code, (r) => r.placed),
    plan: outcomeRate(report.plan.rows, code, (r) => r.withPlan),
    totals: {
      exit: total(report.exit.total, report.exit.total.jobOrEducation),
      placement: total(report.placement.total, report.placement.total.placed),
      plan: total(report.plan.total, report.plan.total.withPlan),
    },
  };
}

/**
 * The provider's rows of the fair comparison for the period (outcomes module, which scopes a provider user
 * to its own row): one per result table in which the provider has a row; empty when it has none.
 */
async function fairnessFacts(
  ctx: Ctx,
  code: string | null,
  from: string,
  to: string,
): Promise<AgendaFairnessRow[] | null> {
  const report = await orNull(() => getFairness(ctx, { from, to }));
  if (!report) return null;
  const tables = [
    ['exit', report.exit],
    ['placement', report.placement],
    ['plan', report.plan],
  ] as const;
  return tables.flatMap(([table, { rows }]) =>
    rows
      .filter((r) => code !== null && r.providerCode === code)
      .map((r) => ({
        table,
        courses: r.courses,
        observed: r.observed,
        expected: r.expected,
        oe: r.oe,
        label: r.label,
      })),
  );
}

/** Seed 004's timeliness of activation and internship-or-progression share for the provider's rows. */
async function measureFacts(ctx: Ctx, providerId: string, from: string, to: string) {
  const measures = await orNull(() => getFollowUpMeasures(ctx, { from, to }));
  if (!measures) return null;
  const rows = measures.rows.filter((r) => r.providerId === providerId);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const { comparison, total } = measures;
  return {
    activation: rateOf(
      sum((r) => r.activation.timely),
      sum((r) => r.activation.due),
    ),
    outreach: rateOf(
      sum((r) => r.outreach.reached),
      sum((r) => r.outreach.citizens),
    ),
    totals: {
      activation: rateOf(comparison.timely, comparison.due),
      outreach: rateOf(total.outreach.reached, total.outreach.citizens),
    },
  };
}

async function talkFacts(ctx: Ctx, providerId: string, from: string, to: string) {
  const followUp = await orNull(() => getTalkFollowUp(ctx, { from, to }));
  if (!followUp) return null;
  const rows = followUp.rows.filter((r) => r.providerId === providerId);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const [called, held, timely] = [sum((r) => r.called), sum((r) => r.held), sum((r) => r.timely)];
  const all = followUp.comparison;
  return {
    measures: await measureFacts(ctx, providerId, from, to),
    called,
    timeliness: rateOf(timely, held),
    attendance: rateOf(held, called),
    totals: {
      timeliness: rateOf(all.timeliness.numerator, all.timeliness.denominator),
      attendance: rateOf(all.attendance.numerator, all.attendance.denominator),
    },
  };
}

async function capacityFacts(ctx: Ctx, providerId: string, onDate: string) {
  const year = Number(onDate.slice(0, 4));
  const view = await orNull(() => getCapacity(ctx, { year, providerId }));
  if (!view?.frame) return null;
  // The use today, as the referral flow counts it (referrals module): running courses and pending
  // referrals against the places the year's frames buy at the provider.
  const use = await withAggregateTransaction(ctx, (tx) => occupancyOf(tx, [providerId], onDate));
  const occupancy = use.get(providerId);
  return {
    year,
    shareOre: view.total.shareOre,
    citizensPerYear: view.total.citizensPerYear,
    concurrentTenths: view.total.concurrentTenths,
    use: occupancy ? { onDate, occupied: occupancy.occupied, places: occupancy.places } : null,
  };
}

async function billingFacts(ctx: Ctx, providerId: string, from: string, to: string) {
  const view = await orNull(() =>
    getBilling(ctx, { from: from.slice(0, 7), to: to.slice(0, 7), providerId }),
  );
  if (!view) return null;
  const own = view.providerTotals.find((p) => p.providerId === providerId);
  return own
    ? { totalOre: own.totalOre, weeks: own.programme.weeks + own.aftercare.weeks }
    : { totalOre: 0, weeks: 0 };
}

export async function generateAgenda(ctx: Ctx, meetingId: string): Promise<Meeting> {
  const onDate = today();
  const { from, to } = agendaPeriod(onDate);
  const meeting = await withActorTransaction(ctx, async (tx) => {
    const found = await requireMeetingInScope(tx, ctx.actor, meetingId);
    requireManage(ctx.actor);
    const provider = await repo.findProvider(tx, found.providerId);
    const actions = await repo.listOpenActionsOfProvider(tx, found.providerId);
    const complaints = await countComplaintsForAgenda(tx, found.providerId, from, to);
    return { ...found, code: provider?.code ?? null, actions, complaints };
  });
  const providerId = meeting.providerId;
  const actions: AgendaItem[] = meeting.actions.map((row) => {
    const action = toAction(row, onDate);
    return { text: action.text, ownerName: action.owner.name, dueOn: action.dueOn, overdue: action.overdue };
  });
  const facts: AgendaFacts = {
    today: onDate,
    from,
    to,
    outcomes: await outcomesFacts(ctx, meeting.code, from, to),
    fairness: await fairnessFacts(ctx, meeting.code, from, to),
    talks: await talkFacts(ctx, providerId, from, to),
    capacity: await capacityFacts(ctx, providerId, onDate),
    billing: await billingFacts(ctx, providerId, from, to),
    actions,
    complaints: meeting.complaints,
    // What the provider promised in its bid or agreement against what indsats records today.
    promises: await orNull(() => comparePromisesOfProvider(ctx, providerId, { today: onDate })),
  };
  const agenda = buildAgenda(facts);
  return withActorTransaction(ctx, async (tx) => {
    await repo.setAgenda(tx, meetingId, agenda, onDate);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'provider_meeting',
      entityId: meetingId,
      criteria: {
        providerId,
        agenda: { from, to, unavailable: agenda.sections.filter((s) => !s.available).map((s) => s.key) },
      },
    });
    return readMeeting(tx, ctx, (await repo.findMeeting(tx, meetingId))!);
  });
}
