// The budget frames' amounts of a year for other modules' reports (issue 13: the budget burn-down), in
// the caller's transaction: programme and øre only.
import type { Tx } from '../../platform/context.ts';
import { listFrames } from './budget.repository.ts';

export interface FrameAmount {
  programme: string;
  amountOre: number;
}

/** Every frame of the year (one per programme). */
export async function frameAmountsOfYear(tx: Tx, year: number): Promise<FrameAmount[]> {
  const rows = await listFrames(tx, { year });
  return rows.map((r) => ({ programme: r.programme, amountOre: Number(r.amountOre) }));
}
