// What each role sees: provider staff (Settlementet) only the citizens with a course or referral at their
// provider; administrators the system links; analysts a page without personal data.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listAllCitizens, signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

async function citizenIdsOnPage(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main table a[href^="/borgere/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.replace('/borgere/', ''));
}

describe('provider staff', () => {
  it('lists only their own citizens and shows the not-found page for a citizen of another provider', async () => {
    // Everyone the job centre knows, to find a citizen outside Settlementet's scope.
    const caseworker = await test.open();
    await signIn(caseworker.page, 'sagsbehandler');
    const everyone = await listAllCitizens(caseworker.context);

    const { context, page } = await test.open();
    await signIn(page, 'settlementet');
    await page.getByRole('heading', { level: 2, name: 'Mine borgere' }).waitFor();
    await page.getByRole('table', { name: 'Mine borgere' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
    await expect(menu.allInnerTexts()).resolves.toEqual([
      'Forside',
      'Borgere',
      'Henvisninger',
      'Forløb',
      'Opgaver',
      'Leverandører',
      'Rammeaftaler',
      'Udbud',
      'Netværk',
      'Kapacitet',
    ]);
    await expectNoAxeViolations(page, 'the provider start page');

    const mine = await listAllCitizens(context);
    const mineIds = new Set(mine.map((citizen) => citizen.id));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(everyone.length);
    const shown = await citizenIdsOnPage(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => mineIds.has(id))).toBe(true);

    // A search that matches many citizens still shows only Settlementet's.
    await page.goto('/borgere?q=a');
    await page.getByRole('heading', { level: 2, name: 'Resultater' }).waitFor();
    expect((await citizenIdsOnPage(page)).every((id) => mineIds.has(id))).toBe(true);

    const other = everyone.find((citizen) => !mineIds.has(citizen.id));
    expect(other).toBeDefined();
    await page.goto(`/borgere/${other!.id}`);
    await page.getByRole('heading', { level: 1, name: 'Borgeren findes ikke' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain(
      'findes ikke, eller du har ikke adgang til den',
    );
    await expect(page.locator('main').innerText()).resolves.not.toContain(other!.name);
    await expectNoAxeViolations(page, 'the not-found page of a citizen');

    // Their own citizen opens, without the access log (a caseworker's tool).
    await page.goto(`/borgere/${mine[0]!.id}`);
    await page.getByRole('heading', { level: 1, name: mine[0]!.name }).waitFor();
    await expect(page.getByRole('heading', { name: 'Adgangslog' }).count()).resolves.toBe(0);
  });
});

describe('administrator and analyst', () => {
  it('gives the administrator system links and no citizen pages', async () => {
    const { page } = await test.open();
    await signIn(page, 'admin');
    await page.getByRole('heading', { level: 2, name: 'System' }).waitFor();
    await expect(page.getByRole('link', { name: /API-dokumentation/ }).getAttribute('href')).resolves.toBe(
      '/api/docs',
    );
    await expect.poll(() => page.getByRole('status').first().innerText()).toContain('Systemet kører');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
    await expect(menu.allInnerTexts()).resolves.toEqual([
      'Forside',
      'Leverandører',
      'Rammeaftaler',
      'Udbud',
      'Netværk',
      'Kapacitet',
      'Budget',
      'Afregning',
      'Tilbudsevaluering',
      'Udvalgsbeslutninger',
      'Import',
    ]);
    await expectNoAxeViolations(page, 'the administrator start page');

    await page.goto('/borgere');
    await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor();
  });

  it('tells the analyst that statistics are aggregates, without showing any citizen', async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await page.getByRole('heading', { level: 2, name: 'Statistik' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain('aldrig navne, CPR-numre');
    await expect(page.locator('main table').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'the analyst start page');
  });
});
