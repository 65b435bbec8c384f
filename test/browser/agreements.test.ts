// Journeys of procurement (indkøb) through the agreements pages: a provider with a CVR error first, a
// framework agreement under the Trædesten tender with prices (outside the estimated band: a reason), the
// optional year, and termination with notice showing the computed end date before confirming. Axe on every
// page.
import { addDays, addMonthsKeepingMonthEnd, copenhagenDate } from '../../src/shared/dates.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TENDER_2023 } from '../../src/server/modules/agreements/agreement.demo.ts';
import { createRng, syntheticCvr } from '../../src/server/seed/synthetic.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

const today = copenhagenDate(new Date());
const danish = (iso: string) => iso.split('-').reverse().join('-');
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

describe('procurement', () => {
  it('creates a provider, an agreement with prices, exercises the option and terminates with notice', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page
      .getByRole('heading', { level: 2, name: 'Rammeaftaler der udløber inden for 6 måneder' })
      .waitFor();
    await expectNoAxeViolations(page, 'the procurement start page');

    // Providers: the list, then the create form with a bad CVR number.
    await menu(page).getByRole('link', { name: 'Leverandører' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leverandører' }).waitFor();
    await page.getByRole('table', { name: 'Leverandører og deres lokale forankring' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.toContain('SydhavnsCompagniet');
    await expectNoAxeViolations(page, 'the provider list');

    await page.getByRole('link', { name: 'Opret leverandør' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret leverandør' }).waitFor();
    const name = 'Nordvest Jobværksted';
    await page.getByLabel(/^Navn/).fill(name);
    const cvr = page.getByLabel(/^CVR-nummer/);
    await cvr.fill('12345678');
    await page.getByLabel(/^Lokalområde/).fill('Nordvest');
    await page.getByLabel(/^Kontakt \(rolle\)/).fill('Leder');
    await page.getByLabel(/^Leverandør siden/).fill('2021');
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    const cvrError = page.locator('#provider-cvr-error');
    await cvrError.waitFor();
    await expect(cvrError.innerText()).resolves.toContain('modulus 11');
    await expect(cvr.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(cvr.getAttribute('aria-describedby')).resolves.toContain('provider-cvr-error');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Der er fejl i formularen');
    await expectNoAxeViolations(page, 'the provider form with a CVR error');

    await cvr.fill(syntheticCvr(createRng(2021)));
    await page.getByRole('button', { name: 'Opret leverandør' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText('Leverandøren er oprettet.').waitFor();
    const details = page.locator('main dl');
    await expect(details.innerText()).resolves.toContain('Bispebjerg');
    await expect(details.innerText()).resolves.toContain('Leverandør siden 2021');
    await expectNoAxeViolations(page, 'the new provider');

    // A framework agreement under the Trædesten tender, starting this month, with one optional year.
    await page.getByRole('link', { name: 'Opret rammeaftale' }).click();
    await page.getByRole('heading', { level: 1, name: 'Opret rammeaftale' }).waitFor();
    const startsOn = `${today.slice(0, 7)}-01`;
    const endsOn = addDays(addMonthsKeepingMonthEnd(startsOn, 24), -1);
    await page.getByLabel(/^Udbud/).selectOption({ label: TENDER_2023 });
    await page.getByLabel(/^Delområde/).selectOption({ label: '1. Aktivitetsparate over 30 år' });
    await expect(page.getByLabel(/^Leverandør/).inputValue()).resolves.not.toBe('');
    await page.getByLabel(/^Start/).fill(startsOn);
    await page.getByLabel(/^Oprindelig slutdato/).fill(endsOn);
    await page.getByLabel(/^Forlængelsesmuligheder/).fill('12');
    await expectNoAxeViolations(page, 'the agreement form');
    await page.getByRole('button', { name: 'Opret rammeaftale' }).click();
    await page.getByRole('heading', { level: 1, name: `${name} – Aktivitetsparate over 30 år` }).waitFor();
    await page.getByText('Rammeaftalen er oprettet.').waitFor();
    await expectNoAxeViolations(page, 'the new agreement');

    // Prices: the band is an estimate. 1.800 kr. warns as it is typed and asks for a reason; without one
    // the price is refused on the reason's field and nothing typed is lost. Then a price inside the band,
    // and an aftercare price above its band with a reason, marked in the table.
    const priceForm = page.getByRole('form', { name: 'Tilføj pris' });
    await priceForm.getByLabel(/^Prisart/).selectOption({ label: 'Indsats' });
    const weekly = priceForm.getByLabel(/^Ugepris i kr\./);
    await weekly.fill('1.800');
    await priceForm
      .getByText('Prisen ligger uden for udbuddets prisniveau for indsats (1.850–2.150 kr. pr. uge).', {
        exact: false,
      })
      .waitFor();
    const reason = priceForm.getByLabel(/^Begrundelse for prisen uden for prisniveauet/);
    await expect(reason.isVisible()).resolves.toBe(true);
    await priceForm.getByRole('button', { name: 'Tilføj pris' }).click();
    const reasonError = page.locator('#price-outsideBandReason-error');
    await reasonError.waitFor();
    await expect(reasonError.innerText()).resolves.toContain('skriv begrundelsen');
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(weekly.inputValue()).resolves.toBe('1.800');
    await expectNoAxeViolations(page, 'the price form asking for a reason');

    await weekly.fill('1.900,50');
    await priceForm.getByRole('button', { name: 'Tilføj pris' }).click();
    const programme = page.getByRole('table', { name: 'Ugepriser for indsats' });
    await programme.waitFor();
    await expect(programme.innerText()).resolves.toContain('1.900,50 kr.');
    await priceForm.getByLabel(/^Prisart/).selectOption({ label: 'Efterværn' });
    await weekly.fill('725');
    await priceForm.getByLabel(/^Begrundelse for prisen uden for prisniveauet/).fill('Årlig indeksering');
    await priceForm.getByRole('button', { name: 'Tilføj pris' }).click();
    const aftercare = page.getByRole('table', { name: 'Ugepriser for efterværn' });
    await aftercare.waitFor();
    await expect(aftercare.innerText()).resolves.toContain('725,00 kr.');
    await expect(aftercare.innerText()).resolves.toContain('Uden for prisniveauet (575–700 kr.)');
    await expect(aftercare.innerText()).resolves.toContain('Begrundelse: Årlig indeksering');
    await expectNoAxeViolations(page, 'a price outside the band, marked with its reason');

    // The optional year moves the end by 12 months.
    const extended = addMonthsKeepingMonthEnd(endsOn, 12);
    await page.getByRole('button', { name: 'Udnyt option' }).click();
    await page.getByText(`Aftalen løber nu til ${danish(extended)}.`).waitFor();
    await expectNoAxeViolations(page, 'the agreement with prices and the option exercised');

    // Termination with notice: the computed end date is shown before confirming.
    const terminate = page.getByRole('form', { name: 'Opsig med varsel' });
    await expect(terminate.getByLabel(/^Varslingsdato/).inputValue()).resolves.toBe(today);
    const noticeEnd = danish(addDays(today, 56));
    await terminate.getByText(`Aftalen slutter ${noticeEnd}.`).waitFor();
    await expectNoAxeViolations(page, 'the termination preview');
    await terminate.getByLabel(/^Begrundelse/).fill('Test af opsigelse');
    await terminate.getByRole('button', { name: 'Bekræft opsigelse' }).click();
    await page
      .getByText(`Aftalen er opsagt med varsel den ${danish(today)} og slutter ${noticeEnd}.`)
      .waitFor();
    await expect(page.locator('main dl').innerText()).resolves.toContain('Opsagt');
    await expect(page.getByRole('form', { name: 'Opsig med varsel' }).count()).resolves.toBe(0);
  });

  it('shows tenders with their areas and price bands, and filters the agreements', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await menu(page).getByRole('link', { name: 'Udbud' }).click();
    await page.getByRole('heading', { level: 1, name: 'Udbud' }).waitFor();
    await expect(page.getByRole('table', { name: 'Udbud' }).innerText()).resolves.toContain(
      '1.850,00 kr. – 2.150,00 kr.',
    );
    await expectNoAxeViolations(page, 'the tender list');

    await page.getByRole('link', { name: 'Lokalt forankrede beskæftigelsesindsatser 2021–' }).click();
    const areas = page.getByRole('table', { name: /^Delområder i / });
    await areas.waitFor();
    await expect(areas.locator('tbody tr').first().innerText()).resolves.toContain(
      'Kvinder med etnisk minoritetsbaggrund',
    );
    await expectNoAxeViolations(page, 'a tender with its areas');

    await page.getByRole('link', { name: 'Redigér udbud' }).click();
    await page.getByRole('heading', { level: 1, name: /^Redigér / }).waitFor();
    await expect(page.getByLabel(/^Mindst/).inputValue()).resolves.toBe('10');
    await expect(page.getByLabel(/^Indsats, prisloft/).inputValue()).resolves.toBe('');
    await expectNoAxeViolations(page, 'the tender form');

    await menu(page).getByRole('link', { name: 'Rammeaftaler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rammeaftaler' }).waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Udløbet' });
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'expired');
    const table = page.getByRole('table', { name: 'Rammeaftaler' });
    await table.waitFor();
    // The filtered rows arrive after the table is shown: wait for them rather than count at once.
    await expect
      .poll(
        async () =>
          (await table.locator('tbody tr').count()) >= 4 && !(await table.innerText()).includes('Aktiv'),
        { timeout: 15_000 },
      )
      .toBe(true);
    await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(table.innerText()).resolves.not.toContain('Aktiv');
    await expectNoAxeViolations(page, 'the filtered agreement list');
  });

  it("keeps a tender area's eligibility rules: a rule with an error first, then added and ended", async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await menu(page).getByRole('link', { name: 'Udbud' }).click();
    await page.getByRole('link', { name: 'Lokalt forankrede beskæftigelsesindsatser 2021–' }).click();
    await page.getByRole('link', { name: 'Målgruppekriterier for delområde 1' }).click();
    await page.getByRole('heading', { level: 1, name: /^Målgruppekriterier: / }).waitFor();
    await expectNoAxeViolations(page, "a tender area's eligibility rules");

    // From next year on, at least 30 years old: first without the years and the date.
    await page.getByRole('button', { name: 'Tilføj et kriterium' }).click();
    await page.getByRole('combobox', { name: /^Kriterium/ }).selectOption({ label: 'Mindst N år' });
    await page.getByRole('button', { name: 'Tilføj kriteriet' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Skriv antal år' });
    await summary.waitFor();
    await expectNoAxeViolations(page, 'the rule form with its errors');
    await page.getByLabel('Antal år').fill('30');
    await page.getByLabel('Gælder fra').fill('2027-01-01');
    await page.getByRole('button', { name: 'Tilføj kriteriet' }).click();
    await page.getByText('Kriteriet er tilføjet.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Mindst 30 år' });
    await expect(row.innerText()).resolves.toContain('01-01-2027');
    await expect(row.innerText()).resolves.toContain('Indtil videre');

    await row.getByRole('button', { name: 'Afslut Mindst 30 år' }).click();
    await page.getByLabel('Sidste dag').fill('2027-12-31');
    await page.getByRole('button', { name: 'Afslut kriteriet' }).click();
    await page.getByText('Kriteriet er afsluttet.').waitFor();
    await expect.poll(() => row.innerText()).toContain('31-12-2027');
    await expect(row.getByRole('button').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'the rules after adding and ending one');
  });

  it("shows a provider its own agreement and prices, and another provider's agreement as not found", async () => {
    const caseworker = await test.open();
    await signIn(caseworker.page, 'sagsbehandler');
    const all = (await (await caseworker.context.request.get('/api/agreements')).json()) as {
      items: { id: string; provider: { name: string } }[];
    };
    const other = all.items.find((a) => a.provider.name !== 'Settlementet')!;

    const { page } = await test.open();
    await signIn(page, 'settlementet');
    await page.getByRole('heading', { level: 2, name: 'Din rammeaftale og priser' }).waitFor();
    const mine = page.getByRole('table', { name: 'Rammeaftaler med Settlementet' });
    await expect(mine.innerText()).resolves.toContain('Udsatte borgere');
    await expectNoAxeViolations(page, 'the provider start page with its agreement');

    await mine.getByRole('link').first().click();
    await page.getByRole('table', { name: 'Ugepriser for indsats' }).waitFor();
    await expect(page.getByRole('form', { name: 'Tilføj pris' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, "the provider's own agreement");

    await page.goto(`/rammeaftaler/${other.id}`);
    await page.getByRole('heading', { level: 1, name: 'Findes ikke' }).waitFor();
  });
});
