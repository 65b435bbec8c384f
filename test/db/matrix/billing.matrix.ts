// Authorisation-matrix cases of the courses module's billing routes. The administration (admin,
// analyst, procurement) sees every provider's sums; a provider lead only its own provider, so asking for
// another provider answers 404.
import { insertCourse, insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { MatrixModule, RouteCase } from './matrix-types.ts';

const PERIOD = 'from=2026-01&to=2026-12';

const byProvider = (path: string): RouteCase => ({
  own: (w) => ({
    path: `${path}${path.includes('?') ? '&' : '?'}providerId=${w.organisations.providerA.id}`,
  }),
  other: (w) => ({
    path: `${path}${path.includes('?') ? '&' : '?'}providerId=${w.organisations.providerB.id}`,
  }),
  scopedRoles: ['provider_lead'],
});

export const billingMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const { agreementId } = await insertCourseAgreement(db, providerA.id);
    const { agreementId: agreementB } = await insertCourseAgreement(db, providerB.id);
    await insertCourse(db, {
      citizenId: world.citizens.citizenAtA.id,
      providerId: providerA.id,
      agreementId,
      startsOn: '2026-01-05',
      endsOn: '2026-03-01',
      endReason: 'job',
    });
    await insertCourse(db, {
      citizenId: world.citizens.citizenOtherJobCentre.id,
      providerId: providerB.id,
      agreementId: agreementB,
      startsOn: '2026-02-02',
      endsOn: '2026-04-30',
      endReason: 'dropped_out',
    });
    return {};
  },
  cases: {
    'GET /api/billing': byProvider(`/api/billing?${PERIOD}`),
    'GET /api/billing/export': byProvider(`/api/billing/export?${PERIOD}&format=csv`),
  },
};
