// Places per provider: how many citizens at a time a year's budget frames buy at each provider, at
// the agreed prices (the capacity definitions of docs/budgets.md: concurrent citizens). The referral
// flow (courses module) compares it with the provider's active courses and pending referrals to warn
// that a provider is full. Frames are master data, not personal data: no audit here.
import type { Tx } from '../../../platform/context.ts';
import * as repo from '../budget.repository.ts';
import { loadAgreementPrices, planFrame } from './capacity.ts';

/**
 * Whole places per provider in `year`: the sum over every frame of the year of the provider's
 * concurrent citizens (tenths, rounded down at the end). A provider absent from the map is in no frame
 * of the year (capacity unknown, not zero); an empty map means the year has no frame.
 */
export async function concurrentPlacesByProvider(tx: Tx, year: number): Promise<Map<string, number>> {
  const frames = await repo.listFrames(tx, { year });
  const tenths = new Map<string, number>();
  for (const frame of frames) {
    const plan = planFrame(frame, await loadAgreementPrices(tx, frame));
    for (const row of plan.rows) {
      const providerId = row.agreement.providerId;
      tenths.set(providerId, (tenths.get(providerId) ?? 0) + (row.capacity?.concurrentTenths ?? 0));
    }
  }
  return new Map([...tenths].map(([providerId, t]) => [providerId, Math.floor(t / 10)]));
}

/**
 * Each provider's part of the year's budget frames, as the capacity page splits a frame shared by the
 * agreements of its tender area or tender (docs/budgets.md, "Splitting the frame": in proportion to the
 * days each agreement has a programme price in the year): the sum over the year's frames of the shares of
 * the provider's agreements. A provider absent from the map has no share of any frame of the year.
 */
export async function frameShareByProvider(tx: Tx, year: number): Promise<Map<string, number>> {
  const frames = await repo.listFrames(tx, { year });
  const shares = new Map<string, number>();
  for (const frame of frames) {
    const plan = planFrame(frame, await loadAgreementPrices(tx, frame));
    for (const row of plan.rows) {
      const providerId = row.agreement.providerId;
      shares.set(providerId, (shares.get(providerId) ?? 0) + row.shareOre);
    }
  }
  return shares;
}
