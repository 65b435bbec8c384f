import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor, insertCitizen } from '../../../../test/support/factories.ts';
import {
  FIXTURE_AFTERCARE_ORE,
  FIXTURE_PROGRAMME_ORE,
  insertCourse,
  insertCourseAgreement,
} from '../courses/course.fixtures.ts';
import { getBilling } from '../courses/billing.service.ts';
import {
  acceptBasis,
  addCorrection,
  approveBasis,
  getBasisMonth,
  getBudgetStatus,
  prepareBasis,
  recordInvoice,
} from './payment.service.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
let agreementId: string;
const TODAY = '2026-06-15';
const options = { today: TODAY };

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  const providerA = world.organisations.providerA.id;
  ({ agreementId } = await insertCourseAgreement(database.db, providerA));
  const citizen = await insertCitizen(database.db, keys, {
    jobCentreId: world.organisations.jobCentre.id,
    providerIds: [providerA],
  });
  // Programme 5 Jan – 20 Feb 2026: 4 weeks begin in January, 3 in February; aftercare from 21 Feb.
  const courseId = await insertCourse(database.db, {
    citizenId: citizen.id,
    providerId: providerA,
    agreementId,
    startsOn: '2026-01-05',
    endsOn: '2026-02-20',
    endReason: 'job',
  });
  await database.db
    .updateTable('course')
    .set({
      aftercareStartsOn: '2026-02-21',
      aftercarePlannedEndsOn: '2026-04-30',
      aftercareEndsOn: '2026-04-30',
    })
    .where('id', '=', courseId)
    .execute();
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const providerA = () => world.organisations.providerA.id;

async function expectError(promise: Promise<unknown>, code: string, message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toBe(message);
}

async function approvedBasis(month: string) {
  const basis = await prepareBasis(ctx('procurement'), { providerId: providerA(), month }, options);
  await acceptBasis(ctx('providerLead'), basis.id);
  return approveBasis(ctx('admin'), basis.id);
}

describe('the monthly billing basis', () => {
  it('is prepared from the billing rules, accepted by the provider’s lead and approved by the administration', async () => {
    const draft = await prepareBasis(
      ctx('procurement'),
      { providerId: providerA(), month: '2026-02' },
      options,
    );
    expect(draft).toMatchObject({ status: 'draft', month: '2026-02', asOf: '2026-02-28', problemWeeks: 0 });
    expect(draft.lines).toEqual([
      expect.objectContaining({
        kind: 'weeks',
        agreement: expect.objectContaining({ id: agreementId }),
        programmeWeeks: 3,
        programmeOre: 3 * FIXTURE_PROGRAMME_ORE,
        aftercareWeeks: 2,
        aftercareOre: 2 * FIXTURE_AFTERCARE_ORE,
        courseCount: 1,
      }),
    ]);
    // The same amount as the billing page: one computation of prices.
    const billing = await getBilling(
      ctx('procurement'),
      { from: '2026-02', to: '2026-02', providerId: providerA() },
      { asOf: TODAY },
    );
    expect(draft.totalOre).toBe(billing.total.totalOre);

    const accepted = await acceptBasis(ctx('providerLead'), draft.id);
    expect(accepted.status).toBe('accepted');
    expect(accepted.acceptedBy?.id).toBe(world.users.providerLead.userId);
    const approved = await approveBasis(ctx('procurement'), draft.id);
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy?.id).toBe(world.users.procurement.userId);
    // Approving again changes nothing.
    expect((await approveBasis(ctx('admin'), draft.id)).approvedBy?.id).toBe(world.users.procurement.userId);

    const audit = await database.db
      .selectFrom('auditEvent')
      .select(['action', 'criteria'])
      .where('entityType', '=', 'billing_basis')
      .where('entityId', '=', draft.id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, (a.criteria as { step: string }).step])).toEqual([
      ['create', 'prepare'],
      ['update', 'accept'],
      ['update', 'approve'],
      ['read', 'approve'],
    ]);
  });

  it('refuses approval before the lead has accepted, and preparing a month that has not ended', async () => {
    const draft = await prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-03' }, options);
    await expectError(approveBasis(ctx('admin'), draft.id), 'INVALID_STATE');
    await expectError(
      prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-06' }, options),
      'INVALID_STATE',
    );
  });

  it('is prepared again while a draft, keeping its corrections, and is locked once accepted', async () => {
    await approvedBasis('2025-11');
    const first = await prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-04' }, options);
    await addCorrection(ctx('admin'), first.id, {
      correctsMonth: '2025-11',
      amountOre: -50_000,
      reason: 'Forløb afsluttet 3. november, faktureret hele måneden',
    });
    const again = await prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-04' }, options);
    expect(again.id).toBe(first.id);
    expect(again.lines.map((l) => l.kind)).toEqual(['weeks', 'correction']);
    expect(again.correctionsOre).toBe(-50_000);
    expect(again.totalOre).toBe(again.weeksOre - 50_000);
    await acceptBasis(ctx('providerLead'), first.id);
    await expectError(
      prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-04' }, options),
      'INVALID_STATE',
    );
  });

  it('takes corrections only of an earlier, approved month', async () => {
    const draft = await prepareBasis(ctx('admin'), { providerId: providerA(), month: '2026-05' }, options);
    await expectError(
      addCorrection(ctx('admin'), draft.id, { correctsMonth: '2026-03', amountOre: 100, reason: 'x' }),
      'INVALID_STATE',
    );
    await expectError(
      addCorrection(ctx('admin'), draft.id, { correctsMonth: '2026-05', amountOre: 100, reason: 'x' }),
      'INVALID_STATE',
    );
  });

  it('shows a provider’s lead only its own provider’s bases', async () => {
    const view = await getBasisMonth(ctx('providerLead'), { month: '2026-02' }, options);
    expect(view.providers.map((p) => p.providerId)).toEqual([providerA()]);
    expect(view.isMonthEnded).toBe(true);
    await expectError(
      getBasisMonth(
        ctx('providerLead'),
        { month: '2026-02', providerId: world.organisations.providerB.id },
        options,
      ),
      'NOT_FOUND',
    );
    const other = await prepareBasis(
      ctx('admin'),
      { providerId: world.organisations.providerB.id, month: '2026-02' },
      options,
    );
    await expectError(acceptBasis(ctx('providerLead'), other.id), 'NOT_FOUND');
  });
});

describe('invoices', () => {
  it('are added up per provider and month and matched against the approved basis', async () => {
    const basis = await approvedBasis('2026-01');
    const invoice = { providerId: providerA(), month: '2026-01', invoiceDate: '2026-02-05' };
    // The month invoiced in two parts: the first part alone differs, both together match.
    const firstPart = Math.floor(basis.totalOre / 2);
    const first = await recordInvoice(
      ctx('procurement'),
      { ...invoice, invoiceNumber: 'F-1001', amountOre: firstPart },
      options,
    );
    expect(first.invoiceMatch).toEqual({
      invoicedOre: firstPart,
      invoiceCount: 1,
      match: 'differs',
      differenceOre: firstPart - basis.totalOre,
    });
    const both = await recordInvoice(
      ctx('procurement'),
      { ...invoice, invoiceNumber: 'F-1002', amountOre: basis.totalOre - firstPart },
      options,
    );
    expect(both.invoices.map((i) => i.invoiceNumber)).toEqual(['F-1001', 'F-1002']);
    expect(both.invoiceMatch).toEqual({
      invoicedOre: basis.totalOre,
      invoiceCount: 2,
      match: 'matches',
      differenceOre: 0,
    });
    // A third invoice for the same month is flagged by what it adds.
    const over = await recordInvoice(
      ctx('procurement'),
      { ...invoice, invoiceNumber: 'F-1003', amountOre: 185_000 },
      options,
    );
    expect(over.invoiceMatch).toMatchObject({ match: 'differs', differenceOre: 185_000 });
    // The same invoice again changes nothing; the same number with another amount is refused.
    const again = await recordInvoice(
      ctx('admin'),
      { ...invoice, invoiceNumber: 'F-1001', amountOre: firstPart },
      options,
    );
    expect(again.invoices).toHaveLength(3);
    await expectError(
      recordInvoice(ctx('admin'), { ...invoice, invoiceNumber: 'F-1001', amountOre: 1 }, options),
      'CONFLICT',
    );
  });

  it('are not matched against a basis that is not approved', async () => {
    const month = await recordInvoice(
      ctx('admin'),
      {
        providerId: providerA(),
        month: '2025-10',
        invoiceNumber: 'F-0999',
        invoiceDate: '2025-11-03',
        amountOre: 1,
      },
      options,
    );
    expect(month.invoiceMatch).toMatchObject({ match: 'no_approved_basis', differenceOre: null });
  });
});

describe('the database lock on approved bases', () => {
  async function refused(statement: ReturnType<typeof sql>) {
    const error = await statement.execute(database.db).then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).toBe('23514');
  }

  it('refuses to change or delete an approved basis or its lines, even as the owner', async () => {
    // March (a draft from an earlier test) has four weeks of aftercare.
    const basis = await approvedBasis('2026-03');
    expect(basis.lines).toHaveLength(1);
    const line = basis.lines[0]!;
    await refused(sql`UPDATE billing_basis SET status = 'draft', approved_at = NULL WHERE id = ${basis.id}`);
    await refused(sql`UPDATE billing_basis SET as_of = '2025-12-01' WHERE id = ${basis.id}`);
    await refused(sql`DELETE FROM billing_basis WHERE id = ${basis.id}`);
    await refused(
      sql`UPDATE billing_basis_line SET amount_ore = 0, programme_ore = 0, aftercare_ore = 0 WHERE id = ${line.id}`,
    );
    await refused(sql`DELETE FROM billing_basis_line WHERE id = ${line.id}`);
    await refused(
      sql`INSERT INTO billing_basis_line (basis_id, kind, amount_ore, corrects_month, reason)
          VALUES (${basis.id}, 'correction', 100, '2025-11', 'x')`,
    );
    await refused(sql`UPDATE billing_basis_line SET basis_id = ${basis.id} WHERE basis_id <> ${basis.id}`);
    await refused(sql`TRUNCATE billing_basis_line`);
    const after = await database.db
      .selectFrom('billingBasisLine')
      .select(['amountOre'])
      .where('basisId', '=', basis.id)
      .execute();
    expect(after.map((l) => l.amountOre)).toEqual(basis.lines.map((l) => l.amountOre));
  });

  it('takes only an EAN number with a valid GS1 check digit on the agreement', async () => {
    await sql`UPDATE framework_agreement SET ean = '5798009710178' WHERE id = ${agreementId}`.execute(
      database.db,
    );
    await refused(sql`UPDATE framework_agreement SET ean = '5798009710177' WHERE id = ${agreementId}`);
    await refused(sql`UPDATE framework_agreement SET ean = '579800971017' WHERE id = ${agreementId}`);
  });

  it('lets a draft basis change', async () => {
    const draft = await prepareBasis(ctx('admin'), { providerId: providerA(), month: '2025-09' }, options);
    await sql`UPDATE billing_basis SET as_of = '2025-09-30' WHERE id = ${draft.id}`.execute(database.db);
    await sql`DELETE FROM billing_basis_line WHERE basis_id = ${draft.id}`.execute(database.db);
    await sql`DELETE FROM billing_basis WHERE id = ${draft.id}`.execute(database.db);
  });
});

describe('the budget status', () => {
  it('gives approved, billed but not approved, and the forecast from the same billing rules', async () => {
    // Earlier tests approved January to March 2026; April is accepted, not approved.
    const billing = await getBilling(
      ctx('procurement'),
      { from: '2026-01', to: '2026-12', providerId: providerA() },
      { asOf: TODAY },
    );
    const month = (m: string) => billing.rows.find((r) => r.month === m)?.totalOre ?? 0;
    const status = await getBudgetStatus(ctx('analyst'), { year: 2026 }, options);
    expect(status.asOf).toBe(TODAY);
    expect(status.providers).toEqual([
      expect.objectContaining({
        providerId: providerA(),
        approvedOre: month('2026-01') + month('2026-02') + month('2026-03'),
        billedNotApprovedOre: month('2026-04'),
        forecastOre: billing.total.totalOre,
      }),
    ]);
    expect(status.total.approvedOre).toBe(status.providers[0]!.approvedOre);
  });
});
