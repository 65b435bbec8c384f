// Authorisation-matrix cases of the payments module (issue 14). The administration (admin, procurement)
// prepares, corrects and approves bases and records invoices for every provider; a provider lead sees and
// accepts only its own provider's bases, so another provider's answers 404. Accepting and approving are
// idempotent, so every allowed role's request succeeds on the same fixture.
import type { Db } from '../../../src/server/platform/db/client.ts';
import type { MatrixModule, RouteCase } from './matrix-types.ts';

async function insertBasis(
  db: Db,
  providerId: string,
  month: string,
  status: 'draft' | 'accepted' | 'approved',
): Promise<string> {
  const now = new Date();
  const row = await db
    .insertInto('billingBasis')
    .values({
      providerId,
      month,
      asOf: `${month}-28`,
      status,
      acceptedAt: status === 'draft' ? null : now,
      approvedAt: status === 'approved' ? now : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const basisCase = (fixture: string, action: string): RouteCase => ({
  own: (_w, f) => ({ path: `/api/billing-bases/${f[`${fixture}A`]}/${action}` }),
  other: (_w, f) => ({ path: `/api/billing-bases/${f[`${fixture}B`]}/${action}` }),
  scopedRoles: ['provider_lead'],
});

export const paymentsMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const fixtures: Record<string, string> = {};
    for (const [key, provider] of [
      ['A', providerA.id],
      ['B', providerB.id],
    ] as const) {
      await insertBasis(db, provider, '2025-01', 'approved');
      fixtures[`acceptBasis${key}`] = await insertBasis(db, provider, '2025-02', 'draft');
      fixtures[`approveBasis${key}`] = await insertBasis(db, provider, '2025-03', 'accepted');
      fixtures[`correctBasis${key}`] = await insertBasis(db, provider, '2025-04', 'draft');
    }
    return fixtures;
  },
  cases: {
    'GET /api/billing-bases': {
      own: (w) => ({ path: `/api/billing-bases?month=2025-02&providerId=${w.organisations.providerA.id}` }),
      other: (w) => ({ path: `/api/billing-bases?month=2025-02&providerId=${w.organisations.providerB.id}` }),
      scopedRoles: ['provider_lead'],
    },
    'POST /api/billing-bases': {
      own: (w) => ({
        path: '/api/billing-bases',
        body: { providerId: w.organisations.providerA.id, month: '2020-05' },
      }),
    },
    'POST /api/billing-bases/:id/accept': basisCase('acceptBasis', 'accept'),
    'POST /api/billing-bases/:id/approve': basisCase('approveBasis', 'approve'),
    'POST /api/billing-bases/:id/corrections': {
      own: (_w, f) => ({
        path: `/api/billing-bases/${f.correctBasisA}/corrections`,
        body: { correctsMonth: '2025-01', amountOre: -10_000, reason: 'Matrix' },
      }),
    },
    'GET /api/billing-bases/export': {
      own: () => ({ path: '/api/billing-bases/export?month=2025-01&format=csv' }),
    },
    'GET /api/budget-status': { own: () => ({ path: '/api/budget-status?year=2025' }) },
    'POST /api/billing-invoices': {
      own: (w) => ({
        path: '/api/billing-invoices',
        body: {
          providerId: w.organisations.providerA.id,
          month: '2025-01',
          invoiceNumber: 'M-1',
          invoiceDate: '2025-02-03',
          amountOre: 0,
        },
      }),
    },
  },
};
