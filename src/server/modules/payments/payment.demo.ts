// Demo data of paying providers (issue 14): the municipality's EAN number on the demo's framework
// agreements, so the finance export carries one. Seed 003's appendix gives 5798009710178.
import type { Db } from '../../platform/db/client.ts';
import { isValidEan } from './payment.rules.ts';

export const DEMO_EAN = '5798009710178';

export async function seedPaymentsDemo(db: Db): Promise<void> {
  if (!isValidEan(DEMO_EAN)) throw new Error('the demo EAN number has a wrong check digit');
  await db.updateTable('frameworkAgreement').set({ ean: DEMO_EAN }).where('ean', 'is', null).execute();
}
