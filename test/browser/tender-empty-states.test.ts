// Issue 15, pages item 2: a tender without an evaluation model. "Bud", "Point" and "Resultat" say that the
// model is missing, what it is for, and link to setting it up (procurement); the analyst, who may not see
// bids before the decision, is told so and gets no link; a tender decided without an evaluation says there
// is nothing to show. Axe on each page state.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();

const SECTIONS = [
  ['bud', 'Bud'],
  ['point', 'Point'],
  ['resultat', 'Rangering og følsomhed'],
] as const;

async function createTender(page: Page, name: string): Promise<string> {
  await page.goto('/udbud');
  await page.getByRole('link', { name: 'Opret udbud' }).click();
  await page.getByLabel(/^Navn/).fill(name);
  await page.getByRole('button', { name: 'Opret udbud' }).click();
  await page.getByText('Udbuddet er oprettet.').waitFor();
  const id = /\/udbud\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`no tender id in ${page.url()}`);
  return id;
}

async function openSection(page: Page, tenderId: string, path: string, heading: string): Promise<void> {
  await page.goto(`/evaluering/${tenderId}/${path}`);
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await page
    .getByText('Evalueringsmodellen er ikke sat op endnu.')
    .or(page.getByText(/afgjort uden/))
    .waitFor();
}

/** A tender the demo decided without an evaluation in indsats (no award model). */
async function decidedWithoutModel(context: BrowserContext): Promise<string> {
  const tenders = (await (await context.request.get('/api/tenders')).json()) as { items: { id: string }[] };
  for (const tender of tenders.items) {
    const overview = (await (
      await context.request.get(`/api/tenders/${tender.id}/evaluation/setup`)
    ).json()) as {
      decidedOn: string | null;
      setup: unknown;
    };
    if (overview.decidedOn && !overview.setup) return tender.id;
  }
  throw new Error('the demo has no tender decided without an evaluation model');
}

describe('a tender without an evaluation model', () => {
  it('tells procurement on Bud, Point and Resultat what is missing and links to setting it up', async () => {
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    const tenderId = await createTender(page, 'Udbud uden evalueringsmodel (browsertest)');
    for (const [path, heading] of SECTIONS) {
      await openSection(page, tenderId, path, heading);
      const main = page.getByRole('main');
      await expect(main.innerText()).resolves.toContain(
        'Bud, point og rangering bygger på modellen: vægtning, prismodel og kvalitetskriterier.',
      );
      const setUp = main.getByRole('link', { name: 'Sæt evalueringsmodellen op' });
      await expect(setUp.getAttribute('href')).resolves.toBe(`/evaluering/${tenderId}/model`);
      await expectNoAxeViolations(page, `${heading} without a model`);
    }
    // The way forward leads to the model's form.
    await page.getByRole('main').getByRole('link', { name: 'Sæt evalueringsmodellen op' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evalueringsmodel' }).waitFor();
    await expect(page.getByRole('button', { name: 'Gem evalueringsmodel' }).isVisible()).resolves.toBe(true);
  });

  it('tells a reader who may not see bids before the decision why the pages are empty, without a setup link', async () => {
    const procurement = await test.open();
    await signIn(procurement.page, 'indkoeb');
    const tenderId = await createTender(
      procurement.page,
      'Udbud uden model, set af analytikeren (browsertest)',
    );

    const { page } = await test.open();
    await signIn(page, 'analytiker');
    for (const [path, heading] of SECTIONS) {
      await page.goto(`/evaluering/${tenderId}/${path}`);
      await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      const main = page.getByRole('main');
      await main
        .getByText(
          'Bud, point og rangering kan kun ses af indkøb og administration, indtil udbuddet er afgjort.',
        )
        .waitFor();
      await expect(main.getByRole('link', { name: 'Sæt evalueringsmodellen op' }).count()).resolves.toBe(0);
    }
    await expectNoAxeViolations(page, 'the results without a model, read by the analyst');
  });

  it('says that a tender decided without an evaluation has nothing to show', async () => {
    const { context, page } = await test.open();
    await signIn(page, 'indkoeb');
    const tenderId = await decidedWithoutModel(context);
    for (const [path, heading] of SECTIONS) {
      await openSection(page, tenderId, path, heading);
      await expect(page.getByRole('main').innerText()).resolves.toContain(
        'Udbuddet blev afgjort uden en evaluering i indsats, så der er ingen bud, point eller rangering at vise.',
      );
      await expect(
        page.getByRole('main').getByRole('link', { name: 'Sæt evalueringsmodellen op' }).count(),
      ).resolves.toBe(0);
    }
    await expectNoAxeViolations(page, 'the results of a tender decided without a model');
  });
});
