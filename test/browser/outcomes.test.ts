// The analyst's outcome page on the demo data: seed 003's three tables per provider with the comparison
// against the previous report (4 % → 7 %, 11 % → 10 %, 2 % → 6 %), a period error, saving a report and
// reading it back. Axe on every state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

async function rowText(page: Page, table: string, provider: string): Promise<string> {
  const row = page
    // The appendix's table, not the fair comparison's of the same table ("…: faktisk mod forventet").
    .getByRole('table', { name: new RegExp(`^${table}(?!.*faktisk mod forventet)`) })
    .getByRole('row', { name: new RegExp(provider) });
  return (await row.innerText()).replace(/\s+/g, ' ');
}

describe('the outcome tables', () => {
  it("shows the analyst seed 003's tables, a period error, and saves a report", async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await menu(page).getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultater' }).waitFor();
    await page.getByRole('table', { name: /^Tabel 1: Afgang(?!.*faktisk mod forventet)/ }).waitFor();

    // The page opens on the newest saved report's periods, compared with the report before them.
    await page
      .getByRole('heading', {
        level: 2,
        name: /Tabel 1: Afgang til beskæftigelse.*marts 2019 - september 2019/,
      })
      .waitFor();
    expect(await rowText(page, 'Tabel 1', 'Settlementet')).toMatch(/Settlementet 41 2 2 10 %/);
    expect(await rowText(page, 'Tabel 1', 'Send Flere Krydderier')).toMatch(/28 0 4 14 %/);
    expect(await rowText(page, 'Tabel 2', 'HKI')).toMatch(/56 15 27 %/);
    expect(await rowText(page, 'Tabel 2', 'HKI')).toContain('Højere');
    expect(await rowText(page, 'Tabel 3', 'SydhavnsCompagniet')).toMatch(/105 9 9 %/);
    expect(await rowText(page, 'Tabel 3', 'I alt')).toMatch(/355 22 6 %/);
    const comparison = await page.getByRole('region', { name: 'Sammenligning', exact: true }).innerText();
    expect(comparison).toContain('fra 4 % til 7 % (+3 pct.-point)');
    expect(comparison).toContain('fra 11 % til 10 % (−1 pct.-point)');
    expect(comparison).toContain('fra 2 % til 6 % (+4 pct.-point)');
    const main = await page.locator('main').innerText();
    expect(main).toContain('seks måneder forsinket');
    expect(main).toContain('op imod halvdelen');
    expect(main).toContain('ikke skelnes fra de øvrige leverandører');
    // Table 3's total is its rows' 22, and the page says why the printed source has 16 (issue 13).
    expect(main).toContain(
      'Den trykte kilde ("Resultater marts 2019 – marts 2020 (bilag til BIU 18. maj 2020)") angiver 16 i alt, men dens egne rækker giver 22.',
    );
    expect(main).not.toContain('afventer registerdata for 2. måned');
    await page
      .getByRole('img', { name: /Andel pr. leverandør med 95 %-interval/ })
      .first()
      .waitFor();
    await expect(
      page.getByRole('link', { name: 'PDF som udvalgsbilag' }).getAttribute('href'),
    ).resolves.toContain('format=pdf');
    await expectNoAxeViolations(page, 'the outcome tables');

    // A backwards plan period is refused with the field named.
    await page
      .getByRole('group', { name: 'Tabel 3: forberedende plan' })
      .getByLabel(/^Til/)
      .fill('2019-01-01');
    await page.getByRole('button', { name: 'Vis resultater' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    await expect(summary.innerText()).resolves.toContain('Slutdatoen må ikke ligge før startdatoen');
    await expectNoAxeViolations(page, 'the period form with an error');

    // Back to seed 003's plan period, then save the report.
    await page
      .getByRole('group', { name: 'Tabel 3: forberedende plan' })
      .getByLabel(/^Til/)
      .fill('2020-03-31');
    await page.getByRole('button', { name: 'Vis resultater' }).click();
    await page.waitForURL(/plan-til=2020-03-31/);
    await page.getByLabel(/^Titel/).fill('Browsertest marts 2019');
    await page.getByRole('button', { name: 'Gem rapport' }).click();
    await page.getByText('Rapporten "Browsertest marts 2019" er gemt.').waitFor();
    await page.getByRole('link', { name: 'Browsertest marts 2019' }).click();
    await page.getByRole('heading', { level: 1, name: 'Browsertest marts 2019' }).waitFor();
    await page.getByText('Tallene beregnet i dag er de samme som da rapporten blev gemt.').waitFor();
    expect(await rowText(page, 'Tabel 1', 'I alt')).toMatch(/229 5 10 7 %/);
    await expectNoAxeViolations(page, 'a saved report');
  });
});
