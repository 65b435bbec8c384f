// What the tender evaluation's service tests share (evaluation.service.test.ts and
// evaluation-decision.service.test.ts): the award model of the fixtures, a new tender with one area,
// two providers' bids, and the AppError a call is refused with.
import { expect } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/client.ts';
import { FIXTURE_SETUP, type FixtureBid } from './evaluation.fixtures.ts';

/** The error a call is refused with; the test fails when it succeeds or throws something else. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The fixtures' award model (80/20, points 0–10, proportional price, 40/40/20). */
export const SETUP = FIXTURE_SETUP;

/** A tender without an award model, with one area that selects one provider. */
export async function insertNewTender(db: Db): Promise<{ tenderId: string; areaId: string }> {
  const tender = await db
    .insertInto('tender')
    .values({ name: `Nyt udbud ${Math.random()}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const area = await db
    .insertInto('tenderArea')
    .values({ tenderId: tender.id, number: 1, name: 'Udsatte borgere', providersToSelect: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { tenderId: tender.id, areaId: area.id };
}

/** A's bid dearer with more quality points, B's cheaper. */
export const twoFixtureBids = (providerA: string, providerB: string): FixtureBid[] => [
  { providerId: providerA, prices: [1_950, 620], points: [8, 9, 7] },
  { providerId: providerB, prices: [1_850, 575], points: [7, 7, 8] },
];
