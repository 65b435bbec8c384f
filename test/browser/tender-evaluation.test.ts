// The journey of issue 6 from tender to decision: procurement creates a tender with one area, sets up the
// award model (a refused weighting first), enters two bids (a provider and a new bidder), the evaluator's and
// the consensus points, sees the ranking and the sensitivity chart, records the committee's item with an
// amendment and the votes, sees the amendment as an alternative, decides the tender, and finds the framework
// agreement with the winning bid's prices. Axe on every new page state.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createRng, syntheticCvr } from '../../src/server/seed/synthetic.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });
const sections = (page: Page) => page.getByRole('navigation', { name: 'Tilbudsevalueringens sider' });
const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });

async function openSection(page: Page, name: string): Promise<void> {
  await sections(page).getByRole('link', { name, exact: true }).click();
  // The overview's heading is the evaluation's own name.
  await page
    .getByRole('heading', { level: 1, name: name === 'Oversigt' ? 'Tilbudsevaluering' : name })
    .waitFor();
}

async function consensus(page: Page, bid: string, points: [string, string]): Promise<void> {
  await page.getByLabel('Bud', { exact: true }).selectOption({ label: `1. Udsatte borgere: ${bid}` });
  const form = page.getByRole('form', { name: `Konsensuspoint: ${bid}` });
  await form.waitFor();
  for (const [index, criterion] of ['Fremdrift', 'Lokalt kendskab'].entries()) {
    await form.getByLabel(new RegExp(`^Point for ${criterion}`)).fill(points[index]!);
    await form
      .getByLabel(new RegExp(`^Begrundelse for ${criterion}`))
      .fill(`Konsensus om ${criterion.toLowerCase()}`);
  }
  await form.getByRole('button', { name: 'Gem konsensuspoint' }).click();
  await page
    .getByRole('region', { name: `Konsensuspoint: ${bid}` })
    .getByText('Pointene er gemt.')
    .waitFor();
}

describe('tender evaluation from setup to decision', () => {
  it('evaluates bids, shows ranking and sensitivity, records the committee, decides and creates the agreement', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    const tenderName = 'Lokalt forankret indsats Vanløse (browsertest)';

    // A tender with one area where one provider is selected.
    await menu(page).getByRole('link', { name: 'Udbud', exact: true }).click();
    await page.getByRole('link', { name: 'Opret udbud' }).click();
    await page.getByLabel(/^Navn/).fill(tenderName);
    await page.getByRole('button', { name: 'Opret udbud' }).click();
    await page.getByText('Udbuddet er oprettet.').waitFor();
    await page.getByLabel(/^Nr\./).fill('1');
    await page.getByRole('textbox', { name: /^Delområde/ }).fill('Udsatte borgere');
    await page.getByLabel(/^Leverandører der vælges/).fill('1');
    await page.getByRole('button', { name: 'Tilføj delområde' }).click();
    await page.getByText('Delområdet er tilføjet.').waitFor();

    // The award model: first weights of 90 % in all, refused with the sum named on the field.
    await page.getByRole('main').getByRole('link', { name: 'Tilbudsevaluering', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilbudsevaluering' }).waitFor();
    await page.getByRole('link', { name: 'Sæt evalueringsmodellen op' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evalueringsmodel' }).waitFor();
    await page.getByLabel(/^Pris \(%\)/).fill('10');
    const first = group(page, 'Delkriterium 1');
    await first.getByLabel(/: Navn/).fill('Fremdrift');
    await first.getByLabel(/: Kode/).fill('progression');
    await first.getByLabel(/: Vægt/).fill('60');
    await first.getByLabel(/: Der lægges vægt på/).fill('Virksomhedsrettet arbejde i borgerens tempo');
    await page.getByRole('button', { name: 'Tilføj delkriterium' }).click();
    const second = group(page, 'Delkriterium 2');
    await second.getByLabel(/: Navn/).fill('Lokalt kendskab');
    await second.getByLabel(/: Kode/).fill('local');
    await second.getByLabel(/: Vægt/).fill('40');
    await page.getByRole('button', { name: 'Gem evalueringsmodel' }).click();
    const weightError = page.locator('#setup-weights-quality-error');
    await weightError.waitFor();
    await expect(weightError.innerText()).resolves.toBe(
      'Kvalitet og pris skal vægte 100 % i alt; de vægter 90 %.',
    );
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Kvalitet (%)');
    await expectNoAxeViolations(page, 'the award model with a weighting error');
    await page.getByLabel(/^Pris \(%\)/).fill('20');
    await page.getByRole('button', { name: 'Gem evalueringsmodel' }).click();
    await page.getByText('Evalueringsmodellen er gemt.').waitFor();
    await page.getByLabel('Ivan Indkøb').check();
    await page.getByRole('button', { name: 'Gem evaluatorer' }).click();
    await page.getByText('Evaluatorerne er gemt.').waitFor();
    await expectNoAxeViolations(page, 'the saved award model');

    // Two bids: a provider, and a new bidder that becomes a provider if selected.
    await openSection(page, 'Bud');
    const bidForm = page.getByRole('form', { name: 'Registrér bud' });
    await bidForm.getByLabel(/^Leverandør/).selectOption({ label: 'SydhavnsCompagniet' });
    await bidForm.getByLabel(/^Ugepris for indsats/).fill('1.950');
    await bidForm.getByLabel(/^Ugepris for efterværn/).fill('620');
    await bidForm.getByRole('button', { name: 'Gem bud' }).click();
    const bids = page.getByRole('table', { name: 'Bud i delområde 1. Udsatte borgere' });
    await bids.getByRole('row', { name: /SydhavnsCompagniet/ }).waitFor();
    await bidForm.getByLabel('En ny tilbudsgiver').check();
    await bidForm.getByLabel(/^Tilbudsgiverens navn/).fill('Vanløse Jobværksted');
    await bidForm.getByLabel(/^CVR-nummer/).fill(syntheticCvr(createRng(66)));
    await bidForm.getByLabel(/^Bydel/).selectOption({ label: 'Vanløse' });
    await bidForm.getByLabel(/^Ugepris for indsats/).fill('1.880');
    await bidForm.getByLabel(/^Ugepris for efterværn/).fill('590');
    await bidForm.getByRole('button', { name: 'Gem bud' }).click();
    const newcomer = bids.getByRole('row', { name: /Vanløse Jobværksted/ });
    await newcomer.waitFor();
    // 26 × 1.880 + 13 × 590 = 56.550 kr.
    await expect(newcomer.innerText()).resolves.toContain('56.550,00 kr.');
    await expect(bids.getByRole('row', { name: /SydhavnsCompagniet/ }).innerText()).resolves.toContain(
      '1.950,00 kr.',
    );
    await expectNoAxeViolations(page, 'the bids');

    // Points: the evaluator's own, then the consensus (only these count).
    await openSection(page, 'Point');
    const own = page.getByRole('form', { name: 'Evaluators point: SydhavnsCompagniet' });
    for (const criterion of ['Fremdrift', 'Lokalt kendskab']) {
      await own.getByLabel(new RegExp(`^Point for ${criterion}`)).fill('8,5');
      await own.getByLabel(new RegExp(`^Begrundelse for ${criterion}`)).fill('Min vurdering');
    }
    await own.getByRole('button', { name: 'Gem evaluators point' }).click();
    await page
      .getByRole('region', { name: 'Evaluators point: SydhavnsCompagniet' })
      .getByText('Pointene er gemt.')
      .waitFor();
    await consensus(page, 'SydhavnsCompagniet', ['9', '8']);
    await consensus(page, 'Vanløse Jobværksted', ['9', '9']);
    await expect(
      page.getByRole('table', { name: 'Point for Vanløse Jobværksted' }).innerText(),
    ).resolves.toContain('Konsensus om fremdrift');
    await expectNoAxeViolations(page, 'the points');

    // Ranking: the new bidder wins on quality 9,00 and the lowest price; the chart and its table.
    await openSection(page, 'Rangering og følsomhed');
    const ranking = page.getByRole('table', { name: 'Rangering i delområde 1' });
    const winner = ranking.getByRole('row', { name: /Vanløse Jobværksted/ });
    await winner.waitFor();
    await expect(winner.innerText()).resolves.toMatch(/9,20[\s\S]*Valgt/);
    await expect(ranking.getByRole('row', { name: /SydhavnsCompagniet/ }).innerText()).resolves.toContain(
      'Ikke valgt',
    );
    await page.getByRole('img', { name: /Total efter kvalitetens vægt i delområde 1/ }).waitFor();
    await expect(
      page.getByText(/De samme tilbudsgivere vælges, når kvalitet vægter mellem/).innerText(),
    ).resolves.toContain('(udbuddet: 80 %)');
    await page.getByText('Vis diagrammets tal som tabel').click();
    await page.getByRole('table', { name: 'Total efter kvalitetens vægt i delområde 1' }).waitFor();
    await expectNoAxeViolations(page, 'the ranking and sensitivity');

    // The committee's item on the tender, an amendment of the weighting, and the votes.
    await openSection(page, 'Oversigt');
    await page.getByRole('link', { name: 'Registrér udvalgsbehandling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny udvalgsbehandling' }).waitFor();
    await page.getByLabel(/^Mødedato/).fill('2026-09-14');
    await page.getByLabel(/^Punktets titel/).fill('3. Valg af leverandør i Vanløse');
    await page.getByLabel(/^Indstilling/).fill('1. at udvalget godkender valget af leverandør');
    await expectNoAxeViolations(page, 'the new committee item form');
    await page.getByRole('button', { name: 'Opret udvalgsbehandling' }).click();
    await page.getByRole('heading', { level: 1, name: '3. Valg af leverandør i Vanløse' }).waitFor();
    await page.getByLabel(/^Forslagets tekst/).fill('Lokalt kendskab skal vægte 70 %');
    await page.getByLabel(/^Forslagsstiller/).fill('Ø');
    await page.getByLabel(/^Alternativ vægtning/).fill('progression=30, local=70');
    await page.getByLabel(/^Stemmer for/).fill('4');
    await page.getByLabel(/^Stemmer imod/).fill('5');
    await page.getByLabel(/^Undlod at stemme/).fill('2');
    await page.getByRole('button', { name: 'Gem ændringsforslag' }).click();
    const proposals = page.getByRole('table', { name: 'Forslag på punktet med afstemning og resultat' });
    await expect
      .poll(() => proposals.getByRole('row', { name: /Ændringsforslag fra Ø/ }).innerText())
      .toContain('Forkastet');
    await page.getByRole('button', { name: 'Registrér afstemning: Indstillingen' }).click();
    const votes = page.getByRole('region', { name: 'Registrér afstemning: Indstillingen' });
    await votes.getByLabel(/^Stemmer for/).fill('8');
    await votes.getByLabel(/^Stemmer imod/).fill('0');
    await votes.getByLabel(/^Undlod at stemme/).fill('3');
    await votes.getByRole('button', { name: 'Gem afstemning' }).click();
    await expect
      .poll(() => proposals.getByRole('row', { name: /^Indstillingen/ }).innerText())
      .toContain('Vedtaget');

    // The amendment is evaluated as an alternative weighting; then the decision.
    await menu(page).getByRole('link', { name: 'Tilbudsevaluering', exact: true }).click();
    await page.getByRole('link', { name: tenderName }).click();
    await openSection(page, 'Rangering og følsomhed');
    const alternatives = page.getByRole('table', { name: 'Alternative vægtninger i delområde 1' });
    const amendment = alternatives.getByRole('row', { name: /Ændringsforslag fra Ø/ });
    await amendment.waitFor();
    await expect(amendment.innerText()).resolves.toMatch(
      /forkastet[\s\S]*progression 30 %, local 70 %[\s\S]*Vanløse Jobværksted[\s\S]*Nej/,
    );
    const decision = page.getByRole('form', { name: 'Afgør udbuddet' });
    await decision
      .getByLabel(/^Udvalgsbehandling/)
      .selectOption({ label: '3. Valg af leverandør i Vanløse' });
    await decision.getByLabel(/^Rammeaftalernes start/).fill('2027-01-01');
    await decision.getByLabel(/^Rammeaftalernes slutdato/).fill('2028-12-31');
    await decision.getByLabel(/^Mulige forlængelser/).fill('12');
    await expectNoAxeViolations(page, 'the decision form');
    await decision.getByRole('button', { name: 'Afgør udbuddet' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Udbuddet er afgjort' });
    await done.waitFor();
    await expect(done.innerText()).resolves.toContain('(ny leverandør)');
    await expect(page.getByText(/Udbuddet er afgjort \d\d-\d\d-\d{4}\. Evalueringen/).count()).resolves.toBe(
      1,
    );
    await expectNoAxeViolations(page, 'the decided tender');

    // The framework agreement exists with the winning bid's weekly prices.
    await done.getByRole('link', { name: 'Rammeaftale med Vanløse Jobværksted i delområde 1' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Ugepriser for indsats' }).innerText())
      .toContain('1.880,00 kr.');
    await expect(page.getByRole('table', { name: 'Ugepriser for efterværn' }).innerText()).resolves.toContain(
      '590,00 kr.',
    );
  });
});
