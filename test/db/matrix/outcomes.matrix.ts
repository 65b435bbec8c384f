// Authorisation-matrix cases of the outcomes module's routes. The tables are aggregates over every
// provider: nothing is another organisation's record, so there is no "other" case; a provider lead's
// scope (its own row and the total) is tested in outcome.service.test.ts and outcome.routes.test.ts.
import {
  resolveParameters,
  saveOutcomeReport,
} from '../../../src/server/modules/outcomes/outcome.service.ts';
import type { MatrixModule } from './matrix-types.ts';

const QUERY = 'from=2019-03-01&to=2019-09-30';

export const outcomesMatrix: MatrixModule = {
  async prepare(db) {
    const report = await saveOutcomeReport(db, {
      title: 'Matrix report',
      parameters: resolveParameters({ from: '2019-03-01', to: '2019-09-30' }),
      createdBy: 'matrix',
    });
    return { outcomeReport: report.id };
  },
  cases: {
    'GET /api/outcomes': { own: () => ({ path: `/api/outcomes?${QUERY}` }) },
    'GET /api/outcomes/fairness': { own: () => ({ path: `/api/outcomes/fairness?${QUERY}` }) },
    'GET /api/outcomes/fairness/export': {
      own: () => ({ path: `/api/outcomes/fairness/export?${QUERY}&format=csv` }),
    },
    'GET /api/outcomes/export': { own: () => ({ path: `/api/outcomes/export?${QUERY}&format=csv` }) },
    'GET /api/outcome-reports': { own: () => ({ path: '/api/outcome-reports' }) },
    'POST /api/outcome-reports': {
      own: () => ({
        path: '/api/outcome-reports',
        body: { title: 'Matrix', parameters: { from: '2019-03-01', to: '2019-09-30' } },
      }),
    },
    'GET /api/outcome-reports/:id': { own: (_w, f) => ({ path: `/api/outcome-reports/${f.outcomeReport}` }) },
  },
};
