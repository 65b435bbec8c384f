// The fair comparison on the results page, on the demo data: per table the providers' observed results
// against the expected with a funnel plot whose text alternative points to the table, one sentence per
// provider in plain Danish, the cost per result and the watch on selection; no ranks; reachable by
// keyboard; the same in English. Axe on both languages.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

describe('the fair comparison', () => {
  it('shows the analyst each table against the expected, with a funnel plot, sentences and no ranks', async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await menu(page).getByRole('link', { name: 'Resultater' }).click();
    const section = page.getByRole('region', { name: 'Fair sammenligning' });
    await section.getByRole('table', { name: /^Tabel 1: Afgang.*faktisk mod forventet$/ }).waitFor();

    for (const table of ['Tabel 1', 'Tabel 2', 'Tabel 3']) {
      const fair = section.getByRole('table', { name: new RegExp(`^${table}.*faktisk mod forventet$`) });
      await expect(fair.getByRole('columnheader', { name: 'Forventet', exact: true }).count()).resolves.toBe(
        1,
      );
      await expect(fair.getByRole('row', { name: /^I alt/ }).count()).resolves.toBe(1);
      // The plot is an image whose text alternative sends the reader to the table.
      await section
        .getByRole('img', { name: new RegExp(`^Tragtdiagram for ${table}.*Tallene står i tabellen\\.$`) })
        .waitFor();
    }
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    // One sentence per provider, in Danish numbers (a decimal comma).
    expect(text).toMatch(
      /fik \d+ i job, uddannelse eller deltidsbeskæftigelse; med de borgere, de havde, ville man forvente \d+,\d\./,
    );
    expect(text).toMatch(
      /Forskellen er inden for det, tilfældigheder kan give\.|for få til at sige noget|plausibelt kan give\./,
    );
    expect(text).not.toMatch(/\d\.\d{2}–/);
    expect(text).not.toMatch(/\bRang\b|\brangering\b|nr\. \d/i);
    await section.getByRole('table', { name: /^Pris pr\. resultat/ }).waitFor();
    await section.getByRole('heading', { name: 'Hvem tager leverandørerne imod?' }).waitFor();
    await expect(
      section.getByRole('link', { name: 'Fair sammenligning som PDF (udvalgsbilag)' }).getAttribute('href'),
    ).resolves.toMatch(/^\/api\/outcomes\/fairness\/export\?.*format=pdf/);
    await expectNoAxeViolations(page, 'the fair comparison');

    // The wide tables are reachable by keyboard: a tab stop each.
    const region = section.getByRole('region', { name: /^Tabel 1: Afgang.*faktisk mod forventet$/ });
    await region.focus();
    await expect(region.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it('speaks English when asked', async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await menu(page).getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('region', { name: 'Fair sammenligning' }).getByRole('table').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    const section = page.getByRole('region', { name: 'Fair comparison' });
    await section
      .getByRole('table', { name: /observed against expected$/ })
      .first()
      .waitFor();
    expect(await section.innerText()).toMatch(/with the citizens it had, one would expect \d+\.\d\./);
    await expectNoAxeViolations(page, 'the fair comparison in English');
  });
});
