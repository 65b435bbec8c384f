// The budgets module's SQL. Functions take a transaction (or the database) and return plain rows.
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../platform/db/schema.ts';

type Runner = Kysely<DatabaseSchema>;

// ---------------------------------------------------------------------------------------------------
// Budget frames

const frameColumns = [
  'f.id',
  'f.programme',
  'f.year',
  'f.amountOre',
  'f.tenderId',
  'f.tenderAreaId',
  'f.expectedCourseWeeks',
  'f.expectedAftercareWeeks',
  'f.note',
  'f.updatedAt',
] as const;

/**
 * Frames with the names of their tender and area. The names are read-only reference data of the
 * agreements module, joined here for display because its service has no look-up for them yet.
 */
function framesQuery(db: Runner) {
  return db
    .selectFrom('budgetFrame as f')
    .leftJoin('tender as t', 't.id', 'f.tenderId')
    .leftJoin('tenderArea as ta', 'ta.id', 'f.tenderAreaId')
    .select([
      ...frameColumns,
      't.name as tenderName',
      'ta.name as tenderAreaName',
      'ta.number as tenderAreaNumber',
    ]);
}

export type FrameRow = NonNullable<Awaited<ReturnType<typeof findFrameById>>>;

export async function listFrames(db: Runner, filter: { year?: number | undefined }) {
  let query = framesQuery(db);
  if (filter.year !== undefined) query = query.where('f.year', '=', filter.year);
  return query.orderBy('f.year', 'desc').orderBy('f.programme').execute();
}

export async function findFrameById(db: Runner, id: string) {
  return framesQuery(db).where('f.id', '=', id).executeTakeFirst();
}

export async function listFrameRefs(db: Runner) {
  return db
    .selectFrom('budgetFrame')
    .select(['id', 'programme', 'year'])
    .orderBy('year', 'desc')
    .orderBy('programme')
    .execute();
}

export async function findFirstFrameOfYear(db: Runner, year: number) {
  return db
    .selectFrom('budgetFrame')
    .select('id')
    .where('year', '=', year)
    .orderBy('programme')
    .executeTakeFirst();
}

export interface FrameValues {
  programme: string;
  year: number;
  amountOre: number;
  tenderId: string | null;
  tenderAreaId: string | null;
  expectedCourseWeeks: number;
  expectedAftercareWeeks: number;
  note: string | null;
}

export async function insertFrame(db: Runner, values: FrameValues) {
  return db.insertInto('budgetFrame').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateFrame(db: Runner, id: string, values: Partial<FrameValues>) {
  await db
    .updateTable('budgetFrame')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function existsFrame(db: Runner, programme: string, year: number, exceptId?: string) {
  let query = db
    .selectFrom('budgetFrame')
    .select('id')
    .where('programme', '=', programme)
    .where('year', '=', year);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// Budget notes and their tables

const budgetColumns = [
  'id',
  'title',
  'caseNumber',
  'priceLevelYear',
  'firstYear',
  'lastYear',
  'note',
  'updatedAt',
] as const;

export async function listBudgetRows(db: Runner) {
  return db
    .selectFrom('budget')
    .select(budgetColumns)
    .orderBy('firstYear', 'desc')
    .orderBy('title')
    .execute();
}

export async function findBudgetRow(db: Runner, id: string) {
  return db.selectFrom('budget').select(budgetColumns).where('id', '=', id).executeTakeFirst();
}

export async function lockBudget(db: Runner, id: string) {
  return db.selectFrom('budget').select(budgetColumns).where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface BudgetValues {
  title: string;
  caseNumber: string | null;
  priceLevelYear: number;
  firstYear: number;
  lastYear: number;
  note: string | null;
}

export async function insertBudget(db: Runner, values: BudgetValues) {
  return db.insertInto('budget').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function touchBudget(db: Runner, id: string) {
  await db.updateTable('budget').set({ updatedAt: new Date() }).where('id', '=', id).execute();
}

/** Every table row of the given budgets, for the detail page and for the list's reconciliation status. */
export async function loadTableRows(db: Runner, budgetIds: readonly string[]) {
  if (budgetIds.length === 0)
    return {
      activities: [],
      activityAmounts: [],
      appropriations: [],
      appropriationAmounts: [],
      statedTotals: [],
    };
  const ids = [...budgetIds];
  const [activities, activityAmounts, appropriations, appropriationAmounts, statedTotals] = await Promise.all(
    [
      db
        .selectFrom('budgetActivity')
        .select(['id', 'budgetId', 'position', 'activity', 'steeringArea'])
        .where('budgetId', 'in', ids)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('budgetActivityAmount as m')
        .innerJoin('budgetActivity as a', 'a.id', 'm.activityId')
        .select(['m.activityId', 'm.year', 'm.grossOre', 'm.cofinancingOre', 'm.cofinancingSource'])
        .where('a.budgetId', 'in', ids)
        .orderBy('m.year')
        .execute(),
      db
        .selectFrom('budgetAppropriation')
        .select([
          'id',
          'budgetId',
          'position',
          'steeringArea',
          'committee',
          'appropriationNumber',
          'direction',
        ])
        .where('budgetId', 'in', ids)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('budgetAppropriationAmount as m')
        .innerJoin('budgetAppropriation as a', 'a.id', 'm.appropriationId')
        .select(['m.appropriationId', 'm.year', 'm.amountOre'])
        .where('a.budgetId', 'in', ids)
        .orderBy('m.year')
        .execute(),
      db
        .selectFrom('budgetStatedTotal')
        .select(['budgetId', 'tableName', 'rowPosition', 'year', 'amountOre'])
        .where('budgetId', 'in', ids)
        .execute(),
    ],
  );
  return { activities, activityAmounts, appropriations, appropriationAmounts, statedTotals };
}

export type TableRows = Awaited<ReturnType<typeof loadTableRows>>;

export interface TablesToStore {
  activities: {
    position: number;
    activity: string;
    steeringArea: string;
    amounts: { year: number; grossOre: number; cofinancingOre: number; cofinancingSource: string | null }[];
  }[];
  appropriations: {
    position: number;
    steeringArea: string;
    committee: string;
    appropriationNumber: string;
    direction: 'I' | 'U';
    amounts: { year: number; amountOre: number }[];
  }[];
  statedTotals: {
    tableName: 'activities' | 'appropriations';
    rowPosition: number | null;
    year: number | null;
    amountOre: number;
  }[];
}

/** Replaces a budget's tables (rows, amounts and stated totals) with the given ones. */
export async function replaceTables(db: Runner, budgetId: string, tables: TablesToStore): Promise<void> {
  await db.deleteFrom('budgetActivity').where('budgetId', '=', budgetId).execute();
  await db.deleteFrom('budgetAppropriation').where('budgetId', '=', budgetId).execute();
  await db.deleteFrom('budgetStatedTotal').where('budgetId', '=', budgetId).execute();
  for (const row of tables.activities) {
    const { id } = await db
      .insertInto('budgetActivity')
      .values({ budgetId, position: row.position, activity: row.activity, steeringArea: row.steeringArea })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (row.amounts.length > 0) {
      await db
        .insertInto('budgetActivityAmount')
        .values(row.amounts.map((amount) => ({ activityId: id, ...amount })))
        .execute();
    }
  }
  for (const row of tables.appropriations) {
    const { id } = await db
      .insertInto('budgetAppropriation')
      .values({
        budgetId,
        position: row.position,
        steeringArea: row.steeringArea,
        committee: row.committee,
        appropriationNumber: row.appropriationNumber,
        direction: row.direction,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (row.amounts.length > 0) {
      await db
        .insertInto('budgetAppropriationAmount')
        .values(row.amounts.map((amount) => ({ appropriationId: id, ...amount })))
        .execute();
    }
  }
  if (tables.statedTotals.length > 0) {
    await db
      .insertInto('budgetStatedTotal')
      .values(tables.statedTotals.map((total) => ({ budgetId, ...total })))
      .execute();
  }
}
