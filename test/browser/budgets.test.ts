// Journeys of procurement (indkøb) and a provider through capacity, budget notes and budget frames.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

/** "1.234" → 1234 (Danish thousands). */
const danishInteger = (text: string) => Number(text.replace(/\./g, '').trim());

async function openFromMenu(page: Page, name: string, path: string) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name }).click();
  await page.waitForURL((url) => url.pathname === path);
}

describe('budgets', () => {
  it('shows procurement what the frame buys, and fewer citizens at a higher price', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    const start = page.getByRole('region', { name: 'Budget og kapacitet' });
    await expect(start.innerText()).resolves.toMatch(/borgere om året/);

    await openFromMenu(page, 'Kapacitet', '/kapacitet');
    await page.getByRole('heading', { level: 1, name: 'Kapacitet' }).waitFor();
    await expect(page.title()).resolves.toBe('Kapacitet – indsats');
    const table = page.getByRole('table', { name: /^Kapacitet pr\. leverandør/ });
    await table.waitFor();
    await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(2);
    // The total row: share, citizens per year, concurrent citizens, citizen-weeks, left over.
    const totalCells = table.locator('tfoot tr td');
    const citizensBefore = danishInteger(await totalCells.nth(1).innerText());
    expect(citizensBefore).toBeGreaterThan(0);
    await expect(totalCells.nth(2).innerText()).resolves.toMatch(/^\d[\d.]*,\d$/);
    await expectNoAxeViolations(page, 'the capacity page');

    await page.getByLabel('Ny ugepris for indsatsen (kr.)').fill('2.500');
    await page.getByRole('button', { name: 'Beregn' }).click();
    const result = page.getByRole('status').filter({ hasText: /Med en ugepris på 2\.500,00 kr\./ });
    await result.waitFor();
    await expect(result.innerText()).resolves.toMatch(/\d+ færre\)/);
    const citizensAfter = danishInteger(await table.locator('tfoot tr td').nth(6).innerText());
    expect(citizensAfter).toBeLessThan(citizensBefore);
    await expect(page.url()).toContain('pris=250000');
    await expectNoAxeViolations(page, 'the capacity page with a what-if');

    // A bad price is refused next to the field.
    await page.getByLabel('Ny ugepris for indsatsen (kr.)').fill('to tusind');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await expect(page.locator('#what-if-price-error').innerText()).resolves.toContain(
      'Skriv beløbet i kroner',
    );
    await expect(
      page.getByLabel('Ny ugepris for indsatsen (kr.)').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
  });

  it("opens seed 004's budget note with Tabel 1 and Tabel 2 as printed, reconciled, and shows a change's differences", async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await openFromMenu(page, 'Budget', '/budget');
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    const notes = page.getByRole('table', { name: 'Budgetnotater' });
    await expect(notes.innerText()).resolves.toContain('2018-0266843');
    await expectNoAxeViolations(page, 'the budget page');
    await notes.getByRole('link', { name: /^BC24/ }).click();
    await page.waitForURL(/\/budget\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: /^BC24: Virksomhedsrettet indsats/ }).waitFor();
    await expect(page.getByText('Sagsnummer 2018-0266843').isVisible()).resolves.toBe(true);

    const table1 = page.getByRole('table', { name: 'Tabel 1 – Oversigt over udgifter til service' });
    await expect(table1.locator('thead th').first().innerText()).resolves.toBe(
      'Aktiviteter i forslaget (1.000 kr. – 2019 p/l)',
    );
    const firstRow = table1.locator('tbody tr').first();
    await expect(firstRow.locator('td').allInnerTexts()).resolves.toEqual([
      'Service',
      '1.200',
      '1.700',
      '1.700',
      '4.600',
    ]);
    await expect(table1.locator('tfoot tr').innerText()).resolves.toMatch(
      /Udgifter i alt\s+1\.900\s+2\.400\s+2\.400\s+6\.700/,
    );
    const table2 = page.getByRole('table', { name: 'Tabel 2 – Udgifter til service' });
    await expect(table2.locator('tbody tr').first().locator('td').allInnerTexts()).resolves.toEqual([
      'BIU',
      '35.10',
      'U',
      '1.300',
      '1.800',
      '1.800',
      '4.900',
    ]);
    await expect(table2.locator('tfoot tr').innerText()).resolves.toContain('6.700');
    await expect(page.locator('#reconciliation-status').innerText()).resolves.toContain('Stemmer');
    await expect(
      page.getByRole('link', { name: 'Hent som Excel (XLSX)' }).getAttribute('href'),
    ).resolves.toMatch(/\/export\?format=xlsx$/);
    await expectNoAxeViolations(page, "seed 004's budget note");

    await page.getByRole('button', { name: 'Ret beløb' }).click();
    const huslejeRow = page.getByRole('group', { name: 'Række 3' }).first();
    await expect(huslejeRow.getByLabel('Aktivitet').inputValue()).resolves.toBe('Husleje');
    await huslejeRow.getByLabel('Brutto 2019').fill('200');
    const live = page.locator('#budget-live');
    await expect.poll(() => live.innerText()).toMatch(/forskelle:/);
    await expect(live.innerText()).resolves.toContain('Tabel 1, række 3 »Husleje«: I alt');
    await expectNoAxeViolations(page, 'the budget edit form with differences');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect
      .poll(() => page.locator('#reconciliation-status').innerText())
      .toMatch(/Stemmer ikke: \d+ forskelle/);
    await expect(page.getByRole('table', { name: 'Forskelle (kr.)' }).innerText()).resolves.toContain(
      'Husleje',
    );

    // Back as printed: the note reconciles again.
    await huslejeRow.getByLabel('Brutto 2019').fill('100');
    await expect.poll(() => live.innerText()).toContain('Stemmer.');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect.poll(() => page.locator('#reconciliation-status').innerText()).toMatch(/^Stemmer\s+Rækker/);
  });

  it('lets procurement create a budget frame, with a field error for an amount that is not kroner', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page.goto('/budget/rammer');
    const frames = page.getByRole('table', { name: 'Budgetrammer' });
    await expect(frames.innerText()).resolves.toContain('7.000.000,00 kr.');
    await expectNoAxeViolations(page, 'the frames page');
    await page.getByRole('link', { name: 'Opret budgetramme' }).click();
    await page.waitForURL('**/budget/rammer/ny');
    await page.getByLabel(/^Program/).fill('Trædesten');
    await page.getByLabel(/^År/).fill('2024');
    await page.getByLabel(/^Beløb \(kr\.\)/).fill('fem mio.');
    await page.getByRole('button', { name: 'Opret budgetramme' }).click();
    await expect(page.locator('#frame-amount-error').innerText()).resolves.toContain(
      'Skriv beløbet i kroner',
    );
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Beløb (kr.)');
    await expectNoAxeViolations(page, 'the frame form with an error');
    await page.getByLabel(/^Beløb \(kr\.\)/).fill('5.000.000');
    await page.getByRole('button', { name: 'Opret budgetramme' }).click();
    await page.waitForURL((url) => url.pathname === '/budget/rammer');
    await expect(
      page.getByRole('status').filter({ hasText: 'Budgetrammen er gemt.' }).isVisible(),
    ).resolves.toBe(true);
    await expect.poll(() => frames.innerText()).toContain('Trædesten');
  });

  it("shows a provider only their own provider's capacity", async () => {
    const { page } = await test.open();
    await signIn(page, 'sydhavn');
    await openFromMenu(page, 'Kapacitet', '/kapacitet');
    const table = page.getByRole('table', { name: /^Kapacitet pr\. leverandør/ });
    await table.waitFor();
    await expect(table.locator('tbody th').allInnerTexts()).resolves.toEqual(['SydhavnsCompagniet']);
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Budget' }).count(),
    ).resolves.toBe(0);
    await expectNoAxeViolations(page, "a provider's capacity page");
  });
});
