// Authorisation-matrix cases of price indexation and pauses in billing (issue 14). "Own" is an agreement
// of provider A and a course of citizenAtA at provider A; "other" provider B's agreement and a course of
// the other job centre's citizen at provider B. Indexing and choosing the excluded pause kinds is the
// administration's (agreement.manage, which sees every agreement: no "other"); a pause is recorded by the
// provider's staff and lead or the citizen's caseworker, each on a day of its own.
import { addDays } from '../../../src/shared/dates.ts';
import {
  insertAgreementWithPrices,
  insertTenderWithArea,
} from '../../../src/server/modules/budgets/budget.fixtures.ts';
import { insertCourse, insertCourseAgreement } from '../../../src/server/modules/courses/course.fixtures.ts';
import type { MatrixModule } from './matrix-types.ts';

const PROVIDER_ROLES = ['provider_staff', 'provider_lead'] as const;
let pauseDay = 0;
const nextPauseDay = () => addDays('2026-03-02', pauseDay++);
// One indexation a year, each after the last (every request's own() asks for one, allowed or not): the
// agreement indexed runs 2000–2099.
let indexationYear = 2001;
const nextIndexation = () => `${indexationYear++}-01-01`;

export const pausesMatrix: MatrixModule = {
  async prepare(db, _keys, world) {
    const { providerA, providerB } = world.organisations;
    const { citizenAtA, citizenOtherJobCentre } = world.citizens;
    const own = await insertCourseAgreement(db, providerA.id);
    const other = await insertCourseAgreement(db, providerB.id);
    const longAgreement = await insertAgreementWithPrices(db, {
      tenderAreaId: (await insertTenderWithArea(db)).tenderAreaId,
      providerId: providerA.id,
      startsOn: '2000-01-01',
      endsOn: '2099-12-31',
      programme: [{ validFrom: '2000-01-01', weeklyOre: 200_000 }],
      aftercare: [{ validFrom: '2000-01-01', weeklyOre: 60_000 }],
    });
    return {
      indexedAgreementA: longAgreement,
      pauseAgreementA: own.agreementId,
      pauseAgreementB: other.agreementId,
      pauseCourseA: await insertCourse(db, {
        citizenId: citizenAtA.id,
        providerId: providerA.id,
        agreementId: own.agreementId,
        caseworkerIds: [world.users.caseworker.userId],
        startsOn: '2026-03-02',
      }),
      pauseCourseB: await insertCourse(db, {
        citizenId: citizenOtherJobCentre.id,
        providerId: providerB.id,
        agreementId: other.agreementId,
        startsOn: '2026-03-02',
      }),
    };
  },
  cases: {
    'GET /api/agreements/:id/payment-terms': {
      own: (_w, f) => ({ path: `/api/agreements/${f.pauseAgreementA}/payment-terms` }),
      other: (_w, f) => ({ path: `/api/agreements/${f.pauseAgreementB}/payment-terms` }),
      scopedRoles: PROVIDER_ROLES,
    },
    'POST /api/agreements/:id/indexations': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.indexedAgreementA}/indexations`,
        body: { effectiveFrom: nextIndexation(), percent: 2.1, reason: 'Matrix' },
      }),
      scopedRoles: [],
    },
    'PUT /api/agreements/:id/pause-exclusions': {
      own: (_w, f) => ({
        path: `/api/agreements/${f.pauseAgreementA}/pause-exclusions`,
        body: { kinds: ['hospital_stay'] },
      }),
      scopedRoles: [],
    },
    'GET /api/courses/:id/pauses': {
      own: (_w, f) => ({ path: `/api/courses/${f.pauseCourseA}/pauses` }),
      other: (_w, f) => ({ path: `/api/courses/${f.pauseCourseB}/pauses` }),
    },
    'POST /api/courses/:id/pauses': {
      own: (_w, f) => {
        const day = nextPauseDay();
        return {
          path: `/api/courses/${f.pauseCourseA}/pauses`,
          body: { kind: 'illness', fromDate: day, toDate: day },
        };
      },
      other: (_w, f) => {
        const day = nextPauseDay();
        return {
          path: `/api/courses/${f.pauseCourseB}/pauses`,
          body: { kind: 'illness', fromDate: day, toDate: day },
        };
      },
    },
  },
};
