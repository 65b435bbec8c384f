// Demo follow-up meetings (issue 14): two meetings with the clearly synthetic provider only, never with the
// real organisations named in the seeds (no facts about them are invented). The procurement officer records
// a complaint and generates both agendas through the meetings service (so their figures are the provider's
// real billing, capacity, timeliness and outcomes), and the provider's lead comments on the latest meeting
// and on one of its actions. One action is past its deadline, so it is in its owner's task list. Dates are
// relative to the day the demo is loaded; idempotent (skipped when the provider already has meetings).
import { addDays, copenhagenDate } from '../../../shared/dates.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { demoUserCtx, syntheticProviderId } from '../../seed/demo-ctx.ts';
import { addComment, createComplaint, generateAgenda } from './meeting.service.ts';

async function userId(db: Db, username: string): Promise<string | null> {
  const row = await db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id ?? null;
}

export async function seedMeetingsDemo(db: Db, keys: Keys, now = new Date()): Promise<void> {
  const providerId = await syntheticProviderId(db);
  if (!providerId) return;
  const existing = await db
    .selectFrom('providerMeeting')
    .select('id')
    .where('providerId', '=', providerId)
    .executeTakeFirst();
  if (existing) return;
  const procurement = await userId(db, 'indkoeb');
  const caseworker = await userId(db, 'sagsbehandler');
  const lead = await userId(db, 'eksempel-leder');
  if (!procurement || !caseworker) return;
  const today = copenhagenDate(now);

  const meeting = async (heldOn: string, minutes: string) => {
    const { id } = await db
      .insertInto('providerMeeting')
      .values({ providerId, heldOn, minutes, createdBy: procurement })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('providerMeetingParticipant')
      .values([
        { meetingId: id, providerId, userId: procurement },
        { meetingId: id, providerId, userId: caseworker },
        ...(lead ? [{ meetingId: id, providerId, userId: lead }] : []),
        {
          meetingId: id,
          providerId,
          externalName: 'Eksempel Leder (syntetisk)',
          externalOrganisation: 'Eksempelleverandøren ApS (syntetisk)',
        },
      ])
      .execute();
    return id;
  };
  const action = (meetingId: string, text: string, ownerId: string, dueOn: string, closedOn?: string) =>
    db
      .insertInto('providerMeetingAction')
      .values({
        meetingId,
        providerId,
        text,
        ownerId,
        dueOn,
        status: closedOn ? 'done' : 'open',
        closedOn: closedOn ?? null,
        createdBy: procurement,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  const first = await meeting(
    addDays(today, -120),
    'Gennemgang af resultattabellerne og kapaciteten. Leverandøren redegjorde for forløbsmodellen. (Syntetiske demodata.)',
  );
  await action(
    first,
    'Leverandøren sender en opdateret liste over virksomhedspartnerskaber.',
    caseworker,
    addDays(today, -90),
    addDays(today, -95),
  );
  const second = await meeting(
    addDays(today, -30),
    'Opfølgning på handlingerne fra sidste møde og på rettidigheden af jobsamtaler. (Syntetiske demodata.)',
  );
  const overdue = await action(
    second,
    'Forvaltningen afklarer ønsket om færre forløbsuger i sommerperioden.',
    procurement,
    addDays(today, -7),
  );
  await action(
    second,
    'Jobcenteret gennemgår henvisningerne fra de seneste tre måneder.',
    caseworker,
    addDays(today, 21),
  );

  await followUpThroughServices(db, keys, {
    providerId,
    meetings: [first, second],
    overdue: overdue.id,
    today,
  });
}

/** The complaint, the agendas and the lead's comments, as the users would make them on the meeting page. */
async function followUpThroughServices(
  db: Db,
  keys: Keys,
  seeded: { providerId: string; meetings: string[]; overdue: string; today: string },
): Promise<void> {
  const procurementCtx = await demoUserCtx(db, keys, 'indkoeb');
  if (!procurementCtx) return;
  await createComplaint(procurementCtx, seeded.providerId, {
    receivedOn: addDays(seeded.today, -45),
    kind: 'complaint',
    source: 'citizen',
    description:
      'En borger klager over, at en aftalt samtale med mentoren blev aflyst uden varsel. (Syntetiske demodata.)',
  });
  for (const meetingId of seeded.meetings) await generateAgenda(procurementCtx, meetingId);
  const leadCtx = await demoUserCtx(db, keys, 'eksempel-leder');
  if (!leadCtx) return;
  const latest = seeded.meetings[seeded.meetings.length - 1]!;
  await addComment(leadCtx, latest, {
    body: 'Tak for et godt møde. Vi har sat ekstra mentortimer af til de borgere, der venter på praktik. (Syntetiske demodata.)',
  });
  await addComment(leadCtx, latest, {
    body: 'Vi foreslår tre uger færre i juli; vores forslag følger. (Syntetiske demodata.)',
    actionId: seeded.overdue,
  });
}
