// The SQL of complaints and incidents about a provider (migration 0025, issue 14). The description and the
// handling are stored sealed; the service seals and opens them.
import type { Tx } from '../../platform/context.ts';
import type { ComplaintKind, ComplaintSource } from '../../platform/db/schema.ts';

const columns = [
  'id',
  'providerId',
  'receivedOn',
  'kind',
  'source',
  'descriptionEncrypted',
  'handlingEncrypted',
  'closedOn',
] as const;

export function listComplaintsOfProvider(tx: Tx, providerId: string) {
  return tx
    .selectFrom('providerComplaint')
    .select(columns)
    .where('providerId', '=', providerId)
    .orderBy('receivedOn', 'desc')
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
}

export type ComplaintRow = Awaited<ReturnType<typeof listComplaintsOfProvider>>[number];

export function findComplaint(tx: Tx, id: string) {
  return tx.selectFrom('providerComplaint').select(columns).where('id', '=', id).executeTakeFirst();
}

export function insertComplaint(
  tx: Tx,
  values: {
    providerId: string;
    receivedOn: string;
    kind: ComplaintKind;
    source: ComplaintSource;
    descriptionEncrypted: Buffer;
    createdBy: string;
  },
) {
  return tx.insertInto('providerComplaint').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updateComplaint(
  tx: Tx,
  id: string,
  values: { handlingEncrypted: Buffer | null; closedOn: string | null },
): Promise<void> {
  await tx
    .updateTable('providerComplaint')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/** For the agenda: complaints open now, and received in the period. */
export async function countComplaints(tx: Tx, providerId: string, from: string, to: string) {
  const row = await tx
    .selectFrom('providerComplaint')
    .select((eb) => [
      eb.fn.count<string>('id').filterWhere('closedOn', 'is', null).as('open'),
      eb.fn
        .count<string>('id')
        .filterWhere((w) => w.and([w('receivedOn', '>=', from), w('receivedOn', '<=', to)]))
        .as('received'),
    ])
    .where('providerId', '=', providerId)
    .executeTakeFirstOrThrow();
  return { open: Number(row.open), received: Number(row.received) };
}
