// Demo data: the seeds' organisations and providers, one user per role (password "demo"), and a few
// dozen synthetic citizens spread over the providers. Idempotent; refused in production.
import { AppError } from '../../shared/errors.ts';
import { DISTRICTS } from '../../shared/districts.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import type { Keys } from '../platform/crypto/keys.ts';
import { encrypt } from '../platform/crypto/keys.ts';
import { sealCpr } from '../platform/crypto/citizen-cpr.ts';
import type { Db } from '../platform/db/client.ts';
import type { OrganisationKind } from '../platform/db/schema.ts';
import {
  findOrganisationByCode,
  upsertOrganisation,
} from '../modules/organisations/organisation.repository.ts';
import { createUser } from '../modules/organisations/user.service.ts';
import { createRng, syntheticCpr, syntheticName, syntheticNote } from './synthetic.ts';
import { seedAgreementsDemo } from '../modules/agreements/agreement.demo.ts';
import {
  SYNTHETIC_PROVIDER_CODE,
  SYNTHETIC_PROVIDER_NAME,
} from '../modules/agreements/agreement.demo-data.ts';
import { seedBudgetsDemo } from '../modules/budgets/budget.demo.ts';
import { seedCompaniesDemo } from '../modules/companies/company.demo.ts';
import { seedTendersDemo } from '../modules/tenders/tender.demo.ts';
import { seedCoursesDemo } from '../modules/courses/course.demo.ts';
import { seedSyntheticCoursesDemo } from '../modules/courses/course.demo-synthetic.ts';
import { seedOutcomesDemo } from '../modules/outcomes/outcome.demo.ts';
import { seedMeetingsDemo } from '../modules/meetings/meeting.demo.ts';
import { seedPaymentsDemo } from '../modules/payments/payment.demo.ts';
import { seedPromisesDemo } from '../modules/agreements/agreement-promise.demo.ts';
import { seedCommitteeDemo } from '../modules/committee/committee.demo.ts';
import { seedSyntheticReportsDemo } from '../modules/committee/committee.demo-synthetic.ts';
import { DEMO_SEED_ACTOR } from '../platform/audit/audit-request.ts';

export const DEMO_PASSWORD = 'demo';

// Seeds 000 and 003: the administration, the job centre and the providers of 2017–2020 and 2021–.
export const DEMO_ORGANISATIONS: { code: string; kind: OrganisationKind; name: string }[] = [
  { code: 'bif', kind: 'administration', name: 'Beskæftigelses- og Integrationsforvaltningen' },
  { code: 'jobcenter-kbh', kind: 'job_centre', name: 'Jobcenter København' },
  { code: 'sydhavnscompagniet', kind: 'provider', name: 'SydhavnsCompagniet' },
  { code: 'settlementet', kind: 'provider', name: 'Settlementet' },
  { code: 'servisio', kind: 'provider', name: 'Servisio' },
  { code: 'send-flere-krydderier', kind: 'provider', name: 'Send Flere Krydderier' },
  { code: 'opzoomerne', kind: 'provider', name: 'Opzoomerne' },
  { code: 'hki', kind: 'provider', name: 'HKI – Hans Knudsen Instituttet' },
  // Not in the seeds: a clearly synthetic provider that carries the demo's invented unfavourable facts
  // (a partnership shortfall, a losing bid), so that no seed organisation is shown with them (issue 12).
  { code: SYNTHETIC_PROVIDER_CODE, kind: 'provider', name: SYNTHETIC_PROVIDER_NAME },
];

export const DEMO_USERS = [
  { username: 'admin', displayName: 'Administrator', organisationCode: 'bif', roles: ['admin'] },
  {
    username: 'sagsbehandler',
    displayName: 'Sara Sagsbehandler',
    organisationCode: 'jobcenter-kbh',
    roles: ['caseworker'],
  },
  {
    username: 'settlementet',
    displayName: 'Mads Mentor (Settlementet)',
    organisationCode: 'settlementet',
    roles: ['provider_staff'],
  },
  {
    username: 'sydhavn',
    displayName: 'Maja Mentor (SydhavnsCompagniet)',
    organisationCode: 'sydhavnscompagniet',
    roles: ['provider_staff'],
  },
  { username: 'analytiker', displayName: 'Anna Analytiker', organisationCode: 'bif', roles: ['analyst'] },
  { username: 'indkoeb', displayName: 'Ivan Indkøb', organisationCode: 'bif', roles: ['procurement'] },
] as const;

/** The providers of the current framework agreements (seed 000), who get the demo citizens. */
const CURRENT_PROVIDERS = ['sydhavnscompagniet', 'settlementet', 'servisio', 'send-flere-krydderier'];
const DEMO_CITIZENS = 36;

export interface DemoSummary {
  organisations: number;
  usersCreated: number;
  citizensCreated: number;
}

export async function seedDemo(
  db: Db,
  keys: Keys,
  env: string = process.env.NODE_ENV ?? '',
): Promise<DemoSummary> {
  if (env === 'production') throw new AppError('INVALID_STATE', 'demo.production');
  for (const organisation of DEMO_ORGANISATIONS) await upsertOrganisation(db, organisation);

  let usersCreated = 0;
  for (const user of DEMO_USERS) {
    const exists = await db
      .selectFrom('appUser')
      .select('id')
      .where('username', '=', user.username)
      .executeTakeFirst();
    if (exists) continue;
    await createUser(db, {
      ...user,
      roles: [...user.roles],
      password: DEMO_PASSWORD,
      allowShortPassword: true,
    });
    usersCreated += 1;
  }

  const jobCentre = (await findOrganisationByCode(db, 'jobcenter-kbh'))!;
  const providerIds = await Promise.all(
    CURRENT_PROVIDERS.map(async (code) => (await findOrganisationByCode(db, code))!.id),
  );
  const rng = createRng(20_201_218);
  let citizensCreated = 0;
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < DEMO_CITIZENS; i++) {
      // Every ninth number lacks the modulus-11 check digit, as numbers issued since 2007 may.
      const cpr = syntheticCpr(rng, { modulus11: i % 9 !== 8 });
      const name = syntheticName(rng);
      const district = DISTRICTS[Math.floor(rng() * DISTRICTS.length)]!;
      const note = syntheticNote(rng);
      const sealedCpr = sealCpr(keys, cpr);
      const existing = await tx
        .selectFrom('citizen')
        .select('id')
        .where('cprHash', '=', sealedCpr.cprHash)
        .executeTakeFirst();
      if (existing) continue;
      const { id } = await tx
        .insertInto('citizen')
        .values({
          jobCentreId: jobCentre.id,
          ...sealedCpr,
          name,
          district,
          notesEncrypted: encrypt(keys, note),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Four in five citizens are in a course at a provider; the rest await referral.
      if (i % 5 !== 4) {
        await tx
          .insertInto('citizenProviderLink')
          .values({ citizenId: id, providerId: providerIds[i % providerIds.length]! })
          .execute();
      }
      await recordAudit(tx, DEMO_SEED_ACTOR, null, {
        action: 'create',
        entityType: 'citizen',
        entityId: id,
        citizenId: id,
      });
      citizensCreated += 1;
    }
  });
  // Providers' details, tenders, agreements and prices first: the network and budgets refer to them.
  await seedAgreementsDemo(db);
  await seedCompaniesDemo(db);
  await seedBudgetsDemo(db);
  await seedTendersDemo(db);
  await seedCoursesDemo(db, keys);
  // The synthetic provider's year (issue 14): courses, then its meetings, payments and committee pack.
  await seedSyntheticCoursesDemo(db, keys);
  await seedSyntheticReportsDemo(db, keys);
  await seedOutcomesDemo(db, keys);
  await seedMeetingsDemo(db, keys);
  await seedPaymentsDemo(db, keys);
  await seedPromisesDemo(db);
  await seedCommitteeDemo(db, keys);
  return { organisations: DEMO_ORGANISATIONS.length, usersCreated, citizensCreated };
}
