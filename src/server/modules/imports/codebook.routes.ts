// The register codebook, read-only (loading STAR's list is an import: POST /api/imports/codebook).
import { codebookSchema } from '../../../shared/admin/admin.schemas.ts';
import { defineRoute } from '../../platform/http/route.ts';
import { listCodebook } from './codebook-view.service.ts';

export const codebookRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/register/codebook',
    permission: 'import.run',
    summary: 'The DREAM codebook: each code with its meaning, category and whether it is verified',
    tags: ['imports'],
    schema: { response: codebookSchema },
    handler: ({ ctx }) => listCodebook(ctx),
  }),
];
