// The report schedule (issue 14): what the committee gets and when, with an owner who makes the report.
// The next due report of each line comes from its due dates and the packs that delivered it
// (committee.rules.ts), and is the owner's task (listCommitteeTasks). Changes are audited in their
// transaction (never the contents text).
import { todayInCopenhagen } from '../../../../shared/dates.ts';
import type {
  CommitteeTaskList,
  CreateScheduleInput,
  ScheduleEntry,
  UpdateScheduleInput,
} from '../../../../shared/committee/committee.schemas.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import type { Task } from '../../../../shared/courses/talk.schemas.ts';
import * as repo from '../committee.repository.ts';
import { committeeReportTask } from '../committee.rules.ts';
import { fieldError, notFound, scheduleEntry } from './committee-scope.ts';

export interface CommitteeOptions {
  /** Today in Copenhagen (tests pass a fixed day). */
  today?: string;
}

async function checkOwner(tx: Tx, ownerId: string): Promise<void> {
  const owners = await repo.listOwners(tx);
  if (!owners.some((o) => o.id === ownerId)) throw fieldError('ownerId', 'committee.owner');
}

async function readEntry(tx: Tx, id: string, today: string): Promise<ScheduleEntry> {
  const row = await repo.findScheduleLine(tx, id);
  if (!row) throw notFound();
  return scheduleEntry(row, await repo.deliveriesBySchedule(tx), today);
}

export async function createScheduleLine(
  ctx: Ctx,
  input: CreateScheduleInput,
  options: CommitteeOptions = {},
): Promise<ScheduleEntry> {
  const today = options.today ?? todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    await checkOwner(tx, input.ownerId);
    const id = await repo.insertScheduleLine(tx, {
      title: input.title.trim(),
      kind: input.kind,
      cadence: input.cadence,
      firstDueOn: input.firstDueOn,
      dueDates: input.cadence === 'dates' ? [...new Set(input.dueDates ?? [])] : [],
      contents: input.contents.trim(),
      ownerId: input.ownerId,
      createdBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'committee_report_schedule',
      entityId: id,
      criteria: { kind: input.kind, cadence: input.cadence, ownerId: input.ownerId },
    });
    return readEntry(tx, id, today);
  });
}

export async function updateScheduleLine(
  ctx: Ctx,
  id: string,
  input: UpdateScheduleInput,
  options: CommitteeOptions = {},
): Promise<ScheduleEntry> {
  const today = options.today ?? todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findScheduleLine(tx, id);
    if (!row) throw notFound();
    if (input.ownerId) await checkOwner(tx, input.ownerId);
    const cadence = input.cadence ?? row.cadence;
    const dueDates = cadence === 'dates' ? [...new Set(input.dueDates ?? row.dueDates)] : [];
    if (cadence === 'dates' && dueDates.length === 0) throw fieldError('dueDates', 'committee.due_dates');
    await repo.updateScheduleLine(tx, id, {
      ...(input.title !== undefined ? { title: input.title.trim() } : {}),
      ...(input.kind !== undefined ? { kind: input.kind } : {}),
      ...(input.firstDueOn !== undefined ? { firstDueOn: input.firstDueOn } : {}),
      ...(input.contents !== undefined ? { contents: input.contents.trim() } : {}),
      ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
      ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
      cadence,
      dueDates,
    });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'committee_report_schedule',
      entityId: id,
      criteria: {
        fields: Object.keys(input).sort(),
        ownerId: input.ownerId ?? row.ownerId,
        isActive: input.isActive ?? row.isActive,
      },
    });
    return readEntry(tx, id, today);
  });
}

/** The next due report of each active schedule line the user owns, earliest first (in the caller's tx). */
async function dueReportsOfOwner(tx: Tx, userId: string, today: string): Promise<CommitteeTaskList['items']> {
  const rows = await repo.listSchedule(tx, { ownerId: userId, activeOnly: true });
  const deliveries = await repo.deliveriesBySchedule(tx);
  return rows
    .map((row) => scheduleEntry(row, deliveries, today))
    .filter((entry) => entry.nextDueOn !== null)
    .map((entry) => ({
      scheduleId: entry.id,
      title: entry.title,
      kind: entry.kind,
      dueOn: entry.nextDueOn!,
      overdue: entry.overdue,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
}

/**
 * The signed-in user's committee tasks: the next due report of each active schedule line they own,
 * earliest first. Shown on the start page of those who make the reports (committee.manage); the same
 * reports are in their task list of /api/tasks (listCommitteeReportTasks).
 */
export async function listCommitteeTasks(
  ctx: Ctx,
  options: CommitteeOptions = {},
): Promise<CommitteeTaskList> {
  const today = options.today ?? todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const items = await dueReportsOfOwner(tx, ctx.actor.userId, today);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'committee_task',
      criteria: { tasks: items.length },
    });
    return { today, items };
  });
}

/**
 * The owner's next due committee reports as tasks of the task list (/api/tasks, talks module): due on the
 * report's due date, no citizen. The task list audits its own read.
 */
export async function listCommitteeReportTasks(ctx: Ctx, options: CommitteeOptions = {}): Promise<Task[]> {
  const today = options.today ?? todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) =>
    (await dueReportsOfOwner(tx, ctx.actor.userId, today)).map(committeeReportTask),
  );
}
