// Issue 15, web kit: the shared data table (src/web/components/DataTable.tsx) on the caseworker's citizen
// list (a search), and on the administration's user list, one of the tables that moved onto it. A sortable column's heading is a button: sorting by keyboard orders the rows (Danish collation)
// and sets aria-sort; at 390 px the optional columns wait behind "Vis alle kolonner", and neither state
// makes the page wider than the window. Axe on each state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

async function openCitizenList(page: Page): Promise<void> {
  await signIn(page, 'sagsbehandler');
  // Searching is audited and starts from a query: a common surname gives a list of several citizens.
  await page.goto('/borgere?q=sen');
  await page.getByRole('table').first().waitFor();
}

async function names(page: Page): Promise<string[]> {
  return page.getByRole('table').first().locator('tbody tr th').allInnerTexts();
}

async function pageOverflow(page: Page): Promise<{ pageWidth: number; viewport: number }> {
  return page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
}

describe('the data table', () => {
  it('sorts the citizen list by keyboard and marks the sorted column with aria-sort', async () => {
    const { page } = await test.open();
    await openCitizenList(page);
    const table = page.getByRole('table').first();
    const nameHeader = table.getByRole('columnheader', { name: /^Navn/ });
    const districtHeader = table.getByRole('columnheader', { name: /^Bydel/ });
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBeNull();

    const before = await names(page);
    expect(before.length, 'the caseworker has citizens in the list').toBeGreaterThan(2);
    const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
    const ascending = [...before].sort(collator.compare);

    await nameHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(districtHeader.getAttribute('aria-sort')).resolves.toBeNull();
    expect(await names(page)).toEqual(ascending);
    // Announced in the table's live region (aria-live, so the pages' status lines stay the only role=status).
    await page
      .locator('[aria-live="polite"]', { hasText: 'Sorteret efter Navn, stigende' })
      .waitFor({ state: 'attached' });

    await page.keyboard.press('Space');
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await names(page)).toEqual([...ascending].reverse());

    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('th')?.textContent?.startsWith('Bydel') ?? false),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(districtHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(nameHeader.getAttribute('aria-sort')).resolves.toBeNull();
    await expectNoAxeViolations(page, 'the citizen list sorted by district');
  });

  it('hides the optional columns at 390 px until "Vis alle kolonner", without widening the page', async () => {
    const { page } = await test.open();
    await page.setViewportSize({ width: 390, height: 844 });
    await openCitizenList(page);
    const table = page.getByRole('table').first();
    const district = table.getByRole('columnheader', { name: /^Bydel/ });
    const toggle = page.getByRole('button', { name: 'Vis alle kolonner' });

    await expect(district.isVisible()).resolves.toBe(false);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    let { pageWidth, viewport } = await pageOverflow(page);
    expect(pageWidth, 'the page is wider than the window').toBeLessThanOrEqual(viewport);
    await expectNoAxeViolations(page, 'the citizen list at 390 px');

    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await district.waitFor({ state: 'visible' });
    ({ pageWidth, viewport } = await pageOverflow(page));
    expect(pageWidth, 'the page is wider than the window with all columns').toBeLessThanOrEqual(viewport);
    await expectNoAxeViolations(page, 'the citizen list at 390 px with all columns');

    await page.keyboard.press('Enter');
    await district.waitFor({ state: 'hidden' });
  });

  it('offers no toggle at 1280 px, where every column is shown', async () => {
    const { page } = await test.open();
    await openCitizenList(page);
    await page
      .getByRole('table')
      .first()
      .getByRole('columnheader', { name: /^Bydel/ })
      .waitFor();
    await expect(page.getByRole('button', { name: 'Vis alle kolonner' }).isVisible()).resolves.toBe(false);
  });
});

describe('the administration’s user list on the data table', () => {
  it('sorts the users by user name by keyboard, both ways, with aria-sort', async () => {
    const { page } = await test.open();
    await signIn(page, 'admin');
    await page.goto('/administration/brugere');
    const table = page.getByRole('table', { name: 'Brugere, sorteret efter organisation' });
    await table.waitFor();
    const header = table.getByRole('columnheader', { name: /^Brugernavn/ });
    const usernames = () => table.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    const before = await usernames();
    expect(before.length, 'the demo has several users').toBeGreaterThan(2);
    const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });
    const ascending = [...before].sort(collator.compare);
    expect(before, 'the list opens in another order than by user name').not.toEqual(ascending);

    await header.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await usernames()).toEqual(ascending);
    await page.keyboard.press('Space');
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    expect(await usernames()).toEqual([...ascending].reverse());
    await expectNoAxeViolations(page, 'the user list sorted by user name');
  });
});
