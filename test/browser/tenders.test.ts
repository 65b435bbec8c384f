// Journey of procurement (indkøb) through the committee's decision record: the 2020 decision of seed 003
// with Enhedslisten's amendment rejected 4–5–2 and the recommendation adopted 8–0–3; the amendment form
// refuses a weighting that does not sum to 100 and names the field. Axe on every page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

describe('the committee decision record', () => {
  it('shows the 2020 decision: the amendment rejected, the recommendation adopted, and refuses a bad weighting', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await menu(page).getByRole('link', { name: 'Udvalgsbeslutninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Udvalgsbeslutninger' }).waitFor();
    await expect(page.title()).resolves.toBe('Udvalgsbeslutninger – indsats');
    const list = page.getByRole('table', { name: 'Udvalgsbehandlinger, nyeste møde først' });
    const title = /Godkendelse af de indholdsmæssige rammer for udbuddet/;
    await list.getByRole('link', { name: title }).waitFor();
    await expectNoAxeViolations(page, 'the committee decision list');

    await list.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(page.locator('main dl').innerText()).resolves.toContain('18-05-2020');
    const proposals = page.getByRole('table', { name: 'Forslag på punktet med afstemning og resultat' });
    const amendment = proposals.getByRole('row', { name: /Ændringsforslag fra Ø/ });
    const recommendation = proposals.getByRole('row', { name: /^Indstillingen/ });
    await expect(amendment.innerText()).resolves.toContain(
      'For: 4 (Ø og Å) · Imod: 5 (F, B og A) · Undlod: 2 (C og V)',
    );
    await expect(amendment.innerText()).resolves.toContain('Forkastet');
    await expect(amendment.innerText()).resolves.toContain('progression 30, local 40, individual 30');
    await expect(recommendation.innerText()).resolves.toContain(
      'For: 8 (Ø, F, A og Å) · Imod: 0 · Undlod: 3 (B, C og V)',
    );
    await expect(recommendation.innerText()).resolves.toContain('Vedtaget');
    await expectNoAxeViolations(page, 'the 2020 decision');

    // The amendment form, with a weighting of 90 in all: refused, with the message on the field.
    await page.getByLabel(/^Forslagets tekst/).fill('Vægtning 30/40/20');
    await page.getByLabel(/^Forslagsstiller/).fill('Ø');
    const weights = page.getByLabel(/^Alternativ vægtning/);
    await weights.fill('progression=30, local=40, individual=20');
    await page.getByLabel(/^Stemmer for/).fill('4');
    await page.getByLabel(/^Stemmer imod/).fill('5');
    await page.getByLabel(/^Undlod at stemme/).fill('2');
    await page.getByRole('button', { name: 'Gem ændringsforslag' }).click();
    const error = page.locator('#amendment-criteriaWeights-error');
    await error.waitFor();
    await expect(error.innerText()).resolves.toContain('Vægtene skal give 100 %');
    await expect(weights.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Alternativ vægtning');
    await expectNoAxeViolations(page, 'the amendment form with a weighting error');
  });
});
