// Small shared pieces of the committee's use cases: refusals, the manage check and the views of rows.
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../../shared/errors.ts';
import type { ScheduleEntry } from '../../../../shared/committee/committee.schemas.ts';
import type { MessageKey } from '../../../../shared/messages.ts';
import { hasPermission } from '../../../../shared/permissions.ts';
import type { ScheduleRow } from '../committee.repository.ts';
import { dueReport } from '../committee.rules.ts';

export const notFound = () => new AppError('NOT_FOUND', 'access.not_found');

export function canManage(ctx: Ctx): boolean {
  return hasPermission(ctx.actor.roles, 'committee.manage');
}

/** A refusal of one field, with its message key (src/shared/committee/committee.messages.ts). */
export function fieldError(field: string, key: MessageKey): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', { fields: { [field]: key } });
}

export function scheduleEntry(
  row: ScheduleRow,
  deliveries: Map<string, string[]>,
  today: string,
): ScheduleEntry {
  const { nextDueOn, overdue } = row.isActive
    ? dueReport(row, deliveries.get(row.id) ?? [], today)
    : { nextDueOn: null, overdue: false };
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    cadence: row.cadence,
    firstDueOn: row.firstDueOn,
    dueDates: [...row.dueDates].sort(),
    contents: row.contents,
    owner: { id: row.ownerId, name: row.ownerName },
    isActive: row.isActive,
    nextDueOn,
    overdue,
  };
}
