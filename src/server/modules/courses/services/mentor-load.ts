// A provider's mentor load on a day (issue 14, the promise of a mentor ratio): how many of its courses run
// (started, not ended; aftercare not counted) and how many active users are mentor of one of them. Counts
// only, so it runs without the row scope; a provider user asks only about their own provider (else 404).
import { mayAccessProvider } from '../../../platform/access/provider-scope.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withAggregateTransaction, type Ctx } from '../../../platform/context.ts';
import { countMentorLoad } from '../mentor-load.repository.ts';

export async function getMentorLoad(
  ctx: Ctx,
  providerId: string,
  onDate: string,
): Promise<{ runningCourses: number; mentors: number }> {
  if (!mayAccessProvider(ctx.actor, providerId)) throw new AppError('NOT_FOUND', 'access.not_found');
  return withAggregateTransaction(ctx, (tx) => countMentorLoad(tx, providerId, onDate));
}
