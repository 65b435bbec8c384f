// Authorisation-matrix cases of the committee module's routes (issue 14). Schedule lines and packs are the
// administration's aggregates, not another organisation's records, so there is no "other" case.
import { createPack, createScheduleLine } from '../../../src/server/modules/committee/committee.service.ts';
import {
  resolveParameters,
  saveOutcomeReport,
} from '../../../src/server/modules/outcomes/outcome.service.ts';
import { ctxFor } from '../../support/factories.ts';
import type { MatrixModule } from './matrix-types.ts';

const PACK = {
  title: 'Matrix pakke',
  meetingOn: '2026-05-01',
  budgetYear: 2026,
  summary: 'Matrix',
  recommendation: 'Matrix',
  presentation: 'Matrix',
};
const DECISION = { decidedOn: '2026-05-01', decision: 'Syntetisk matrixbeslutning.' };

export const committeeMatrix: MatrixModule = {
  async prepare(db, keys, world) {
    const ctx = ctxFor(db, keys, world.users.analyst);
    const report = await saveOutcomeReport(db, {
      title: 'Matrix committee report',
      parameters: resolveParameters({ from: '2026-01-01', to: '2026-03-31' }),
      createdBy: 'matrix',
    });
    const line = await createScheduleLine(ctx, {
      title: 'Matrix plan',
      kind: 'results',
      cadence: 'half_yearly',
      firstDueOn: '2026-06-30',
      contents: 'Matrix',
      ownerId: world.users.analyst.userId,
    });
    const pack = await createPack(ctx, { ...PACK, reportId: report.id });
    return { committeeReport: report.id, committeeLine: line.id, committeePack: pack.id };
  },
  cases: {
    'GET /api/committee': { own: () => ({ path: '/api/committee' }) },
    'GET /api/committee/tasks': { own: () => ({ path: '/api/committee/tasks' }) },
    'POST /api/committee/schedule': {
      own: (w) => ({
        path: '/api/committee/schedule',
        body: {
          title: 'Matrix',
          kind: 'other',
          cadence: 'dates',
          firstDueOn: '2026-06-30',
          dueDates: ['2026-06-30'],
          contents: 'Matrix',
          ownerId: w.users.admin.userId,
        },
      }),
    },
    'PATCH /api/committee/schedule/:id': {
      own: (_w, f) => ({ path: `/api/committee/schedule/${f.committeeLine}`, body: { contents: 'Ændret' } }),
    },
    'POST /api/committee/packs': {
      own: (_w, f) => ({ path: '/api/committee/packs', body: { ...PACK, reportId: f.committeeReport } }),
    },
    'GET /api/committee/packs/:id': { own: (_w, f) => ({ path: `/api/committee/packs/${f.committeePack}` }) },
    'GET /api/committee/packs/:id/file': {
      own: (_w, f) => ({ path: `/api/committee/packs/${f.committeePack}/file?format=docx` }),
    },
    'POST /api/committee/packs/:id/decision': {
      own: (_w, f) => ({ path: `/api/committee/packs/${f.committeePack}/decision`, body: DECISION }),
    },
  },
};
