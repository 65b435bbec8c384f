import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen, insertOrganisation } from '../../../../test/support/factories.ts';
import { tableToCsv, type ExportTable } from '../../platform/export/table-export.ts';
import { insertAgreementWithPrices } from '../budgets/budget.fixtures.ts';
import { exportBilling, getBilling } from './billing.service.ts';
import {
  FIXTURE_AFTERCARE_ORE,
  FIXTURE_PROGRAMME_ORE,
  insertCourse,
  insertCourseAgreement,
} from './course.fixtures.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const AS_OF = '2026-06-30';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const db = () => database.db;

async function newProvider() {
  return insertOrganisation(db(), 'provider', `Leverandør ${Math.random().toString(36).slice(2, 8)}`);
}

async function citizenAt(providerId: string, name?: string) {
  return insertCitizen(db(), keys, {
    jobCentreId: world.organisations.jobCentre.id,
    providerIds: [providerId],
    ...(name ? { name } : {}),
  });
}

async function setAftercare(courseId: string, startsOn: string, endsOn: string | null) {
  await db()
    .updateTable('course')
    .set({ aftercareStartsOn: startsOn, aftercarePlannedEndsOn: endsOn, aftercareEndsOn: endsOn })
    .where('id', '=', courseId)
    .execute();
}

describe('billing', () => {
  it('gives the exact weeks and kroner per month of a course of known dates, aftercare at its own price', async () => {
    const provider = await newProvider();
    const { agreementId } = await insertCourseAgreement(db(), provider.id);
    const citizen = await citizenAt(provider.id);
    // Programme 5 Jan – 20 Feb 2026 (47 days: 7 weeks), aftercare 21 Feb – 30 Apr (69 days: 10 weeks).
    const courseId = await insertCourse(db(), {
      citizenId: citizen.id,
      providerId: provider.id,
      agreementId,
      startsOn: '2026-01-05',
      endsOn: '2026-02-20',
      endReason: 'job',
    });
    await setAftercare(courseId, '2026-02-21', '2026-04-30');

    const view = await getBilling(
      ctx('procurement'),
      { from: '2026-01', to: '2026-06', providerId: provider.id },
      { asOf: AS_OF },
    );
    expect(
      view.rows.map((r) => [r.month, r.programme.weeks, r.programme.ore, r.aftercare.weeks, r.aftercare.ore]),
    ).toEqual([
      ['2026-01', 4, 4 * FIXTURE_PROGRAMME_ORE, 0, 0],
      ['2026-02', 3, 3 * FIXTURE_PROGRAMME_ORE, 2, 2 * FIXTURE_AFTERCARE_ORE],
      ['2026-03', 0, 0, 4, 4 * FIXTURE_AFTERCARE_ORE],
      ['2026-04', 0, 0, 4, 4 * FIXTURE_AFTERCARE_ORE],
    ]);
    expect(view.rows[1]!.programme.prices).toEqual([{ weeklyOre: FIXTURE_PROGRAMME_ORE, weeks: 3 }]);
    expect(view.rows[1]!.aftercare.prices).toEqual([{ weeklyOre: FIXTURE_AFTERCARE_ORE, weeks: 2 }]);
    expect(view.rows.every((r) => r.courses === 1 && r.agreement.id === agreementId)).toBe(true);
    expect(view.total).toMatchObject({
      programme: { weeks: 7, ore: 7 * FIXTURE_PROGRAMME_ORE },
      aftercare: { weeks: 10, ore: 10 * FIXTURE_AFTERCARE_ORE },
      totalOre: 7 * FIXTURE_PROGRAMME_ORE + 10 * FIXTURE_AFTERCARE_ORE,
      courses: 1,
    });
    expect(view.providerTotals).toEqual([
      expect.objectContaining({ providerId: provider.id, providerName: provider.name, courses: 1 }),
    ]);
    expect(view.problems).toEqual([]);
  });

  it('bills each week at the price valid on its first day when the price changes mid-period', async () => {
    const provider = await newProvider();
    const { tenderAreaId } = await insertCourseAgreement(db(), provider.id);
    const agreementId = await insertAgreementWithPrices(db(), {
      tenderAreaId,
      providerId: provider.id,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      programme: [
        { validFrom: '2026-01-01', validTo: '2026-03-15', weeklyOre: 200_000 },
        { validFrom: '2026-03-16', weeklyOre: 220_000 },
      ],
      aftercare: [{ validFrom: '2026-01-01', weeklyOre: 65_000 }],
    });
    const citizen = await citizenAt(provider.id);
    await insertCourse(db(), {
      citizenId: citizen.id,
      providerId: provider.id,
      agreementId,
      startsOn: '2026-03-02',
      endsOn: '2026-04-12',
      endReason: 'dropped_out',
    });
    const view = await getBilling(
      ctx('analyst'),
      { from: '2026-03', to: '2026-04', providerId: provider.id },
      { asOf: AS_OF },
    );
    expect(view.rows.map((r) => [r.month, r.programme.prices, r.programme.ore])).toEqual([
      [
        '2026-03',
        [
          { weeklyOre: 200_000, weeks: 2 },
          { weeklyOre: 220_000, weeks: 3 },
        ],
        2 * 200_000 + 3 * 220_000,
      ],
      ['2026-04', [{ weeklyOre: 220_000, weeks: 1 }], 220_000],
    ]);
  });

  it('counts the weeks of an ongoing course up to today', async () => {
    const provider = await newProvider();
    const { agreementId } = await insertCourseAgreement(db(), provider.id);
    const citizen = await citizenAt(provider.id);
    await insertCourse(db(), {
      citizenId: citizen.id,
      providerId: provider.id,
      agreementId,
      startsOn: '2026-06-01',
    });
    const query = { from: '2026-06', to: '2026-12', providerId: provider.id };
    const early = await getBilling(ctx('admin'), query, { asOf: '2026-06-10' });
    const later = await getBilling(ctx('admin'), query, { asOf: '2026-07-06' });
    expect(early.total.programme.weeks).toBe(2);
    expect(later.rows.map((r) => [r.month, r.programme.weeks])).toEqual([
      ['2026-06', 5],
      ['2026-07', 1],
    ]);
  });

  it('reports weeks without a price as problems, not as 0 kr.', async () => {
    const provider = await newProvider();
    const { tenderAreaId } = await insertCourseAgreement(db(), provider.id);
    const noAftercarePrice = await insertAgreementWithPrices(db(), {
      tenderAreaId,
      providerId: provider.id,
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      programme: [{ validFrom: '2026-01-01', weeklyOre: 190_000 }],
    });
    const withAgreement = await insertCourse(db(), {
      citizenId: (await citizenAt(provider.id)).id,
      providerId: provider.id,
      agreementId: noAftercarePrice,
      startsOn: '2026-01-05',
      endsOn: '2026-01-18',
      endReason: 'job',
    });
    await setAftercare(withAgreement, '2026-01-19', '2026-02-01');
    await insertCourse(db(), {
      citizenId: (await citizenAt(provider.id)).id,
      providerId: provider.id,
      agreementId: null,
      startsOn: '2026-01-12',
      endsOn: '2026-01-25',
      endReason: 'dropped_out',
    });
    const view = await getBilling(
      ctx('procurement'),
      { from: '2026-01', to: '2026-02', providerId: provider.id },
      { asOf: AS_OF },
    );
    expect(view.total.programme.weeks).toBe(2);
    expect(view.total.aftercare.weeks).toBe(0);
    expect(
      view.problems.map((p) => [p.kind, p.month, p.reason, p.weeks, p.agreement?.id ?? null, p.courseId]),
    ).toEqual([
      ['aftercare', '2026-01', 'no_price', 2, noAftercarePrice, null],
      ['programme', '2026-01', 'no_agreement', 2, null, null],
    ]);
  });

  it('shows the administration every provider, without citizens, and audits the read', async () => {
    const citizenB = await insertCitizen(db(), keys, {
      jobCentreId: world.organisations.otherJobCentre.id,
      providerIds: [world.organisations.providerB.id],
      name: 'Billing Borger Bee',
    });
    const { agreementId } = await insertCourseAgreement(db(), world.organisations.providerB.id);
    await insertCourse(db(), {
      citizenId: citizenB.id,
      providerId: world.organisations.providerB.id,
      agreementId,
      startsOn: '2025-09-01',
      endsOn: '2025-09-30',
      endReason: 'dropped_out',
    });
    const { agreementId: agreementA } = await insertCourseAgreement(db(), world.organisations.providerA.id);
    await insertCourse(db(), {
      citizenId: world.citizens.citizenAtA.id,
      providerId: world.organisations.providerA.id,
      agreementId: agreementA,
      startsOn: '2025-09-15',
      endsOn: '2025-10-10',
      endReason: 'job',
    });
    const analyst = ctx('analyst');
    const view = await getBilling(analyst, { from: '2025-09', to: '2025-10' }, { asOf: AS_OF });
    const providers = new Set(view.rows.map((r) => r.providerId));
    expect(providers).toEqual(new Set([world.organisations.providerA.id, world.organisations.providerB.id]));
    expect(view.isOwnProviderOnly).toBe(false);
    expect(view.courseLines).toBeNull();
    expect(view.providers.length).toBeGreaterThanOrEqual(2);
    const text = JSON.stringify(view);
    expect(text).not.toContain('Billing Borger Bee');
    expect(text).not.toContain(world.citizens.citizenAtA.name);
    expect(text).not.toContain(citizenB.id);

    const auditRow = await db()
      .selectFrom('auditEvent')
      .selectAll()
      .where('requestId', '=', analyst.requestId)
      .executeTakeFirstOrThrow();
    expect(auditRow).toMatchObject({ action: 'read', entityType: 'billing', citizenId: null });
    expect(auditRow.resultCitizenIds).toEqual([]);
  });

  it('scopes a provider lead to the own provider, with a line per course naming the citizen', async () => {
    const lead = ctx('providerLead');
    const view = await getBilling(lead, { from: '2025-09', to: '2025-10' }, { asOf: AS_OF });
    expect(view.isOwnProviderOnly).toBe(true);
    expect(view.providerId).toBe(world.organisations.providerA.id);
    expect(view.providers).toEqual([
      { id: world.organisations.providerA.id, name: world.organisations.providerA.name },
    ]);
    expect(new Set(view.rows.map((r) => r.providerId))).toEqual(new Set([world.organisations.providerA.id]));
    expect(view.courseLines!.map((l) => [l.citizenName, l.month, l.programme.weeks])).toEqual([
      [world.citizens.citizenAtA.name, '2025-09', 3],
      [world.citizens.citizenAtA.name, '2025-10', 1],
    ]);
    expect(JSON.stringify(view)).not.toContain('Billing Borger Bee');

    const auditRow = await db()
      .selectFrom('auditEvent')
      .selectAll()
      .where('requestId', '=', lead.requestId)
      .executeTakeFirstOrThrow();
    expect(auditRow).toMatchObject({ action: 'read', entityType: 'billing' });
    expect(auditRow.resultCitizenIds).toEqual([world.citizens.citizenAtA.id]);
  });

  it("answers 404 to a provider lead asking for another provider's billing", async () => {
    const error = await getBilling(ctx('providerLead'), {
      from: '2025-09',
      to: '2025-10',
      providerId: world.organisations.providerB.id,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
  });

  it('answers 404 to the administration asking for an organisation that is not a provider', async () => {
    const error = await getBilling(ctx('analyst'), {
      from: '2025-09',
      to: '2025-10',
      providerId: world.organisations.jobCentre.id,
    }).catch((e: unknown) => e);
    expect((error as AppError).code).toBe('NOT_FOUND');
  });

  it('exports the month table with Danish headings, numbers and totals, audited as an export', async () => {
    const provider = await newProvider();
    const { agreementId } = await insertCourseAgreement(db(), provider.id);
    await insertCourse(db(), {
      citizenId: (await citizenAt(provider.id)).id,
      providerId: provider.id,
      agreementId,
      startsOn: '2026-01-05',
      endsOn: '2026-01-25',
      endReason: 'job',
    });
    const procurement = ctx('procurement');
    const { filename, tables } = await exportBilling(
      procurement,
      { from: '2026-01', to: '2026-01', providerId: provider.id, format: 'csv' },
      { asOf: AS_OF },
    );
    expect(filename).toMatch(/^afregning-leverand.*-2026-01-2026-01$/);
    expect(tables.map((t) => t.title)).toEqual([
      'Afregning pr. måned',
      'Afregning pr. leverandør',
      'Uger uden pris',
      'Uger uden betaling (pauser)',
    ]);
    const csv = tableToCsv(tables[0] as ExportTable<unknown>, { danish: true });
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Leverandør;Måned;Rammeaftale;Forløbsuger;Ugepris forløb (kr.);Forløb (kr.);Efterværnsuger;Ugepris efterværn (kr.);Efterværn (kr.);I alt (kr.);Forløb (antal)',
    );
    expect(lines[1]).toMatch(
      new RegExp(`^${provider.name};januar 2026;.*;3;"?2\\.000,00"?;6\\.000,00;0;;0,00;6\\.000,00;1$`),
    );
    expect(lines[2]).toBe('I alt;;;3;2.000,00;6.000,00;0;;0,00;6.000,00;1');
    const auditRow = await db()
      .selectFrom('auditEvent')
      .select(['action', 'entityType'])
      .where('requestId', '=', procurement.requestId)
      .executeTakeFirstOrThrow();
    expect(auditRow).toEqual({ action: 'export', entityType: 'billing' });
  });

  it("adds the lines per course to a provider lead's export", async () => {
    const { tables } = await exportBilling(
      ctx('providerLead'),
      { from: '2025-09', to: '2025-10', format: 'xlsx' },
      { asOf: AS_OF },
    );
    expect(tables.map((t) => t.title)).toContain('Afregning pr. forløb');
  });
});
