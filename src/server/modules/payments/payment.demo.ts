// Demo data of paying providers (issue 14): the municipality's EAN number on the demo's framework
// agreements, so the finance export carries one (seed 003's appendix gives 5798009710178); and the
// synthetic provider's billing bases for the last two complete months, made through this module's service
// as the users would on /afregning: the administration prepares both from the billing rules, the provider's
// lead accepts both, the administration approves the older one (locked) and records an invoice of the same
// amount against it; the newer one waits for approval, so the budget page shows both approved and billed
// but not approved amounts. Only "Eksempelleverandøren ApS (syntetisk)"; no seed provider gets a basis.
// Idempotent: the bases are skipped when the provider has any.
import { addMonthsClamped, copenhagenDate, monthOf } from '../../../shared/dates.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { demoUserCtx, syntheticProviderId } from '../../seed/demo-ctx.ts';
import { acceptBasis, approveBasis, prepareBasis, recordInvoice } from './payment.service.ts';
import { isValidEan } from './payment.rules.ts';

export const DEMO_EAN = '5798009710178';

/** The two complete months before today ('YYYY-MM'), the older first. */
export function demoBillingMonths(today: string): [string, string] {
  const month = (back: number) => addMonthsClamped(monthOf(today), -back).slice(0, 7);
  return [month(2), month(1)];
}

export async function seedPaymentsDemo(db: Db, keys: Keys, now = new Date()): Promise<void> {
  if (!isValidEan(DEMO_EAN)) throw new Error('the demo EAN number has a wrong check digit');
  await db.updateTable('frameworkAgreement').set({ ean: DEMO_EAN }).where('ean', 'is', null).execute();
  await seedSyntheticBases(db, keys, copenhagenDate(now));
}

async function seedSyntheticBases(db: Db, keys: Keys, today: string): Promise<void> {
  const providerId = await syntheticProviderId(db);
  if (!providerId) return;
  const existing = await db
    .selectFrom('billingBasis')
    .select('id')
    .where('providerId', '=', providerId)
    .executeTakeFirst();
  if (existing) return;
  const admin = await demoUserCtx(db, keys, 'indkoeb');
  const lead = await demoUserCtx(db, keys, 'eksempel-leder');
  if (!admin || !lead) return;
  const [older, newer] = demoBillingMonths(today);
  const options = { today };
  const approved = await prepareBasis(admin, { providerId: providerId, month: older }, options);
  await acceptBasis(lead, approved.id);
  await approveBasis(admin, approved.id);
  await recordInvoice(
    admin,
    {
      providerId: providerId,
      month: older,
      invoiceNumber: `EKS-${older}`,
      invoiceDate: `${newer}-05`,
      amountOre: approved.totalOre,
    },
    options,
  );
  const waiting = await prepareBasis(admin, { providerId: providerId, month: newer }, options);
  await acceptBasis(lead, waiting.id);
}
