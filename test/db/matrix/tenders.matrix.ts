// Authorisation-matrix cases of the tenders module's routes: the committee's decision record and the
// tender evaluation are municipal (non-provider) data; tender.read reads, tender.manage records. No
// provider scope. Reading bids, scores and results uses a decided tender (analysts read those; before the
// decision they get 403, tested in evaluation.routes.test.ts); changes use open tenders, and routes that
// use a record up (delete, decide) take the next one from a pool (every role's request asks for one).
import type { Db } from '../../../src/server/platform/db/client.ts';
import { createRng, syntheticCvr } from '../../../src/server/seed/synthetic.ts';
import * as bidRepo from '../../../src/server/modules/tenders/bid.repository.ts';
import {
  FIXTURE_SETUP,
  insertEvaluatedTender,
} from '../../../src/server/modules/tenders/evaluation.fixtures.ts';
import type { Fixtures, MatrixModule, World } from './matrix-types.ts';

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

const rng = createRng(606);
const POOL = 8;
const pick = (f: Fixtures, name: string) => f[`${name}${counter++ % POOL}`]!;

const setupBody = FIXTURE_SETUP;

const scoreBody = () => ({
  scores: [{ criterion: 'progression', points: 5 + (counter++ % 5), justification: 'Matrixbegrundelse' }],
});

async function prepareEvaluation(db: Db, world: World): Promise<Fixtures> {
  const complete = (): Parameters<typeof insertEvaluatedTender>[1]['bids'] => [
    { providerId: world.organisations.providerA.id, prices: [1_950, 620], points: [8, 9, 7] },
    { providerId: world.organisations.providerB.id, prices: [1_850, 575], points: [7, 7, 8] },
  ];
  const evaluatorIds = [world.users.procurement.userId];
  const decided = await insertEvaluatedTender(db, { bids: complete(), decided: true });
  const open = await insertEvaluatedTender(db, { bids: complete(), evaluatorIds });
  const fixtures: Fixtures = {
    decidedTender: decided.tenderId,
    openTender: open.tenderId,
    openArea: open.areaId,
    openBid: open.bidIds[0]!,
  };
  const decidedAttachment = await bidRepo.insertAttachment(db, {
    bidId: decided.bidIds[0]!,
    fileName: 'loesning.txt',
    contentType: 'text/plain',
    content: Buffer.from('Løsningsbeskrivelse'),
    createdBy: null,
  });
  fixtures.decidedAttachment = decidedAttachment;
  for (let i = 0; i < POOL; i++) {
    const bidId = await bidRepo.insertBid(db, open.tenderId, {
      tenderAreaId: open.areaId,
      providerId: null,
      bidderName: `Matrixtilbudsgiver ${i}`,
      bidderCvr: syntheticCvr(rng),
      bidderDistrict: 'Valby',
      solution: '',
      receivedOn: null,
    });
    fixtures[`poolBid${i}`] = bidId;
    fixtures[`poolAttachment${i}`] = await bidRepo.insertAttachment(db, {
      bidId: open.bidIds[1]!,
      fileName: `bilag-${i}.txt`,
      contentType: 'text/plain',
      content: Buffer.from(`Bilag ${i}`),
      createdBy: null,
    });
    fixtures[`poolTender${i}`] = (await insertEvaluatedTender(db, { bids: complete() })).tenderId;
  }
  return fixtures;
}

const decided = (suffix: string) => ({
  own: (_w: World, f: Fixtures) => ({ path: `/api/tenders/${f.decidedTender}${suffix}` }),
});

export const tendersMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const item = await insertItem(db, 'Matrix udvalgsbehandling');
    const proposal = await db
      .insertInto('committeeProposal')
      .values({ committeeItemId: item, kind: 'recommendation', position: 1, text: 'Indstillingen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { committeeItem: item, proposal: proposal.id, ...(await prepareEvaluation(db, world)) };
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
    'GET /api/tenders/:id/evaluation/setup': decided('/evaluation/setup'),
    'PUT /api/tenders/:id/evaluation/setup': {
      own: (_w, f) => ({ path: `/api/tenders/${f.openTender}/evaluation/setup`, body: setupBody }),
    },
    'PUT /api/tenders/:id/evaluation/evaluators': {
      own: (w, f) => ({
        path: `/api/tenders/${f.openTender}/evaluation/evaluators`,
        body: { userIds: [w.users.procurement.userId] },
      }),
    },
    'GET /api/tenders/:id/bids': decided('/bids'),
    'POST /api/tenders/:id/bids': {
      own: (_w, f) => ({
        path: `/api/tenders/${f.openTender}/bids`,
        body: {
          tenderAreaId: f.openArea,
          bidderName: `Ny tilbudsgiver ${counter++}`,
          bidderCvr: syntheticCvr(rng),
          bidderDistrict: 'Amager Øst',
          prices: { programme: '1.900', aftercare: '600' },
        },
      }),
    },
    'PUT /api/tender-bids/:id': {
      own: (w, f) => ({
        path: `/api/tender-bids/${f.openBid}`,
        body: {
          tenderAreaId: f.openArea,
          providerId: w.organisations.providerA.id,
          prices: { programme: `${1_900 + (counter++ % 50)}`, aftercare: '620' },
        },
      }),
    },
    'DELETE /api/tender-bids/:id': { own: (_w, f) => ({ path: `/api/tender-bids/${pick(f, 'poolBid')}` }) },
    'POST /api/tender-bids/:id/attachments': {
      own: (_w, f) => ({
        path: `/api/tender-bids/${f.openBid}/attachments`,
        body: {
          fileName: 'cv.txt',
          contentType: 'text/plain',
          contentBase64: Buffer.from('CV').toString('base64'),
        },
      }),
    },
    'GET /api/tender-attachments/:id': {
      own: (_w, f) => ({ path: `/api/tender-attachments/${f.decidedAttachment}` }),
    },
    'DELETE /api/tender-attachments/:id': {
      own: (_w, f) => ({ path: `/api/tender-attachments/${pick(f, 'poolAttachment')}` }),
    },
    'GET /api/tenders/:id/scores': decided('/scores'),
    'PUT /api/tender-bids/:id/evaluator-scores': {
      own: (w, f) => ({
        path: `/api/tender-bids/${f.openBid}/evaluator-scores`,
        body: { evaluatorId: w.users.procurement.userId, ...scoreBody() },
      }),
    },
    'PUT /api/tender-bids/:id/consensus-scores': {
      own: (_w, f) => ({ path: `/api/tender-bids/${f.openBid}/consensus-scores`, body: scoreBody() }),
    },
    'GET /api/tenders/:id/evaluation': decided('/evaluation'),
    'GET /api/tenders/:id/evaluation/report': decided('/evaluation/report?format=xlsx'),
    'POST /api/tenders/:id/decision': {
      own: (_w, f) => ({
        path: `/api/tenders/${pick(f, 'poolTender')}/decision`,
        body: { decidedOn: '2026-06-01', startsOn: '2027-01-01', originalEndsOn: '2028-12-31' },
      }),
    },
  },
};
