// Pauses left out of billing (issue 14; docs/billing.md "Pauses"). Pure. A pause (illness, hospital stay,
// other) is recorded on the course; the course's agreement says which kinds are excluded from payment
// (none by default). A billed week is a 7-day block (billing.rules.ts), billed when it has started: one
// day of the stretch in the block is enough. Consistently, a block is left out only when EVERY day of it
// that the stretch counts (from the block's first day to its seventh, or to the stretch's end or today if
// that comes first) lies in excluded pauses. A pause of 1–6 days inside a block therefore leaves nothing
// out; a week partly paused is billed in full. Pauses apply to programme and aftercare blocks alike.
import { addDays, dayNumber, type IsoDate } from '../../../shared/dates.ts';
import { pauseDaysOf, pauseLeavingOutDays } from './billing-walk.rules.ts';
import type { PauseKind } from '../../../shared/courses/pause.constants.ts';

export interface PauseSpan {
  kind: PauseKind;
  fromDate: IsoDate;
  toDate: IsoDate;
}

/** The block's last counted day: its seventh day, or the stretch's last day (its end, or today) if earlier. */
export function blockLastDay(startsOn: IsoDate, stretchLastDay: IsoDate): IsoDate {
  const seventh = addDays(startsOn, 6);
  return seventh < stretchLastDay ? seventh : stretchLastDay;
}

/**
 * The kind of pause that leaves the block [startsOn, lastDay] out of billing (the kind covering its first
 * day), or null when some day of it is not in an excluded pause and the block is billed.
 */
export function pauseLeavingOut(
  startsOn: IsoDate,
  lastDay: IsoDate,
  pauses: readonly PauseSpan[],
  excluded: ReadonlySet<PauseKind>,
): PauseKind | null {
  // The rule counts on day numbers (billing-walk.rules.ts), as the billing walk calls it.
  return pauseLeavingOutDays(dayNumber(startsOn), dayNumber(lastDay), pauseDaysOf(pauses, excluded));
}
