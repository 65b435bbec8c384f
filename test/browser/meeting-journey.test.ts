// Issue 14, follow-up with providers (opfølgningsmøder): procurement records a meeting with the clearly
// synthetic provider from the provider's page, generates the agenda from the provider's figures and agrees
// an action with the provider's lead as owner; the lead opens the meeting and comments on the action.
// Through the UI only; axe on each new state.
import { addDays, copenhagenDate } from '../../src/shared/dates.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_PROVIDER_CODE } from '../../src/server/modules/agreements/agreement.demo-data.ts';
import { insertUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

describe('a follow-up meeting with a provider', () => {
  it('is recorded with its agenda and an action, and the provider lead comments on it', async () => {
    const db = test.server.database.db;
    const provider = await db
      .selectFrom('organisation')
      .select(['id', 'code', 'kind', 'name'])
      .where('code', '=', SYNTHETIC_PROVIDER_CODE)
      .executeTakeFirstOrThrow();
    const lead = await insertUser(db, provider, ['provider_lead']);
    const heldOn = copenhagenDate(new Date());
    const dueOn = addDays(heldOn, 14);

    // Procurement records the meeting from the provider's page.
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page.goto(`/leverandoerer/${provider.id}`);
    // The provider page's link (the menu has one too, to the list of providers).
    await page.locator('main').getByRole('link', { name: 'Opfølgningsmøder' }).click();
    await page.waitForURL(`**/leverandoerer/${provider.id}/moeder`);
    // A complaint about the provider, counted on the agenda.
    const complaints = page.getByRole('region', { name: 'Klager og hændelser' });
    await complaints.getByLabel(/^Modtaget/).fill(addDays(heldOn, -10));
    await complaints.getByLabel(/^Type/).selectOption({ label: 'Klage' });
    await complaints.getByLabel(/^Fra/).selectOption({ label: 'Virksomhed' });
    await complaints.getByLabel(/^Beskrivelse/).fill('Praktikstedet fik ikke svar. (Syntetisk)');
    await complaints.getByRole('button', { name: 'Registrér klage eller hændelse' }).click();
    await expectStatus(page, 'Klagen eller hændelsen er registreret.');
    // In the table, not the form: React mirrors a textarea's value into its text.
    await complaints.getByRole('cell', { name: 'Praktikstedet fik ikke svar. (Syntetisk)' }).waitFor();
    await expectNoAxeViolations(page, "the provider's meetings with a complaint");
    await page.getByRole('button', { name: 'Registrér nyt møde' }).click();
    const form = page.getByRole('region', { name: 'Nyt opfølgningsmøde' });
    await form.getByLabel(/^Mødedato/).fill(heldOn);
    await form.getByLabel(new RegExp(lead.displayName)).check();
    await form.getByLabel(/^Eksterne deltagere/).fill('Bo Ekstern (syntetisk), Lokaludvalget');
    await form.getByLabel(/^Referat/).fill('Gennemgang af tallene. (Syntetisk)');
    await expectNoAxeViolations(page, 'the new meeting form');
    await form.getByRole('button', { name: 'Opret møde' }).click();
    await page.waitForURL('**/moeder/*');
    await expectStatus(page, 'Mødet er oprettet.');
    await page.getByText('Bo Ekstern (syntetisk) (Lokaludvalget)').waitFor();

    // The agenda from the provider's current figures.
    const agenda = page.getByRole('region', { name: 'Dagsorden' });
    await agenda.getByRole('button', { name: 'Dan dagsorden ud fra aktuelle tal' }).click();
    await expectStatus(page, 'Dagsordenen er dannet.');
    await agenda.getByRole('heading', { name: '1. Resultater (de tre resultattabeller)' }).waitFor();
    await agenda.getByRole('heading', { name: '6. Åbne handlinger' }).waitFor();
    await agenda.getByRole('heading', { name: '7. Klager og hændelser' }).waitFor();
    // The fair comparison after the result tables, and the capacity's use today.
    await agenda.getByRole('heading', { name: '2. Fair sammenligning (faktisk mod forventet)' }).waitFor();
    await agenda.getByRole('heading', { name: '4. Kapacitet og forbrug af rammen' }).waitFor();
    await expectNoAxeViolations(page, 'the meeting with its agenda');

    // An action with the lead as owner.
    const actions = page.getByRole('region', { name: 'Aftalte handlinger' });
    await actions.getByLabel(/^Handling/).fill('Send en opdateret liste over partnerskaber');
    await actions.getByLabel(/^Ansvarlig/).selectOption({ label: `${lead.displayName} (${provider.name})` });
    await actions.getByLabel(/^Frist/).fill(dueOn);
    await actions.getByRole('button', { name: 'Tilføj handling' }).click();
    await expectStatus(page, 'Handlingen er tilføjet.');
    const row = actions.getByRole('row').filter({ hasText: 'Send en opdateret liste over partnerskaber' });
    await expect(row.innerText()).resolves.toContain(dueOn.split('-').reverse().join('-'));
    await expectNoAxeViolations(page, 'the meeting with an action');
    const meetingUrl = page.url();

    // The provider's lead reads the meeting and comments on the action; it cannot change it.
    const leadPage = (await test.open()).page;
    await signIn(leadPage, lead.username, TEST_PASSWORD);
    await leadPage.goto(meetingUrl);
    const leadActions = leadPage.getByRole('region', { name: 'Aftalte handlinger' });
    await leadActions.getByRole('row').filter({ hasText: 'Send en opdateret liste' }).waitFor();
    await expect(leadActions.getByRole('button').count()).resolves.toBe(0);
    const comments = leadPage.getByRole('region', { name: 'Kommentarer' });
    await comments
      .getByLabel(/^Om handling/)
      .selectOption({ label: 'Send en opdateret liste over partnerskaber' });
    await comments.getByLabel(/^Kommentar/).fill('Listen kommer inden fristen.');
    await comments.getByRole('button', { name: 'Tilføj kommentar' }).click();
    await expectStatus(leadPage, 'Kommentaren er tilføjet.');
    await comments.getByRole('listitem').getByText('Listen kommer inden fristen.').waitFor();
    await comments.getByText('Om: Send en opdateret liste over partnerskaber', { exact: false }).waitFor();
    await expectNoAxeViolations(leadPage, 'the meeting with the lead’s comment');
  });
});
