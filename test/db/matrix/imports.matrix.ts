// Authorisation-matrix cases of the imports module's routes. Imports belong to the administration, not
// to an organisation's records, so there is no "other organisation" case. The matrix sends JSON bodies:
// the upload route also takes a small file as a JSON string, so each case sends a tiny file. Courses,
// placements and plans write personal data and have routes of their own (import.personal_data).
import { buildCpr } from '../../support/factories.ts';
import { createRng, syntheticCvr } from '../../../src/server/seed/synthetic.ts';
import type { MatrixModule, World } from './matrix-types.ts';

const CODEBOOK = 'code,meaning,category\n130,Kontanthjælp,benefit\n';
const cvr = syntheticCvr(createRng(10));

/** A one-row file of a kind with personal data, new citizens at the world's job centre. */
function personal(kind: 'courses' | 'placements' | 'plans', world: World) {
  const ref = `matrix-${kind}-${buildCpr()}`;
  const files = {
    courses: `course_ref,cpr,provider_code,start_date,end_date,end_reason\n${ref},${buildCpr()},${world.organisations.providerA.code},2024-03-04,,\n`,
    placements: `placement_ref,cpr,type,start_date,end_date,company_cvr\n${ref},${buildCpr()},smaajob,2024-03-04,,${cvr}\n`,
    plans: `plan_ref,cpr,start_date,type\n${ref},${buildCpr()},2024-03-04,forberedende_plan\n`,
  };
  return {
    path: `/api/imports/${kind}?jobCentre=${world.organisations.jobCentre.code}`,
    body: files[kind],
  };
}

export const importsMatrix: MatrixModule = {
  async prepare(db) {
    const batch = await db
      .insertInto('importBatch')
      .values({ kind: 'codebook', fileName: 'matrix.csv', fileSha256: '', startedBy: 'matrix' })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { importBatch: batch.id };
  },
  cases: {
    'POST /api/imports/:kind': { own: () => ({ path: '/api/imports/codebook', body: CODEBOOK }) },
    'POST /api/imports/courses': { own: (world) => personal('courses', world) },
    'POST /api/imports/placements': { own: (world) => personal('placements', world) },
    'POST /api/imports/plans': { own: (world) => personal('plans', world) },
    'GET /api/imports': { own: () => ({ path: '/api/imports' }) },
    'GET /api/imports/:id': { own: (_world, fixtures) => ({ path: `/api/imports/${fixtures.importBatch}` }) },
  },
};
