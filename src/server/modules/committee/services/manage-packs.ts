// Committee packs (udvalgspakker, issue 14): made from saved outcome reports (their figures copied into the
// pack) and the budget status frozen when the pack is made, with the case presentation's standard text.
// The database refuses any change of a pack afterwards, so its Word and PDF files can be made again with
// the same content; the committee's decision is recorded once. Packs hold aggregates only.
import { AppError } from '../../../../shared/errors.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import type {
  CommitteeOverview,
  CreatePackInput,
  DecisionInput,
  Pack,
} from '../../../../shared/committee/committee.schemas.ts';
import type { BudgetStatusView } from '../../../../shared/payments/payment.schemas.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { getOutcomeReport, listOutcomeReports } from '../../outcomes/outcome.service.ts';
import { getBudgetStatus } from '../../payments/payment.service.ts';
import * as repo from '../committee.repository.ts';
import { canManage, fieldError, notFound, scheduleEntry } from './committee-scope.ts';
import type { CommitteeOptions } from './manage-schedule.ts';
import { keyFigures, type FrozenReport, type PackInputs } from './pack-document.ts';

/** The committee page: the schedule with what is due, the packs, and what a new pack can be made from. */
export async function getCommitteeOverview(
  ctx: Ctx,
  options: CommitteeOptions = {},
): Promise<CommitteeOverview> {
  const today = options.today ?? todayInCopenhagen();
  const manage = canManage(ctx);
  // Saved reports come from the outcomes module (its own transaction and audit row).
  const saved = manage ? (await listOutcomeReports(ctx)).items : [];
  return withActorTransaction(ctx, async (tx) => {
    const deliveries = await repo.deliveriesBySchedule(tx);
    const schedule = (await repo.listSchedule(tx)).map((row) => scheduleEntry(row, deliveries, today));
    const packs = await repo.listPacks(tx);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'committee_pack',
      criteria: { list: true, packs: packs.length, schedule: schedule.length },
    });
    return {
      today,
      schedule,
      packs: packs.map(packSummary),
      reports: saved.map((r) => ({ id: r.id, title: r.title, createdAt: r.createdAt, totals: r.totals })),
      owners: manage ? await repo.listOwners(tx) : [],
      canManage: manage,
    };
  });
}

function packSummary(row: Awaited<ReturnType<typeof repo.listPacks>>[number]) {
  return {
    id: row.id,
    title: row.title,
    caseNumber: row.caseNumber,
    meetingOn: row.meetingOn,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    hasDecision: row.hasDecision,
  };
}

/** A saved report's figures as the pack keeps them; an unknown report is a field error. */
async function freezeReport(ctx: Ctx, id: string, field: string): Promise<FrozenReport> {
  try {
    const report = await getOutcomeReport(ctx, id);
    return {
      id: report.id,
      title: report.title,
      createdAt: report.createdAt,
      definitionVersion: report.definitionVersion,
      results: report.results,
    };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw fieldError(field, 'committee.report');
    throw error;
  }
}

export async function createPack(
  ctx: Ctx,
  input: CreatePackInput,
  options: CommitteeOptions = {},
): Promise<{ id: string }> {
  const today = options.today ?? todayInCopenhagen();
  const current = await freezeReport(ctx, input.reportId, 'reportId');
  const previous = input.previousReportId
    ? await freezeReport(ctx, input.previousReportId, 'previousReportId')
    : null;
  const budgetStatus = await getBudgetStatus(ctx, { year: Number(input.budgetYear) }, { today });
  return withActorTransaction(ctx, async (tx) => {
    const scheduleIds = [...new Set(input.scheduleIds ?? [])];
    const known = new Set((await repo.listSchedule(tx)).map((row) => row.id));
    if (scheduleIds.some((id) => !known.has(id))) {
      throw fieldError('scheduleIds', 'committee.schedule_unknown');
    }
    const id = await repo.insertPack(tx, {
      title: input.title.trim(),
      caseNumber: input.caseNumber?.trim() || null,
      meetingOn: input.meetingOn,
      reportId: current.id,
      previousReportId: previous?.id ?? null,
      reports: previous ? [current, previous] : [current],
      budgetYear: budgetStatus.year,
      budgetStatus,
      summary: input.summary.trim(),
      recommendation: input.recommendation.trim(),
      presentation: input.presentation.trim(),
      scheduleIds,
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'committee_pack',
      entityId: id,
      criteria: {
        meetingOn: input.meetingOn,
        reportId: current.id,
        previousReportId: previous?.id ?? null,
        budgetYear: budgetStatus.year,
        scheduleIds,
      },
    });
    return { id };
  });
}

/** The pack's frozen inputs and its decision, read in the caller's transaction. */
export async function readPackInputs(tx: Tx, id: string): Promise<{ row: repo.PackRow; inputs: PackInputs }> {
  const row = await repo.findPack(tx, id);
  if (!row) throw notFound();
  const decision = row.hasDecision ? await repo.findDecision(tx, id) : undefined;
  const reports = row.reports as FrozenReport[];
  const current = reports.find((r) => r.id === row.reportId)!;
  const previous = reports.find((r) => r.id === row.previousReportId) ?? null;
  return {
    row,
    inputs: {
      title: row.title,
      caseNumber: row.caseNumber,
      meetingOn: row.meetingOn,
      createdAt: row.createdAt,
      createdByName: row.createdByName,
      current,
      previous,
      budgetStatus: row.budgetStatus as BudgetStatusView,
      summary: row.summary,
      recommendation: row.recommendation,
      presentation: row.presentation,
      decision: decision ? { decidedOn: decision.decidedOn, decision: decision.decision } : null,
    },
  };
}

async function packView(tx: Tx, id: string): Promise<Pack> {
  const { row, inputs } = await readPackInputs(tx, id);
  const decision = row.hasDecision ? await repo.findDecision(tx, id) : undefined;
  return {
    ...packSummary(row),
    reportId: row.reportId,
    reportTitle: inputs.current.title,
    previousReportId: row.previousReportId,
    previousReportTitle: inputs.previous?.title ?? null,
    budgetYear: row.budgetYear,
    budgetStatus: inputs.budgetStatus,
    summary: row.summary,
    recommendation: row.recommendation,
    presentation: row.presentation,
    scheduleIds: row.scheduleIds,
    keyFigures: keyFigures(inputs.current.results, inputs.previous?.results ?? null),
    decision: decision
      ? {
          decidedOn: decision.decidedOn,
          decision: decision.decision,
          recordedBy: decision.recordedByName,
          recordedAt: decision.recordedAt.toISOString(),
        }
      : null,
  };
}

export async function getPack(ctx: Ctx, id: string): Promise<Pack> {
  return withActorTransaction(ctx, async (tx) => {
    const pack = await packView(tx, id);
    await auditAction(tx, ctx, { action: 'read', entityType: 'committee_pack', entityId: id });
    return pack;
  });
}

/**
 * Records the committee's decision on a pack; once recorded it stands (the same again changes nothing,
 * another answers INVALID_STATE).
 */
export async function recordDecision(ctx: Ctx, id: string, input: DecisionInput): Promise<Pack> {
  return withActorTransaction(ctx, async (tx) => {
    if (!(await repo.findPack(tx, id))) throw notFound();
    const inserted = await repo.insertDecision(tx, {
      packId: id,
      decidedOn: input.decidedOn,
      decision: input.decision.trim(),
      recordedBy: ctx.actor.userId,
    });
    if (!inserted) {
      // Recording the same decision again changes nothing; another decision is refused.
      const existing = await repo.findDecision(tx, id);
      if (existing?.decidedOn !== input.decidedOn || existing.decision !== input.decision.trim()) {
        throw new AppError('INVALID_STATE', 'committee.decision_exists');
      }
    }
    await auditAction(tx, ctx, {
      action: inserted ? 'create' : 'read',
      entityType: 'committee_pack_decision',
      entityId: id,
      criteria: { decidedOn: input.decidedOn },
    });
    return packView(tx, id);
  });
}
