// Authorisation-matrix cases of the imports module's routes. Imports belong to the administration, not
// to an organisation's records, so there is no "other organisation" case. The matrix sends JSON bodies:
// the upload route also takes a small file as a JSON string, so the case sends a tiny codebook.
import type { MatrixModule } from './matrix-types.ts';

const CODEBOOK = 'code,meaning,category\n130,Kontanthjælp,benefit\n';

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
    'GET /api/imports': { own: () => ({ path: '/api/imports' }) },
    'GET /api/imports/:id': { own: (_world, fixtures) => ({ path: `/api/imports/${fixtures.importBatch}` }) },
  },
};
