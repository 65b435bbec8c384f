// Authorisation-matrix cases of the budgets module's routes. Budget frames and notes are not scoped
// (only the administration's roles have budget.read); capacity is: provider users see their own
// provider's rows, and asking for another provider's answers 404.
import crypto from 'node:crypto';
import {
  insertAgreementWithPrices,
  insertTenderWithArea,
} from '../../../src/server/modules/budgets/budget.fixtures.ts';
import type { MatrixModule, RouteCase } from './matrix-types.ts';

const PROVIDER_ROLES = ['provider_staff', 'provider_lead'] as const;
const YEAR = 2031;

const capacityCase = (path: string): RouteCase => ({
  own: (w, f) => ({ path: `${path}?frameId=${f.budgetFrame}&providerId=${w.organisations.providerA.id}` }),
  other: (w, f) => ({ path: `${path}?frameId=${f.budgetFrame}&providerId=${w.organisations.providerB.id}` }),
  scopedRoles: PROVIDER_ROLES,
});

export const budgetsMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const tender = await insertTenderWithArea(db, { name: 'Matrix-udbud' });
    for (const [providerId, weeklyOre] of [
      [providerA.id, 200_000],
      [providerB.id, 190_000],
    ] as const) {
      await insertAgreementWithPrices(db, {
        tenderAreaId: tender.tenderAreaId,
        providerId,
        startsOn: `${YEAR}-01-01`,
        endsOn: `${YEAR}-12-31`,
        programme: [{ validFrom: `${YEAR}-01-01`, weeklyOre }],
        aftercare: [{ validFrom: `${YEAR}-01-01`, weeklyOre: 60_000 }],
      });
    }
    const frame = await db
      .insertInto('budgetFrame')
      .values({
        programme: `Matrix ${crypto.randomUUID()}`,
        year: YEAR,
        amountOre: 500_000_000,
        tenderId: tender.tenderId,
        expectedCourseWeeks: 26,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const budget = await db
      .insertInto('budget')
      .values({ title: 'Matrix-notat', priceLevelYear: YEAR, firstYear: YEAR, lastYear: YEAR + 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { budgetFrame: frame.id, budget: budget.id };
  },
  cases: {
    'GET /api/budget-frames': { own: () => ({ path: `/api/budget-frames?year=${YEAR}` }) },
    'GET /api/budget-frames/export': {
      own: () => ({ path: `/api/budget-frames/export?format=csv&year=${YEAR}` }),
    },
    'GET /api/budget-frames/:id': { own: (_w, f) => ({ path: `/api/budget-frames/${f.budgetFrame}` }) },
    'POST /api/budget-frames': {
      own: () => ({
        path: '/api/budget-frames',
        body: { programme: `Matrix ${crypto.randomUUID()}`, year: YEAR, amountOre: 100_000_000 },
      }),
    },
    'PATCH /api/budget-frames/:id': {
      own: (_w, f) => ({
        path: `/api/budget-frames/${f.budgetFrame}`,
        body: { amountOre: 400_000_000 + crypto.randomInt(100_000_000) },
      }),
    },
    'GET /api/capacity': capacityCase('/api/capacity'),
    'GET /api/capacity/export': {
      ...capacityCase('/api/capacity/export'),
      own: (w, f) => ({
        path: `/api/capacity/export?format=xlsx&frameId=${f.budgetFrame}&providerId=${w.organisations.providerA.id}`,
      }),
    },
    'GET /api/budgets': { own: () => ({ path: '/api/budgets' }) },
    'POST /api/budgets': {
      own: () => ({
        path: '/api/budgets',
        body: {
          title: `Matrix ${crypto.randomUUID()}`,
          priceLevelYear: YEAR,
          firstYear: YEAR,
          lastYear: YEAR,
        },
      }),
    },
    'GET /api/budgets/:id': { own: (_w, f) => ({ path: `/api/budgets/${f.budget}` }) },
    'PUT /api/budgets/:id/tables': {
      own: (_w, f) => ({
        path: `/api/budgets/${f.budget}/tables`,
        body: {
          activities: [
            {
              activity: 'Mentorer',
              amounts: [{ year: YEAR, grossOre: crypto.randomInt(1, 100_000_000) }],
              statedTotalOre: null,
            },
          ],
          appropriations: [],
        },
      }),
    },
    'GET /api/budgets/:id/export': {
      own: (_w, f) => ({ path: `/api/budgets/${f.budget}/export?format=xlsx` }),
    },
  },
};
