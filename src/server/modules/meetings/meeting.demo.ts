// Demo follow-up meetings (issue 14): two meetings with the clearly synthetic provider only, never with the
// real organisations named in the seeds (no facts about them are invented). Dates are relative to the day
// the demo is loaded; idempotent (skipped when the provider already has meetings).
import { addDays, copenhagenDate } from '../../../shared/dates.ts';
import type { Db } from '../../platform/db/client.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../agreements/agreement.demo-data.ts';

async function userId(db: Db, username: string): Promise<string | null> {
  const row = await db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirst();
  return row?.id ?? null;
}

export async function seedMeetingsDemo(db: Db, now = new Date()): Promise<void> {
  const provider = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', SYNTHETIC_PROVIDER_CODE)
    .executeTakeFirst();
  if (!provider) return;
  const existing = await db
    .selectFrom('providerMeeting')
    .select('id')
    .where('providerId', '=', provider.id)
    .executeTakeFirst();
  if (existing) return;
  const procurement = await userId(db, 'indkoeb');
  const caseworker = await userId(db, 'sagsbehandler');
  if (!procurement || !caseworker) return;
  const today = copenhagenDate(now);
  const providerId = provider.id;

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
      .execute();

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
  await action(
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
}
