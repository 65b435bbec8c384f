// Issue 14, the bid's promises and the EAN number on the agreement page: procurement opens the clearly
// synthetic provider's agreement, sees its promises against what indsats records (the binding partnerships
// fall short of the bid), records another promise, and sets the EAN number (a wrong check digit first).
// The provider's lead then reads the promises without the form. Through the UI only; axe on each state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_PROVIDER_CODE } from '../../src/server/modules/agreements/agreement.demo-data.ts';
import { copenhagenDate } from '../../src/shared/dates.ts';
import { insertUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

describe('the promises of a provider’s bid', () => {
  it('are compared with what indsats records, recorded by procurement and read by the provider’s lead', async () => {
    const db = test.server.database.db;
    const today = copenhagenDate(new Date());
    const provider = await db
      .selectFrom('organisation')
      .select(['id', 'code', 'kind', 'name'])
      .where('code', '=', SYNTHETIC_PROVIDER_CODE)
      .executeTakeFirstOrThrow();
    const agreement = await db
      .selectFrom('frameworkAgreement')
      .select('id')
      .where('providerId', '=', provider.id)
      .where('status', '=', 'active')
      .where('startsOn', '<=', today)
      .where('endsOn', '>=', today)
      .executeTakeFirstOrThrow();

    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page.goto(`/rammeaftaler/${agreement.id}`);
    const promises = page.getByRole('region', { name: 'Tilbuddets løfter' });
    const table = promises.getByRole('table', { name: /^Løfter i tilbud og aftale/ });
    await table.waitFor();
    // The bid promised 12 binding partnerships; the network records 7 (the demo's shortfall).
    const binding = table.getByRole('row', { name: /Forpligtende virksomhedssamarbejder/ });
    await expect(binding.innerText()).resolves.toMatch(/mindst 12[\s\S]*7[\s\S]*Ikke indfriet/);
    const other = table.getByRole('row', { name: /Praktikpladser pr. år/ });
    await expect(other.innerText()).resolves.toContain('Registreres ikke i indsats');
    await expectNoAxeViolations(page, "the agreement page with the bid's promises");

    // Another promise: a number with a decimal that is not allowed first, then the clause of the agreement.
    await promises.getByLabel(/^Hvad er lovet/).selectOption({ label: 'Andet løfte' });
    await promises.getByLabel(/^Betegnelse/).fill('Jobsamtaler med virksomheder pr. måned');
    await promises.getByLabel(/^Enhed/).fill('samtaler');
    await promises.getByLabel(/^Lovet antal/).fill('4,25');
    await promises.getByLabel(/^Kilde/).selectOption({ label: 'Aftalen' });
    await promises.getByLabel(/^Aftalens bestemmelse/).fill('Bilag 3 (syntetisk): fire samtaler om måneden.');
    await promises.getByRole('button', { name: 'Gem løfte' }).click();
    await promises.getByText('Skriv et tal, evt. med én decimal').first().waitFor();
    await expectNoAxeViolations(page, 'the promise form with an error');
    await promises.getByLabel(/^Lovet antal/).fill('4');
    await promises.getByRole('button', { name: 'Gem løfte' }).click();
    await expectStatus(page, 'Løftet er gemt.');
    await table.getByRole('row', { name: /Jobsamtaler med virksomheder pr. måned/ }).waitFor();

    // The EAN number: a wrong check digit is refused with a clear message, then the appendix's number.
    const ean = page.getByRole('region', { name: 'EAN-nummer' });
    await ean.getByRole('textbox', { name: /^EAN-nummer/ }).fill('5798009710177');
    await ean.getByRole('button', { name: 'Gem EAN-nummer' }).click();
    await ean.getByText('kontrolcifferet').waitFor();
    await expectNoAxeViolations(page, 'the EAN form with a wrong check digit');
    await ean.getByRole('textbox', { name: /^EAN-nummer/ }).fill('5790000000005');
    await ean.getByRole('button', { name: 'Gem EAN-nummer' }).click();
    await expectStatus(page, 'EAN-nummeret er gemt.');
    const details = page.getByRole('region', { name: 'Aftalen' });
    await expect(details.innerText()).resolves.toMatch(/EAN-nummer\s+5790000000005/);

    // The provider's lead reads the promises of its own agreement, without the form.
    const lead = await insertUser(db, provider, ['provider_lead']);
    const leadPage = (await test.open()).page;
    await signIn(leadPage, lead.username, TEST_PASSWORD);
    await leadPage.goto(`/rammeaftaler/${agreement.id}`);
    const own = leadPage.getByRole('region', { name: 'Tilbuddets løfter' });
    await own.getByRole('row', { name: /Jobsamtaler med virksomheder pr. måned/ }).waitFor();
    await expect(own.getByRole('button', { name: 'Gem løfte' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(leadPage, "the provider lead's view of the promises");
  });
});
