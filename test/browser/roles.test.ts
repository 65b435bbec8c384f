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
    // Tasks come first; the citizens (names and CPR numbers) are one link away, not on the start page.
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.indexOf('Mine opgaver')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Mine opgaver')).toBeLessThan(headings.indexOf('Mine borgere'));
    await expect(page.locator('main table a[href^="/borgere/"]').count()).resolves.toBe(0);
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
    await page.getByRole('link', { name: 'Se og søg blandt mine borgere' }).click();
    await page.getByRole('table', { name: 'Mine borgere' }).waitFor();
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
      'Opgaver',
      'Leverandører',
      'Rammeaftaler',
      'Udbud',
      'Netværk',
      'Opfølgningsmøder',
      'Kapacitet',
      'Budget',
      'Afregning',
      'Tilbudsevaluering',
      'Udvalgsbeslutninger',
      'Udvalgsrapporter',
      'Import',
      'Administration',
    ]);
    await expectNoAxeViolations(page, 'the administrator start page');

    await page.goto('/borgere');
    await page.getByRole('heading', { level: 1, name: 'Ingen adgang' }).waitFor();
  });

  it('lets the administrator create a user, reset its password and deactivate it', async () => {
    const { page } = await test.open();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, 'admin');
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Brugere' }).waitFor();
    await page.getByRole('table', { name: 'Brugere, sorteret efter organisation' }).waitFor();
    await expectNoAxeViolations(page, 'the user list');

    await page.getByRole('link', { name: 'Opret bruger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret bruger' }).waitFor();
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.innerText()).resolves.toContain('Vælg mindst én rolle.');
    await expectNoAxeViolations(page, 'the user form with errors');

    await page.getByLabel(/^Brugernavn/).fill('browser.bruger');
    await page.getByLabel(/^Navn/).fill('Bodil Browsertest');
    await page.getByLabel(/^Organisation/).selectOption({ label: 'Jobcenter København (Jobcenter)' });
    await page.getByRole('checkbox', { name: 'Sagsbehandler' }).check();
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny adgangskode til browser.bruger' }).waitFor();
    const first = await page.getByTestId('new-password').innerText();
    expect(first).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expectNoAxeViolations(page, 'the new password shown once');

    await page.getByRole('button', { name: 'Jeg har gemt adgangskoden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bodil Browsertest' }).waitFor();
    await expectNoAxeViolations(page, "a user's page");

    await page.getByRole('button', { name: 'Nulstil adgangskode' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny adgangskode til browser.bruger' }).waitFor();
    const second = await page.getByTestId('new-password').innerText();
    expect(second).not.toBe(first);
    await expectNoAxeViolations(page, 'a reset password shown once');

    // The new user signs in with the reset password …
    const user = await test.open();
    await signIn(user.page, 'browser.bruger', second);
    // … and is signed out when deactivated.
    await page.getByRole('button', { name: 'Deaktiver bruger' }).click();
    await page.getByText('Bodil Browsertest er deaktiveret. Brugerens sessioner er afsluttet.').waitFor();
    await page.getByRole('button', { name: 'Genaktiver bruger' }).waitFor();
    await expectNoAxeViolations(page, 'a deactivated user');
    await user.page.goto('/administration/brugere');
    await user.page.waitForURL('**/login');

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Brugere' })
      .click();
    const row = page.getByRole('row', { name: /Bodil Browsertest/ });
    await expect(row.innerText()).resolves.toContain('Deaktiveret');
    await expectNoAxeViolations(page, 'the user list with a deactivated user');
  });

  it('shows the administrator the health page, organisations, codebook, local rules and own password', async () => {
    const { page } = await test.open();
    await signIn(page, 'admin');
    await page.goto('/administration/drift');
    await page.getByRole('heading', { level: 1, name: 'Drift' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Logning (revisionsspor)' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain('datamappen er låst af serveren');
    await expectNoAxeViolations(page, 'the health page');

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Organisationer' })
      .click();
    await page.getByRole('link', { name: 'Opret organisation' }).click();
    await page.getByLabel(/^Type/).selectOption('provider');
    await page.getByLabel(/^Navn/).fill('Browser Leverandør');
    await page.getByLabel(/^Kode/).fill('Forkert Kode');
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Koden må kun have små bogstaver');
    await expectNoAxeViolations(page, 'the organisation form with an error');
    await page.getByLabel(/^Kode/).fill('browser-lev');
    await page.getByRole('button', { name: 'Opret organisation' }).click();
    await page.getByText('Organisationen Browser Leverandør er oprettet.').waitFor();
    await expectNoAxeViolations(page, 'the organisation list');

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Kodebog' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kodebog' }).waitFor();
    await expect(
      page.getByRole('link', { name: 'Indlæs STARs liste på importsiden' }).getAttribute('href'),
    ).resolves.toBe('/import');
    await expectNoAxeViolations(page, 'the codebook');

    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Lokale regler' })
      .click();
    const imports = page.getByRole('region', { name: 'Indlæsninger' });
    await imports.getByText('365 (standard)').waitFor();
    await imports.getByLabel(/^Ny værdi/).fill('7');
    await imports.getByRole('button', { name: 'Gem ny værdi for Indlæsninger' }).click();
    await expect(imports.getByRole('alert').innerText()).resolves.toContain(
      'Skriv et helt tal fra 30 til 3650.',
    );
    await expect(imports.getByRole('alert').innerText()).resolves.toContain('Feltet skal udfyldes.');
    await expectNoAxeViolations(page, 'the local rules with errors');
    await imports.getByLabel(/^Ny værdi/).fill('400');
    await imports.getByLabel(/^Begrundelse/).fill('Browsertest (syntetisk)');
    await imports.getByRole('button', { name: 'Gem ny værdi for Indlæsninger' }).click();
    await imports.getByText('400 (sat lokalt)').waitFor();
    await imports
      .getByRole('table', { name: 'Ændringer af Indlæsninger, nyeste først' })
      .getByText('Browsertest (syntetisk)')
      .waitFor();
    await expectNoAxeViolations(page, 'the local rules with a history');

    await page.getByRole('link', { name: 'Skift adgangskode' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min adgangskode' }).waitFor();
    await page.getByLabel(/^Nuværende adgangskode/).fill('forkert');
    await page.getByLabel(/^Ny adgangskode/).fill('en lang ny adgangskode');
    await page.getByLabel(/^Gentag ny adgangskode/).fill('en lang ny adgangskode');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain(
      'Den nuværende adgangskode er forkert.',
    );
    await expectNoAxeViolations(page, 'the own password form with an error');
  });

  it('tells the analyst that statistics are aggregates, without showing any citizen', async () => {
    const { page } = await test.open();
    await signIn(page, 'analytiker');
    await page.getByRole('heading', { level: 2, name: 'Statistik' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain('aldrig navne, CPR-numre');
    // The only table is the analyst's own task list (the committee's next due report), and no CPR
    // number stands anywhere on the page.
    await page.locator('section[aria-labelledby="tasks-start-heading"] table').waitFor();
    await expect(page.locator('main table').count()).resolves.toBe(
      await page.locator('section[aria-labelledby="tasks-start-heading"] table').count(),
    );
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/\b\d{6}-?\d{4}\b/);
    await page
      .getByRole('main')
      .getByRole('link', { name: /^Resultater:/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Resultater' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Statistik' }).waitFor();
    await expectNoAxeViolations(page, 'the analyst start page');
  });
});
