// The journey across modules that issue 3 asks for: procurement creates a provider and a framework
// agreement with weekly prices in the current tender, and the capacity page then divides this year's
// frame among one more provider. Axe on each new page state.
import { copenhagenDate } from '../../src/shared/dates.ts';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TENDER_2025 } from '../../src/server/modules/agreements/agreement.demo.ts';
import { createRng, syntheticCvr } from '../../src/server/seed/synthetic.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const year = copenhagenDate(new Date()).slice(0, 4);
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

async function openCapacity(page: Page): Promise<Locator> {
  await menu(page).getByRole('link', { name: 'Kapacitet' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kapacitet' }).waitFor();
  const table = page.getByRole('table', { name: /^Kapacitet pr\. leverandør/ });
  await table.waitFor();
  return table;
}

const providerRow = (table: Locator, name: string) => table.getByRole('row').filter({ hasText: name });

describe('a new provider and agreement change what the frame buys', () => {
  it('creates a provider and an agreement with prices, and the capacity page divides the frame among one more provider', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');

    // Before: this year's frame of 5 mio. kr. is shared by the five providers of the current tender (the
    // four of the seeds and the demo's synthetic one, docs/demo-data.md).
    let capacity = await openCapacity(page);
    await expect(capacity.innerText()).resolves.toContain(`Lokalt forankret beskæftigelsesindsats ${year}`);
    await expect(providerRow(capacity, 'SydhavnsCompagniet').innerText()).resolves.toContain('1.000.000,00');
    const totalBefore = await providerRow(capacity, 'I alt').innerText();

    // A new provider anchored on Østerbro.
    const name = 'Østerbro Jobværksted';
    await menu(page).getByRole('link', { name: 'Leverandører' }).click();
    await page.getByRole('link', { name: 'Opret leverandør' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret leverandør' }).waitFor();
    await page.getByLabel(/^Navn/).fill(name);
    await page.getByLabel(/^CVR-nummer/).fill(syntheticCvr(createRng(4_242)));
    await page.getByLabel(/^Bydel/).selectOption({ label: 'Østerbro' });
    await page.getByLabel(/^Kontakt \(rolle\)/).fill('Leder');
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await page.getByText('Leverandøren er oprettet.').waitFor();

    // Its agreement in the current tender's first area, for this year and the next.
    await page.getByRole('link', { name: 'Opret rammeaftale' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret rammeaftale' }).waitFor();
    await page.getByLabel(/^Udbud/).selectOption({ label: TENDER_2025 });
    await page.getByLabel(/^Delområde/).selectOption({ label: '1. Udsatte borgere' });
    await page.getByLabel(/^Start/).fill(`${year}-01-01`);
    await page.getByLabel(/^Oprindelig slutdato/).fill(`${Number(year) + 1}-12-31`);
    await page.getByRole('button', { name: 'Opret rammeaftale' }).click();
    await page.getByText('Rammeaftalen er oprettet.').waitFor();

    // Weekly prices from the agreement's start: programme and aftercare.
    const priceForm = page.getByRole('form', { name: 'Tilføj pris' });
    for (const [kind, kroner, table] of [
      ['Indsats', '1.900', 'Ugepriser for indsats'],
      ['Efterværn', '600', 'Ugepriser for efterværn'],
    ] as const) {
      await priceForm.getByLabel(/^Prisart/).selectOption({ label: kind });
      await priceForm.getByLabel(/^Gælder fra/).fill(`${year}-01-01`);
      await priceForm.getByLabel(/^Ugepris i kr\./).fill(kroner);
      await priceForm.getByRole('button', { name: 'Tilføj pris' }).click();
      await expect
        .poll(() => page.getByRole('table', { name: table }).innerText())
        .toContain(`${kroner},00 kr.`);
    }
    await expectNoAxeViolations(page, 'the new agreement with prices');

    // After: six providers share the frame (5 mio. kr. / 6, the odd øre to some), the new one at its own price.
    capacity = await openCapacity(page);
    const newRow = providerRow(capacity, name);
    await newRow.waitFor();
    await expect(newRow.innerText()).resolves.toContain('1.900,00');
    await expect(newRow.innerText()).resolves.toMatch(/833\.333,3[34]/);
    await expect(providerRow(capacity, 'SydhavnsCompagniet').innerText()).resolves.toMatch(/833\.333,3[34]/);
    await expect(providerRow(capacity, 'I alt').innerText()).resolves.not.toBe(totalBefore);
    await expectNoAxeViolations(page, 'the capacity page with the new provider');
  });
});
