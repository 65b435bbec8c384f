// Authorisation-matrix cases of the meetings module's routes (issue 14). The administration and the job
// centre see every provider's meetings; a provider's lead only its own provider's (another's answers 404).
import type { Db } from '../../../src/server/platform/db/client.ts';
import { encrypt } from '../../../src/server/platform/crypto/keys.ts';
import type { MatrixModule, RouteCase } from './matrix-types.ts';

const SCOPED = ['provider_lead'] as const;

async function insertMeeting(db: Db, providerId: string) {
  return db
    .insertInto('providerMeeting')
    .values({ providerId, heldOn: '2026-01-15', minutes: 'Matrix' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

async function insertAction(db: Db, meetingId: string, providerId: string, ownerId: string) {
  return db
    .insertInto('providerMeetingAction')
    .values({ meetingId, providerId, ownerId, text: 'Matrix handling', dueOn: '2026-02-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const meeting = (suffix: string, body?: unknown): RouteCase => ({
  own: (_w, f) => ({ path: `/api/meetings/${f.meetingA}${suffix}`, body }),
  other: (_w, f) => ({ path: `/api/meetings/${f.meetingB}${suffix}`, body }),
  scopedRoles: SCOPED,
});

export const meetingsMatrix: MatrixModule = {
  async prepare(db, keys, world) {
    const { providerA, providerB } = world.organisations;
    const meetingA = await insertMeeting(db, providerA.id);
    const meetingB = await insertMeeting(db, providerB.id);
    const actionA = await insertAction(db, meetingA.id, providerA.id, world.users.admin.userId);
    const actionB = await insertAction(db, meetingB.id, providerB.id, world.users.admin.userId);
    const complaintA = await db
      .insertInto('providerComplaint')
      .values({
        providerId: providerA.id,
        receivedOn: '2026-01-10',
        kind: 'incident',
        source: 'caseworker',
        descriptionEncrypted: encrypt(keys, 'Matrix hændelse'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return {
      meetingA: meetingA.id,
      meetingB: meetingB.id,
      actionA: actionA.id,
      actionB: actionB.id,
      complaintA: complaintA.id,
    };
  },
  cases: {
    'GET /api/providers/:providerId/meetings': {
      own: (w) => ({ path: `/api/providers/${w.organisations.providerA.id}/meetings` }),
      other: (w) => ({ path: `/api/providers/${w.organisations.providerB.id}/meetings` }),
      scopedRoles: SCOPED,
    },
    'POST /api/providers/:providerId/meetings': {
      own: (w) => ({
        path: `/api/providers/${w.organisations.providerA.id}/meetings`,
        body: { heldOn: '2026-02-02', externals: [{ name: 'Matrix Ekstern' }] },
      }),
    },
    'GET /api/meetings/:id': meeting(''),
    'PATCH /api/meetings/:id': meeting('', { minutes: 'Matrix referat' }),
    'POST /api/meetings/:id/actions': {
      own: (w, f) => ({
        path: `/api/meetings/${f.meetingA}/actions`,
        body: { text: 'Matrix', ownerId: w.users.admin.userId, dueOn: '2026-03-01' },
      }),
    },
    'PATCH /api/meeting-actions/:id': {
      own: (_w, f) => ({ path: `/api/meeting-actions/${f.actionA}`, body: { text: 'Matrix ændret' } }),
      other: (_w, f) => ({ path: `/api/meeting-actions/${f.actionB}`, body: { text: 'x' } }),
      scopedRoles: SCOPED,
    },
    'POST /api/meetings/:id/agenda': meeting('/agenda'),
    'POST /api/meetings/:id/comments': meeting('/comments', { body: 'Matrix kommentar' }),
    'GET /api/providers/:providerId/complaints': {
      own: (w) => ({ path: `/api/providers/${w.organisations.providerA.id}/complaints` }),
    },
    'POST /api/providers/:providerId/complaints': {
      own: (w) => ({
        path: `/api/providers/${w.organisations.providerA.id}/complaints`,
        body: { receivedOn: '2026-01-12', kind: 'complaint', source: 'company', description: 'Matrix klage' },
      }),
    },
    'PATCH /api/complaints/:id': {
      own: (_w, f) => ({ path: `/api/complaints/${f.complaintA}`, body: { handling: 'Matrix behandlet' } }),
    },
  },
};
