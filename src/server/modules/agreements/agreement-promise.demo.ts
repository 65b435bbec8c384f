// Demo promises (issue 14): only for the clearly synthetic provider's agreement in force, never for the
// real organisations the seeds name (no seed states what any of them promised in a bid). Its binding
// partnerships (7, the demo's shortfall, companies demo) fall short of the 12 promised; the other values
// are made up. Idempotent: skipped when the agreement already has promises.
import { copenhagenDate } from '../../../shared/dates.ts';
import type { Db } from '../../platform/db/client.ts';
import { SYNTHETIC_PROVIDER_CODE } from './agreement.demo-data.ts';

export const DEMO_PROMISES = [
  {
    kind: 'binding_partnerships' as const,
    promisedTenths: 120,
    source: 'bid' as const,
    sourceText: 'Tilbuddet (syntetisk): 12 forpligtende virksomhedssamarbejder i lokalområdet.',
  },
  {
    kind: 'local_partners' as const,
    promisedTenths: 3 * 10,
    source: 'agreement' as const,
    sourceText: 'Aftalens bilag 1 (syntetisk): mindst tre lokale samarbejdspartnere.',
  },
  { kind: 'mentor_ratio' as const, promisedTenths: 120, source: 'bid' as const, sourceText: null },
  {
    kind: 'other' as const,
    label: 'Praktikpladser pr. år',
    unit: 'pladser',
    promisedTenths: 150,
    source: 'bid' as const,
    sourceText: null,
  },
];

export async function seedPromisesDemo(db: Db, now = new Date()): Promise<void> {
  const today = copenhagenDate(now);
  const agreement = await db
    .selectFrom('frameworkAgreement as a')
    .innerJoin('organisation as o', 'o.id', 'a.providerId')
    .select('a.id')
    .where('o.code', '=', SYNTHETIC_PROVIDER_CODE)
    .where('a.status', '=', 'active')
    .where('a.startsOn', '<=', today)
    .where('a.endsOn', '>=', today)
    .orderBy('a.startsOn', 'desc')
    .executeTakeFirst();
  if (!agreement) return;
  const existing = await db
    .selectFrom('agreementPromise')
    .select('id')
    .where('agreementId', '=', agreement.id)
    .executeTakeFirst();
  if (existing) return;
  const recordedBy =
    (await db.selectFrom('appUser').select('id').where('username', '=', 'indkoeb').executeTakeFirst())?.id ??
    null;
  await db
    .insertInto('agreementPromise')
    .values(DEMO_PROMISES.map((p) => ({ ...p, agreementId: agreement.id, recordedBy })))
    .execute();
}
