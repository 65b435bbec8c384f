// Issue 14, the committee's reports: the analyst sees the next due reports on the start page, makes a
// committee pack from the demo's two saved outcome reports on /udvalgsrapporter, downloads it as a Word
// document (whose text has the case's headings and the comparison "4 % → 7 %") and records a clearly
// synthetic decision; procurement reads the pack but cannot make one. Through the UI only; axe on each
// new state.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PREVIOUS_REPORT_TITLE,
  SEED_003_REPORT_TITLE,
} from '../../src/server/modules/outcomes/outcome.demo-data.ts';
import { addDays, copenhagenDate } from '../../src/shared/dates.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const TITLE = 'Resultater til udvalgets møde (browsertest)';

/** The text of the .docx's body, one line per paragraph. */
function documentText(docx: Buffer): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
}

async function downloadDocx(page: Page): Promise<{ name: string; body: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Word (.docx)' }).click(),
  ]);
  return { name: download.suggestedFilename(), body: await readFile((await download.path())!) };
}

describe('a committee pack', () => {
  it('is made from saved reports, downloaded as Word, and its decision recorded', async () => {
    const meetingOn = addDays(copenhagenDate(new Date()), 21);
    const { page } = await test.open();
    await signIn(page, 'analytiker');

    // The start page: the analyst's next due reports from the demo's schedule.
    const tasks = page.getByRole('region', { name: 'Udvalgsrapporter, der skal laves' });
    await tasks.getByText(/^Budgetstatus: frist/).waitFor();
    await tasks.getByText(/^Resultater for de lokalt forankrede indsatser: frist/).waitFor();
    await expectNoAxeViolations(page, "the analyst's start page with committee tasks");
    // The same reports in the analyst's task list.
    await page.goto('/opgaver');
    await page.getByRole('link', { name: 'Rapport til udvalget: Budgetstatus' }).waitFor();

    await page.getByRole('navigation').getByRole('link', { name: 'Udvalgsrapporter' }).click();
    await page.waitForURL('**/udvalgsrapporter');
    const schedule = page.getByRole('region', { name: 'Rapportplan' });
    await schedule.getByRole('row', { name: /Budgetstatus.*Kvartalsvis/ }).waitFor();
    await expectNoAxeViolations(page, 'the committee page');

    await page.getByRole('button', { name: 'Dan ny udvalgspakke' }).click();
    const form = page.getByRole('region', { name: 'Ny udvalgspakke' });
    await form.getByLabel(/^Titel/).fill(TITLE);
    await form.getByLabel(/^Sagsnummer/).fill('2026-0000099');
    await form.getByLabel(/^Udvalgsmøde/).fill(meetingOn);
    await form.getByLabel(/^Gemt resultatrapport/).selectOption({ label: SEED_003_REPORT_TITLE });
    await form.getByLabel(/^Sammenlign med tidligere rapport/).selectOption({ label: PREVIOUS_REPORT_TITLE });
    await form.getByLabel(/^Resumé/).fill('Udvalget orienteres om resultaterne. (Syntetisk)');
    await form.getByLabel(/^Indstilling/).fill('At udvalget tager orienteringen til efterretning.');
    // The case presentation starts as the standard text from the chosen reports' figures, editable.
    const standard = await form.getByLabel(/^Sagsfremstilling/).inputValue();
    expect(standard).toContain(`Den gemte rapport "${SEED_003_REPORT_TITLE}"`);
    expect(standard).toContain(`I forhold til den forrige rapport "${PREVIOUS_REPORT_TITLE}"`);
    await form.getByLabel(/^Sagsfremstilling/).fill('Afgangen er steget.\n\nPlaceringen er næsten uændret.');
    await expectNoAxeViolations(page, 'the new committee pack form');
    await form.getByRole('button', { name: 'Dan udvalgspakke' }).click();
    await page.waitForURL('**/udvalgsrapporter/pakker/*');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();

    const figures = page.getByRole('region', { name: 'Nøgletal' });
    const exit = figures.getByRole('row', { name: /Afgang til job, uddannelse og deltid/ });
    await expect(exit.innerText()).resolves.toMatch(/4 %\s+7 %\s+\+3 pct\.-point/);
    await expectNoAxeViolations(page, 'the committee pack');

    // The Word file: the case's headings, the figures and the comparison, in Danish formats.
    const first = await downloadDocx(page);
    expect(first.name).toMatch(/^udvalgspakke-.*\.docx$/);
    const text = documentText(first.body);
    for (const heading of [
      'Resumé',
      'Indstilling',
      'Sagsfremstilling',
      'Nøgletal',
      'Resultater',
      'Økonomi',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain(`${TITLE}`);
    expect(text).toContain('Sagsnr. 2026-0000099');
    expect(text).toMatch(/Afgang til job, uddannelse og deltid\s*4 %\s*7 %\s*\+3 pct\.-point/);
    expect(text).toContain('Tabel 1: Afgang til beskæftigelse');
    expect(text).not.toContain('Udvalgets beslutning');

    // A clearly synthetic decision; the pack's file then has it, and the form is gone.
    const decision = page.getByRole('region', { name: 'Beslutning' });
    await decision
      .getByLabel(/^Udvalgets beslutning/)
      .fill('Syntetisk beslutning til test: taget til efterretning.');
    await decision.getByRole('button', { name: 'Registrér beslutning' }).click();
    // The form goes when the decision is recorded. Wait for that, not for the text: React mirrors a
    // controlled textarea's value into its text, so the text is on the page before the click lands.
    await decision.getByRole('button', { name: 'Registrér beslutning' }).waitFor({ state: 'detached' });
    await decision.locator('p').getByText('Syntetisk beslutning til test: taget til efterretning.').waitFor();
    await expect(decision.getByRole('textbox').count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'the committee pack with its decision');
    const decided = documentText((await downloadDocx(page)).body);
    expect(decided).toContain('Syntetisk beslutning til test: taget til efterretning.');
    const packUrl = page.url();

    // Procurement reads the pack but makes none.
    const reader = (await test.open()).page;
    await signIn(reader, 'indkoeb');
    await reader.goto('/udvalgsrapporter');
    await reader.getByRole('link', { name: TITLE }).waitFor();
    await expect(reader.getByRole('button', { name: 'Dan ny udvalgspakke' }).count()).resolves.toBe(0);
    await reader.goto(packUrl);
    await reader.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expect(reader.getByRole('button', { name: 'Registrér beslutning' }).count()).resolves.toBe(0);
    await expectNoAxeViolations(reader, "procurement's view of the pack");
  });
});
