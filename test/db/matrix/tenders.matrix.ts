// Authorisation-matrix cases of the tenders module's routes: the committee's decision record is
// municipal (non-provider) data; tender.read reads it, tender.manage records it. No provider scope.
import type { Db } from '../../../src/server/platform/db/client.ts';
import type { MatrixModule } from './matrix-types.ts';

let counter = 0;

async function insertItem(db: Db, title: string): Promise<string> {
  const row = await db
    .insertInto('committeeItem')
    .values({
      committee: 'Beskæftigelses- og Integrationsudvalget',
      committeeShort: 'BIU',
      meetingDate: '2026-05-18',
      caseNumber: null,
      title,
      tenderId: null,
      recommendation: '1. at udvalget godkender rammerne',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const votes = () => ({
  for: { count: 4 + (counter++ % 3), parties: ['Ø', 'Å'] },
  against: { count: 5, parties: ['F', 'B', 'A'] },
  abstaining: { count: 2, parties: ['C', 'V'] },
});

export const tendersMatrix: MatrixModule = {
  async prepare(db) {
    const item = await insertItem(db, 'Matrix udvalgsbehandling');
    const proposal = await db
      .insertInto('committeeProposal')
      .values({ committeeItemId: item, kind: 'recommendation', position: 1, text: 'Indstillingen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { committeeItem: item, proposal: proposal.id };
  },
  cases: {
    'GET /api/committee-items': { own: () => ({ path: '/api/committee-items' }) },
    'GET /api/committee-items/:id': { own: (_w, f) => ({ path: `/api/committee-items/${f.committeeItem}` }) },
    'POST /api/committee-items': {
      own: () => ({
        path: '/api/committee-items',
        body: {
          committee: 'Beskæftigelses- og Integrationsudvalget',
          meetingDate: '2026-06-01',
          title: `Matrix punkt ${counter++}`,
          recommendation: '1. at udvalget godkender',
        },
      }),
    },
    'POST /api/committee-items/:id/proposals': {
      own: (_w, f) => ({
        path: `/api/committee-items/${f.committeeItem}/proposals`,
        body: {
          text: `Ændringsforslag ${counter++}`,
          parties: ['Ø'],
          criteriaWeights: { progression: 30, local: 40, individual: 30 },
        },
      }),
    },
    'PUT /api/proposals/:id/votes': {
      own: (_w, f) => ({ path: `/api/proposals/${f.proposal}/votes`, body: votes() }),
    },
  },
};
