// The operator's health page (system.health, the administration): the same report as `indsats doctor`,
// computed by the same function on the running server's database and key.
import { healthReportSchema } from '../../../shared/admin/admin.schemas.ts';
import { defineRoute } from '../http/route.ts';
import { doctorReport } from './doctor.ts';

export const healthRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/system/health',
    permission: 'system.health',
    summary:
      'What indsats doctor reports: database, migrations, key fingerprint, audit chain (last sealed position, last verify), imports running or failed, problems',
    tags: ['system'],
    schema: { response: healthReportSchema },
    handler: async ({ deps }) => {
      // doctorReport reads through the server's own connection; it never closes it.
      const database = {
        db: deps.db,
        kind: deps.dbKind,
        location: deps.dbLocation,
        close: () => Promise.resolve(),
      };
      const report = await doctorReport(database, deps.keys);
      return { ...report, checkedAt: new Date().toISOString() };
    },
  }),
];
