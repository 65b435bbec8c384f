// SQL of a tender's award model: settings, sub-criteria, price elements, evaluators, the decision, and the
// read-only look-ups of the tender, its areas and its committee items. Functions take a transaction (or the
// database) and return plain rows.
import type { Kysely } from 'kysely';
import type { DatabaseSchema, PriceKind, TenderAlternativeWeighting } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

export async function findTender(db: Runner, id: string) {
  return db.selectFrom('tender').select(['id', 'name', 'decidedOn']).where('id', '=', id).executeTakeFirst();
}

/** The tender row locked, so a decision and a change to its bids or scores cannot interleave. */
export async function lockTender(db: Runner, id: string) {
  return db
    .selectFrom('tender')
    .select(['id', 'name', 'decidedOn'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export type TenderRow = NonNullable<Awaited<ReturnType<typeof findTender>>>;

export async function findAreas(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderArea')
    .select(['id', 'number', 'name', 'providersToSelect'])
    .where('tenderId', '=', tenderId)
    .orderBy('number')
    .execute();
}

export async function findSettings(db: Runner, tenderId: string) {
  return db.selectFrom('tenderEvaluation').selectAll().where('tenderId', '=', tenderId).executeTakeFirst();
}

export type SettingsRow = NonNullable<Awaited<ReturnType<typeof findSettings>>>;

export async function findCriteria(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderCriterion')
    .select(['id', 'code', 'name', 'weight', 'emphasis', 'position'])
    .where('tenderId', '=', tenderId)
    .orderBy('position')
    .execute();
}

export async function findElements(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderPriceElement')
    .select(['id', 'code', 'name', 'volume', 'priceKind', 'position'])
    .where('tenderId', '=', tenderId)
    .orderBy('position')
    .execute();
}

export interface SettingsValues {
  qualityWeight: number;
  priceWeight: number;
  scaleMin: number;
  scaleMax: number;
  priceModel: 'proportional' | 'linear' | 'interval';
  priceSlope: number | null;
  priceBestOre: number | null;
  priceWorstOre: number | null;
  alternatives: TenderAlternativeWeighting[];
}

export async function upsertSettings(db: Runner, tenderId: string, values: SettingsValues): Promise<boolean> {
  const row = { ...values, alternatives: JSON.stringify(values.alternatives) };
  const existing = await findSettings(db, tenderId);
  if (existing) {
    await db
      .updateTable('tenderEvaluation')
      .set({ ...row, updatedAt: new Date() })
      .where('tenderId', '=', tenderId)
      .execute();
    return false;
  }
  await db
    .insertInto('tenderEvaluation')
    .values({ tenderId, ...row })
    .execute();
  return true;
}

/** Codes among `codes` that have points (criteria) or prices (elements) on a bid. */
export async function codesInUse(
  db: Runner,
  tenderId: string,
  what: 'criterion' | 'element',
  codes: readonly string[],
): Promise<string[]> {
  if (codes.length === 0) return [];
  if (what === 'criterion') {
    const rows = await db
      .selectFrom('tenderCriterion as c')
      .select('c.code')
      .where('c.tenderId', '=', tenderId)
      .where('c.code', 'in', codes)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb.selectFrom('tenderScore as s').select('s.bidId').whereRef('s.criterionId', '=', 'c.id'),
          ),
          eb.exists(
            eb
              .selectFrom('tenderConsensusScore as s')
              .select('s.bidId')
              .whereRef('s.criterionId', '=', 'c.id'),
          ),
        ]),
      )
      .execute();
    return rows.map((r) => r.code);
  }
  const rows = await db
    .selectFrom('tenderPriceElement as e')
    .select('e.code')
    .where('e.tenderId', '=', tenderId)
    .where('e.code', 'in', codes)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('tenderBidPrice as p').select('p.bidId').whereRef('p.priceElementId', '=', 'e.id'),
      ),
    )
    .execute();
  return rows.map((r) => r.code);
}

/**
 * Replaces the criteria by code: kept codes are updated in place (their scores stay), new codes inserted,
 * missing codes deleted. Positions follow the given order.
 */
export async function replaceCriteria(
  db: Runner,
  tenderId: string,
  criteria: readonly { code: string; name: string; weight: number; emphasis: string }[],
): Promise<void> {
  const codes = criteria.map((c) => c.code);
  let remove = db.deleteFrom('tenderCriterion').where('tenderId', '=', tenderId);
  if (codes.length > 0) remove = remove.where('code', 'not in', codes);
  await remove.execute();
  // Positions are not unique in SQL, so no shuffle is needed while rows are moved.
  for (const [index, criterion] of criteria.entries()) {
    await db
      .insertInto('tenderCriterion')
      .values({ tenderId, ...criterion, position: index + 1 })
      .onConflict((oc) =>
        oc.columns(['tenderId', 'code']).doUpdateSet({
          name: criterion.name,
          weight: criterion.weight,
          emphasis: criterion.emphasis,
          position: index + 1,
          updatedAt: new Date(),
        }),
      )
      .execute();
  }
}

export async function replaceElements(
  db: Runner,
  tenderId: string,
  elements: readonly { code: string; name: string; volume: number; priceKind: PriceKind | null }[],
): Promise<void> {
  const codes = elements.map((e) => e.code);
  let remove = db.deleteFrom('tenderPriceElement').where('tenderId', '=', tenderId);
  if (codes.length > 0) remove = remove.where('code', 'not in', codes);
  await remove.execute();
  // Clear the kinds first: the partial unique index on (tender, kind) would trip on a swap.
  await db
    .updateTable('tenderPriceElement')
    .set({ priceKind: null })
    .where('tenderId', '=', tenderId)
    .execute();
  for (const [index, element] of elements.entries()) {
    await db
      .insertInto('tenderPriceElement')
      .values({ tenderId, ...element, position: index + 1 })
      .onConflict((oc) =>
        oc.columns(['tenderId', 'code']).doUpdateSet({
          name: element.name,
          volume: element.volume,
          priceKind: element.priceKind,
          position: index + 1,
          updatedAt: new Date(),
        }),
      )
      .execute();
  }
}

export async function findEvaluators(db: Runner, tenderId: string) {
  return db
    .selectFrom('tenderEvaluator as e')
    .innerJoin('appUser as u', 'u.id', 'e.userId')
    .select(['u.id as userId', 'u.displayName'])
    .where('e.tenderId', '=', tenderId)
    .orderBy('u.displayName')
    .execute();
}

/** Active users who may evaluate: those with the procurement or administrator role. */
export async function findEvaluatorCandidates(db: Runner) {
  const rows = await db
    .selectFrom('appUser')
    .select(['id as userId', 'displayName', 'roles'])
    .where('isActive', '=', true)
    .orderBy('displayName')
    .execute();
  return rows
    .filter((r) => r.roles.includes('procurement') || r.roles.includes('admin'))
    .map(({ userId, displayName }) => ({ userId, displayName }));
}

export async function setEvaluators(db: Runner, tenderId: string, userIds: readonly string[]): Promise<void> {
  let remove = db.deleteFrom('tenderEvaluator').where('tenderId', '=', tenderId);
  if (userIds.length > 0) remove = remove.where('userId', 'not in', userIds);
  await remove.execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('tenderEvaluator')
    .values(userIds.map((userId) => ({ tenderId, userId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function findCommitteeItems(db: Runner, tenderId: string) {
  return db
    .selectFrom('committeeItem')
    .select(['id', 'title', 'meetingDate'])
    .where('tenderId', '=', tenderId)
    .orderBy('meetingDate', 'desc')
    .execute();
}

/** Amendments with an alternative sub-criteria weighting in the tender's committee items (seed 003). */
export async function findWeightedProposals(db: Runner, tenderId: string) {
  return db
    .selectFrom('committeeProposal as p')
    .innerJoin('committeeItem as i', 'i.id', 'p.committeeItemId')
    .select(['p.id', 'p.parties', 'p.criteriaWeights', 'p.votesFor', 'p.votesAgainst', 'i.meetingDate'])
    .where('i.tenderId', '=', tenderId)
    .where('p.criteriaWeights', 'is not', null)
    .orderBy('i.meetingDate')
    .orderBy('p.position')
    .execute();
}

export async function setDecision(
  db: Runner,
  tenderId: string,
  values: { decidedBy: string | null; committeeItemId: string | null },
): Promise<void> {
  await db
    .updateTable('tenderEvaluation')
    .set({ ...values, decidedAt: new Date(), updatedAt: new Date() })
    .where('tenderId', '=', tenderId)
    .execute();
}

export async function findDecider(db: Runner, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const row = await db
    .selectFrom('appUser')
    .select('displayName')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.displayName ?? null;
}
