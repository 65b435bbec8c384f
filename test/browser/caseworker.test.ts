// Journeys of a caseworker (sagsbehandler): search, read a citizen and its access log, create a citizen.
import { describe, expect, it } from 'vitest';
import { passesModulus11 } from '../../src/shared/cpr.ts';
import { listAllCitizens, signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

/** A CPR number with a real birth date (29 Feb 1996) that passes or fails modulus 11, as asked. */
function cprNumber(modulus11: boolean): string {
  for (let serial = 1000; serial < 4000; serial++) {
    const digits = `290296${serial}`;
    if (passesModulus11(digits) === modulus11) return `290296-${serial}`;
  }
  throw new Error('no CPR number found');
}

describe('caseworker', () => {
  it('finds a citizen by name, opens the case and sees the access log grow by one read per view', async () => {
    const { context, page } = await test.open();
    await page.goto('/login');
    await expectNoAxeViolations(page, 'the sign-in page');

    await signIn(page, 'sagsbehandler');
    await expect(page.title()).resolves.toBe('Forside – indsats');
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
    await expect(menu.allInnerTexts()).resolves.toEqual([
      'Forside',
      'Borgere',
      'Opret borger',
      'Henvisninger',
      'Forløb',
      'Opgaver',
      'Opfølgning',
      'Leverandører',
      'Rammeaftaler',
      'Udbud',
      'Netværk',
      'Opfølgningsmøder',
      'Kapacitet',
    ]);
    await expectNoAxeViolations(page, 'the caseworker start page');

    const [someone] = await listAllCitizens(context);
    expect(someone).toBeDefined();
    const name = someone!.name;
    await page.getByLabel('Søg på CPR-nummer eller navn').fill(name);
    await page.getByRole('button', { name: 'Søg' }).click();
    await page.waitForURL((url) => url.pathname === '/borgere' && url.searchParams.get('q') === name);
    const results = page.getByRole('table', { name: `Borgere, der matcher »${name}«` });
    await results.getByRole('link', { name }).first().waitFor();
    await expect(results.locator('thead th[scope="col"]').count()).resolves.toBe(3);
    await expectNoAxeViolations(page, 'the search results');

    await results.getByRole('link', { name }).first().click();
    await page.waitForURL(/\/borgere\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const log = page.locator('#access-log');
    await log.waitFor();
    await expect(page.title()).resolves.toBe(`${name} – indsats`);
    const citizensLink = page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Borgere' });
    await expect(citizensLink.getAttribute('aria-current')).resolves.toBe('page');
    // Only the citizen's details count as a plain "Læst"; reading the log itself, the citizen's
    // referrals and the like are marked with what was read.
    const reads = log.locator('tbody tr').filter({ has: page.locator('td', { hasText: /^Læst$/ }) });
    const readsBefore = await reads.count();
    expect(readsBefore).toBeGreaterThanOrEqual(1);
    const firstRow = log.locator('tbody tr').first();
    await expect(firstRow.locator('td').first().innerText()).resolves.toMatch(
      /^\d{2}-\d{2}-\d{4} kl\. \d{2}\.\d{2}$/,
    );
    await expect(log.innerText()).resolves.toContain('Sara Sagsbehandler');
    await expect(log.innerText()).resolves.toContain('Jobcenter København');
    await expectNoAxeViolations(page, 'the citizen page with its access log');

    await page.reload();
    await log.waitFor();
    await expect.poll(() => reads.count()).toBe(readsBefore + 1);
  });

  it('pages through search results when there are more than fit on one page', async () => {
    const { context, page } = await test.open();
    await signIn(page, 'sagsbehandler');
    let query: string | undefined;
    for (const letter of ['e', 'a', 'n', 'i', 's']) {
      const response = await context.request.get(`/api/citizens?q=${letter}`);
      const body = (await response.json()) as { total: number; pageSize: number };
      if (body.total > body.pageSize) {
        query = letter;
        break;
      }
    }
    // The demo holds 300 citizens, so one of these letters always needs a second page.
    expect(query).toBeDefined();
    await page.goto(`/borgere?q=${query}`);
    const pages = page.getByRole('navigation', { name: 'Sider' });
    await expect(pages.innerText()).resolves.toContain('Side 1 af');
    await pages.getByRole('link', { name: 'Næste side' }).click();
    await page.waitForURL((url) => url.searchParams.get('side') === '2');
    // The router updates the address before React renders the new page (a transition), so wait for it.
    await expect.poll(() => pages.innerText()).toContain('Side 2 af');
    await expect.poll(() => pages.getByRole('link', { name: 'Forrige side' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the second page of search results');
  });

  it('shows a bad CPR number next to the field, keeps the typed values, and creates the citizen once fixed', async () => {
    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await page.getByRole('link', { name: 'Opret borger' }).first().click();
    await page.waitForURL('**/borgere/ny');

    const cpr = page.getByLabel(/^CPR-nummer/);
    const name = page.getByLabel(/^Navn/);
    const district = page.getByLabel('Bydel');
    const notes = page.getByLabel('Noter');
    await cpr.fill('310290-1234'); // 31 February does not exist
    await name.fill('Test Testesen');
    await district.selectOption('Valby');
    await notes.fill('Ønsker hjælp til cv.');
    await page.getByRole('button', { name: 'Opret borger' }).click();

    const error = page.locator('#create-cpr-error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toContain('gyldig dato');
    await expect(cpr.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(cpr.getAttribute('aria-describedby')).resolves.toContain('create-cpr-error');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Der er fejl i formularen');
    await expect(cpr.inputValue()).resolves.toBe('310290-1234');
    await expect(name.inputValue()).resolves.toBe('Test Testesen');
    await expect(district.inputValue()).resolves.toBe('Valby');
    await expect(notes.inputValue()).resolves.toBe('Ønsker hjælp til cv.');
    await expectNoAxeViolations(page, 'the create form with errors');

    // A real date without the modulus-11 check digit: a notice, not an error.
    const withoutCheckDigit = cprNumber(false);
    await cpr.fill(withoutCheckDigit);
    await cpr.blur();
    await page.locator('#create-cpr-notice').waitFor();
    await expect(cpr.getAttribute('aria-invalid')).resolves.toBeNull();

    await page.getByRole('button', { name: 'Opret borger' }).click();
    await page.waitForURL(/\/borgere\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Test Testesen' }).waitFor();
    await page.getByText('Borgeren er oprettet.').waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain(withoutCheckDigit);
    await expect(page.locator('main').innerText()).resolves.toContain('modulus 11');
    await expectNoAxeViolations(page, 'the new citizen');
  });
  it('follows up on timeliness of activation and internship or progression (seed 004) on the follow-up page', async () => {
    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await page.goto('/opfoelgning');
    const section = page.getByRole('region', { name: 'Rettidighed i aktivering og progression' });
    await section.getByRole('heading', { level: 3, name: 'Rettidighed i aktivering' }).waitFor();
    const activation = section.getByRole('table', {
      name: /^Rettidighed i aktivering pr\. leverandør og indsats, /,
    });
    await activation.waitFor();
    await expect(activation.locator('thead th[scope="col"]').allInnerTexts()).resolves.toEqual([
      'Leverandør',
      'Indsats',
      'Frist i perioden',
      'Rettidigt',
      'For sent',
      'Intet tilbud endnu',
      'Heraf udledt periodestart',
      'Rettidighed',
    ]);
    await activation.getByRole('rowheader', { name: 'Alle aktivitetsparate over 30 år' }).waitFor();
    const rules = section.getByRole('table', { name: /^Regler for rettidighed i aktivering/ });
    await expect(rules.locator('tbody th[scope="row"]').allInnerTexts()).resolves.toEqual([
      '01-01-2020',
      '01-07-2026',
    ]);
    await expect(rules.innerText()).resolves.toContain('LAB § 102');
    const outreach = section.getByRole('table', {
      name: /^Virksomhedspraktik eller progression pr\. leverandør/,
    });
    await outreach.getByRole('rowheader', { name: 'I alt' }).waitFor();
    await expect(section.innerText()).resolves.toContain('Forventet: ca. 50 %');
    await expectNoAxeViolations(page, 'the follow-up page with the seed 004 measures');
  });
});
