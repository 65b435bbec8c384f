// Issue 14, paying providers: the administration prepares a provider's monthly billing basis
// (afregningsgrundlag) on /afregning, the provider's lead accepts it, the administration approves it (it is
// then locked) and records an invoice that differs from it. Through the UI only, on the demo database,
// for the month before today. Axe on each new state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { copenhagenDate } from '../../src/shared/dates.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const PROVIDER = 'SydhavnsCompagniet';

function previousMonth(): string {
  const [y, m] = copenhagenDate(new Date()).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

async function openBasis(page: Page, username: string) {
  await signIn(page, username);
  await page.goto(`/afregning?maaned=${previousMonth()}`);
  await page.getByRole('heading', { level: 2, name: 'Afregningsgrundlag' }).waitFor();
  return page.getByRole('region', { name: PROVIDER, exact: true });
}

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

describe('the monthly billing basis', () => {
  it('is prepared and approved by the administration after the provider’s lead has accepted it', async () => {
    // The administration prepares the basis.
    const admin = (await test.open()).page;
    let section = await openBasis(admin, 'indkoeb');
    await section.getByRole('button', { name: 'Dan afregningsgrundlag' }).click();
    await section.getByTestId('basis-status').filter({ hasText: 'Kladde' }).waitFor();
    // Nobody in the administration accepts on the provider's behalf.
    await expect(section.getByRole('button', { name: 'Acceptér afregningsgrundlag' }).count()).resolves.toBe(
      0,
    );
    await expectNoAxeViolations(admin, 'the billing page with a draft basis');
    const total = await section.getByTestId('basis-total').innerText();

    // The provider's lead accepts it; the lead cannot approve.
    const lead = (await test.open()).page;
    section = await openBasis(lead, 'sydhavn-leder');
    await expect(lead.getByRole('region', { name: 'Settlementet', exact: true }).count()).resolves.toBe(0);
    await section.getByRole('button', { name: 'Acceptér afregningsgrundlag' }).click();
    await expectStatus(lead, 'Afregningsgrundlaget er accepteret.');
    await section.getByTestId('basis-status').filter({ hasText: 'Accepteret af leverandøren' }).waitFor();
    await expect(section.getByRole('button', { name: 'Godkend afregningsgrundlag' }).count()).resolves.toBe(
      0,
    );
    await expectNoAxeViolations(lead, 'the billing page with an accepted basis (provider lead)');

    // The administration approves it: locked, no more steps.
    await admin.reload();
    section = admin.getByRole('region', { name: PROVIDER, exact: true });
    await section.getByRole('button', { name: 'Godkend afregningsgrundlag' }).click();
    await expectStatus(admin, 'Afregningsgrundlaget er godkendt og låst.');
    await section.getByTestId('basis-status').filter({ hasText: 'Godkendt og låst' }).waitFor();
    await expect(section.getByRole('button', { name: /Dan grundlaget igen|Godkend/ }).count()).resolves.toBe(
      0,
    );
    await expect(section.getByTestId('basis-total').innerText()).resolves.toBe(total);

    // An invoice 100 kr. above the basis is flagged.
    const totalOre = Math.round(Number(total.replace(/\./g, '').replace(',', '.')) * 100);
    const invoiceKr = ((totalOre + 10_000) / 100).toFixed(2).replace('.', ',');
    await section.getByLabel(/^Fakturanummer/).fill('SC-2026-117');
    await section.getByLabel(/^Fakturadato/).fill(copenhagenDate(new Date()));
    await section.getByLabel(/^Beløb/).fill(invoiceKr);
    await section.getByRole('button', { name: 'Registrér faktura' }).click();
    await section
      .getByTestId('basis-invoices')
      .filter({ hasText: 'Afviger fra det godkendte grundlag med 100,00 kr.' })
      .waitFor();
    await expectNoAxeViolations(admin, 'the billing page with an approved basis and an invoice');

    // The budget page shows the approved amount in the year's status.
    if (previousMonth().startsWith(String(new Date().getFullYear()))) {
      await admin.goto('/budget');
      const status = admin.getByRole('region', { name: /^Budgetstatus \d{4} pr. leverandør$/ });
      const row = status.getByRole('row').filter({ hasText: PROVIDER });
      // The provider's part of the frame first, then the approved amount.
      await status.getByRole('columnheader', { name: 'Ramme (kr.)' }).waitFor();
      await expect(row.getByRole('cell').nth(1).innerText()).resolves.toBe(total);
      await expectNoAxeViolations(admin, 'the budget page with the budget status');
    }
  });
});
