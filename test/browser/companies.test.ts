// Journeys of the company network: a provider's staff (SydhavnsCompagniet) sees their binding-partnership
// indicator, adds a binding partnership with a new company (a bad CVR number first), and sees the count
// go up; another provider's network is not found. Procurement sees every provider's indicator.
import { describe, expect, it } from 'vitest';
import { syntheticCvr } from '../../src/server/seed/synthetic.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';
import { testRng } from '../support/seed.ts';

const test = setUpBrowserTests();
const rng = testRng('companies.test');

interface OverviewJson {
  items: { providerId: string; providerName: string; bindingCount: number; min: number | null }[];
}

describe('company network', () => {
  it('lets provider staff add a binding partnership with a new company and see the count go up', async () => {
    const { context, page } = await test.open();
    await signIn(page, 'sydhavn');
    const before = (await (await context.request.get('/api/network/overview')).json()) as OverviewJson;
    const own = before.items[0]!;
    expect(own.providerName).toBe('SydhavnsCompagniet');
    const count = own.bindingCount;

    // The start page shows the indicator in words.
    const startSection = page.getByRole('region', { name: 'Virksomhedsnetværk' });
    await startSection
      .getByText(`${count} ${own.min === null ? 'forpligtende' : 'af'}`)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'the provider start page with the network indicator');

    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Netværk' }).click();
    await page.waitForURL(`**/netvaerk/${own.providerId}`);
    await page.getByRole('heading', { level: 1, name: 'SydhavnsCompagniet' }).waitFor();
    await expect(page.title()).resolves.toBe('Netværk – SydhavnsCompagniet – indsats');
    const indicator = page.getByTestId('indicator-text');
    await expect(indicator.innerText()).resolves.toContain(`${count} `);
    if (own.min !== null) await expect(indicator.innerText()).resolves.toContain(`${count} af 10–15`);
    const table = page.getByRole('table', { name: 'Partnerskaber med virksomheder – SydhavnsCompagniet' });
    // By the headings' names: a sortable column's heading also holds its (aria-hidden) sort mark.
    for (const heading of ['Virksomhed', 'CVR-nummer', 'Forpligtende', 'Periode', 'Tilbyder']) {
      await table.getByRole('columnheader', { name: heading, exact: true }).waitFor();
    }
    await page
      .getByRole('table', { name: /^Lokale samarbejdspartnere/ })
      .getByText('Fremskudt beskæftigelsesindsats i Sydhavnen (BIF)')
      .waitFor();
    await expect(page.getByRole('link', { name: /regneark \(XLSX\)/ }).getAttribute('href')).resolves.toBe(
      `/api/providers/${own.providerId}/network/export?format=xlsx`,
    );
    await expectNoAxeViolations(page, 'the provider network page');

    await page.getByRole('button', { name: 'Tilføj partnerskab' }).click();
    const cvr = page.getByLabel(/^Virksomhedens CVR-nummer/);
    await cvr.fill('12345678'); // fails modulus 11
    await page.getByRole('button', { name: 'Gem partnerskab' }).click();
    const cvrError = page.locator('#partnership-cvr-error');
    await cvrError.waitFor();
    await expect(cvrError.innerText()).resolves.toContain('kontrolcifferet');
    await expect(cvr.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Der er fejl i formularen');
    await expectNoAxeViolations(page, 'the partnership form with a CVR error');

    // A valid number indsats does not know: the form asks for the new company's name.
    const newCvr = syntheticCvr(rng);
    await cvr.fill(newCvr);
    await page.getByRole('button', { name: 'Find virksomhed' }).click();
    await page.getByText('Virksomheden findes ikke i indsats endnu').waitFor();
    await page.getByLabel(/^Virksomhedens navn/).fill('Sluseholmen Testcykler ApS');
    await page.getByLabel('Bydel').selectOption('Vesterbro/Kongens Enghave');
    await page.getByLabel(/^Branche/).fill('cykelværksted');
    await expect(page.getByLabel('Forpligtende partnerskab').isChecked()).resolves.toBe(true);
    await page.getByLabel(/^Startdato/).fill('2024-01-01');
    await page.getByLabel('Virksomhedspraktik').check();
    await page.getByLabel('Småjob').check();
    await expectNoAxeViolations(page, 'the partnership form with a new company');
    await page.getByRole('button', { name: 'Gem partnerskab' }).click();

    await page.getByText('Partnerskabet med Sluseholmen Testcykler ApS er tilføjet.').waitFor();
    await expect.poll(() => indicator.innerText()).toContain(`${count + 1} `);
    const row = table.getByRole('row', { name: /Sluseholmen Testcykler ApS/ });
    await expect(row.innerText()).resolves.toContain(newCvr);
    await expect(row.innerText()).resolves.toContain('Virksomhedspraktik, Småjob');
    await expectNoAxeViolations(page, 'the network page after adding a partnership');
  });

  it("shows the not-found page for another provider's network", async () => {
    const procurement = await test.open();
    await signIn(procurement.page, 'indkoeb');
    const all = (await (
      await procurement.context.request.get('/api/network/overview')
    ).json()) as OverviewJson;
    const servisio = all.items.find((item) => item.providerName === 'Servisio')!;

    const { page } = await test.open();
    await signIn(page, 'sydhavn');
    await page.goto(`/netvaerk/${servisio.providerId}`);
    await page.getByRole('heading', { level: 1, name: 'Netværket findes ikke' }).waitFor();
    await expect(page.locator('main').innerText()).resolves.not.toContain('Servisio');
    await expectNoAxeViolations(page, 'the not-found page of another provider’s network');
  });

  it('gives procurement an overview of every provider, linking to each network', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page.goto('/netvaerk');
    await page.getByRole('heading', { level: 1, name: 'Virksomhedsnetværk' }).waitFor();
    const table = page.getByRole('table', { name: 'Forpligtende virksomhedspartnerskaber pr. leverandør' });
    const servisio = table.getByRole('row', { name: /Servisio/ });
    await expect(servisio.innerText()).resolves.toContain('11');
    // Issue 12: the shortfall belongs to the synthetic provider, not to a seed organisation.
    await expect(
      table.getByRole('row', { name: /Eksempelleverandøren ApS \(syntetisk\)/ }).innerText(),
    ).resolves.toContain('7');
    await expectNoAxeViolations(page, 'the network overview');
    await servisio.getByRole('link', { name: 'Servisio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Servisio' }).waitFor();
    await page.getByRole('button', { name: 'Tilføj samarbejdspartner' }).click();
    await page.getByRole('button', { name: 'Gem samarbejdspartner' }).click();
    await page.locator('#local-partner-kind-error').waitFor();
    await expectNoAxeViolations(page, 'the local-partner form with errors');
    await page.getByLabel(/^Type/).selectOption('area_renewal');
    await page.getByLabel(/^Navn/).fill('Områdefornyelsen (test)');
    await page.getByLabel('Kontaktperson').fill('Projektleder');
    await page.getByRole('button', { name: 'Gem samarbejdspartner' }).click();
    await page.getByText('Samarbejdspartneren Områdefornyelsen (test) er tilføjet.').waitFor();

    // Making a binding partnership non-binding takes it out of the count.
    const indicator = page.getByTestId('indicator-text');
    const countBefore = Number((await indicator.innerText()).split(' ')[0]);
    const partnerships = page.getByRole('table', { name: /^Partnerskaber med virksomheder/ });
    const bindingRow = partnerships.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Ja' }) });
    await bindingRow.first().getByRole('button', { name: /^Ret / }).click();
    await page.getByRole('heading', { level: 3, name: /^Ret partnerskabet med/ }).waitFor();
    await page.getByLabel('Forpligtende partnerskab').uncheck();
    await page.getByRole('button', { name: 'Gem partnerskab' }).click();
    await page.getByText(/^Partnerskabet med .* er gemt\.$/).waitFor();
    await expect.poll(async () => Number((await indicator.innerText()).split(' ')[0])).toBe(countBefore - 1);

    // Deleting asks first.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Slet Områdefornyelsen (test)' }).click();
    await page.getByText('Samarbejdspartneren Områdefornyelsen (test) er slettet.').waitFor();
    await expectNoAxeViolations(page, 'the network page after changes');
  });
});
