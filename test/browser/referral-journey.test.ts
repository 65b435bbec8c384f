// Issue 12's referral journey, through the UI only, synthetic citizens: a caseworker changes a citizen's
// circumstances on the refer page and presses "Henvis borgeren" without "Gem forhold" — nothing is lost;
// the referral records the offer decision under LAB and the citizen's refusal with the reason as given;
// a second citizen outside the programme's target group is referred only with a reason, and the
// referral is marked "Uden for målgruppen" on its page and in the list; the refer page suggests providers
// with the reason for each, and "Vælg" fills the programme choice (item 5). Axe on each new page state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { passesModulus11 } from '../../src/shared/cpr.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

const DATES = {
  informed: '2026-02-20',
  referred: '2026-02-23',
  offerFrom: '2026-03-02',
  offerTo: '2026-05-29',
};
const REFUSING = 'Sigrid Syntetisk';
const OUTSIDE = 'Oskar Opdigtet';
const SUGGESTED = 'Freja Fiktiv';
const REFUSAL_REASON = 'Syntetisk: vil hellere passe sin syge mor i foråret.';
const TARGET_GROUP_REASON = 'Syntetisk: misbruget er ophørt for nylig; forløbet forebygger tilbagefald.';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A CPR number born on `birth` (ddmmyy, 1900s) that passes modulus 11, the serial from `from`. */
function cprNumber(birth: string, from: number): string {
  for (let serial = from; serial < from + 2000; serial++) {
    const digits = `${birth}${serial}`;
    if (passesModulus11(digits)) return `${birth}-${serial}`;
  }
  throw new Error('no CPR number found');
}

async function createCitizen(page: Page, name: string, cpr: string): Promise<string> {
  await menu(page).getByRole('link', { name: 'Opret borger' }).click();
  await page.waitForURL('**/borgere/ny');
  await page.getByLabel(/^CPR-nummer/).fill(cpr);
  await page.getByLabel(/^Navn/).fill(name);
  await page.getByLabel('Bydel').selectOption('Vesterbro/Kongens Enghave');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.waitForURL(/\/borgere\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name }).waitFor();
  const citizenUrl = page.url();
  await page.getByRole('link', { name: 'Henvis', exact: true }).click();
  await page.waitForURL(/\/borgere\/[0-9a-f-]{36}\/henvis$/);
  await page.getByRole('heading', { level: 1, name: 'Henvis borger' }).waitFor();
  return citizenUrl;
}

/** The circumstances the Sydhavnen area's rules ask about; `abuse` decides the last rule. */
async function fillCircumstances(page: Page, abuse: 'Ja' | 'Nej'): Promise<void> {
  const circumstances = page.getByRole('region', { name: 'Borgerens forhold' });
  await circumstances.getByLabel('Forsørgelse', { exact: true }).selectOption({ label: 'Kontanthjælp' });
  await circumstances.getByRole('group', { name: 'Aktivitetsparat' }).getByLabel('Ja').check();
  await circumstances.getByLabel(/^På offentlig forsørgelse siden/).fill('2024-01-01');
  await circumstances.getByRole('group', { name: 'Minoritetsbaggrund' }).getByLabel('Nej').check();
  await circumstances.getByRole('group', { name: 'Misbrugsproblem' }).getByLabel(abuse).check();
}

/** Programme, offer decision and dates; the response is left to the caller. */
async function fillReferral(page: Page): Promise<void> {
  const referral = page.getByRole('region', { name: 'Henvisning', exact: true });
  await referral.getByLabel(/^Henvisningsdato/).fill(DATES.referred);
  await referral.getByRole('radio', { name: /^Udsatte borgere: SydhavnsCompagniet/ }).check();
  await referral.getByRole('table', { name: 'Målgruppe: Udsatte borgere' }).waitFor();
  await referral
    .getByRole('group', { name: 'Tilbud', exact: true })
    .getByLabel(/^Vejledning og opkvalificering/)
    .check();
  await referral.getByLabel(/^Tilbuddet fra/).fill(DATES.offerFrom);
  await referral.getByLabel(/^Tilbuddet til/).fill(DATES.offerTo);
  await referral.getByLabel(/^Borgeren orienteret om tilbuddet den/).fill(DATES.informed);
}

describe('referral journey (issue 12)', () => {
  it('saves unsaved circumstances with the referral and records the citizen’s refusal', async () => {
    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    const citizenUrl = await createCitizen(page, REFUSING, cprNumber('150685', 1001));

    // Circumstances changed, "Gem forhold" never pressed.
    await fillCircumstances(page, 'Ja');
    await fillReferral(page);
    const referral = page.getByRole('region', { name: 'Henvisning', exact: true });
    await referral
      .getByRole('group', { name: 'Borgerens svar' })
      .getByLabel('Siger nej til tilbuddet')
      .check();
    await referral.getByLabel(/^Borgerens begrundelse for at sige nej/).fill(REFUSAL_REASON);
    await referral.getByText('Ændrede forhold gemmes sammen med henvisningen').waitFor();
    await expectNoAxeViolations(page, 'the refer page with unsaved circumstances and a refusal');

    await referral.getByRole('button', { name: 'Henvis borgeren' }).click();
    await page.waitForURL(/\/henvisninger\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Henvisning af ${REFUSING}` }).waitFor();
    await page.getByText('Borgeren har sagt nej til tilbuddet. Svaret er registreret.').waitFor();
    const details = page.getByRole('region', { name: 'Oplysninger' });
    const text = await details.innerText();
    expect(text).toContain('Vejledning og opkvalificering (LAB kap. 14)');
    expect(text).toContain('02-03-2026 – 29-05-2026');
    expect(text).toContain('Siger nej til tilbuddet');
    expect(text).toContain(REFUSAL_REASON);
    expect(text).toContain('Borgeren har sagt nej');
    // The circumstances were checked as saved: all four rules met, so no target-group mark.
    expect(text).not.toContain('Uden for målgruppen');
    expect(text).not.toContain('samtykke');
    await expectNoAxeViolations(page, 'the referral with the citizen’s refusal');

    // Nothing was lost: the circumstances are stored, as a reload of the refer page shows.
    await page.goto(`${new URL(citizenUrl).pathname}/henvis`);
    const circumstances = page.getByRole('region', { name: 'Borgerens forhold' });
    await expect(circumstances.getByLabel('Forsørgelse', { exact: true }).inputValue()).resolves.toBe(
      'cash_benefit',
    );
    await expect(
      circumstances.getByRole('group', { name: 'Misbrugsproblem' }).getByLabel('Ja').isChecked(),
    ).resolves.toBe(true);
    await expect(circumstances.getByLabel(/^På offentlig forsørgelse siden/).inputValue()).resolves.toBe(
      '2024-01-01',
    );
  });

  it('requires a reason outside the target group and marks the referral', async () => {
    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await createCitizen(page, OUTSIDE, cprNumber('120379', 1001));

    // No abuse problem: the Sydhavnen area's last rule fails.
    await fillCircumstances(page, 'Nej');
    const circumstances = page.getByRole('region', { name: 'Borgerens forhold' });
    await circumstances.getByRole('button', { name: 'Gem forhold' }).click();
    await circumstances.getByText('Borgerens forhold er gemt.').waitFor();
    await fillReferral(page);
    const referral = page.getByRole('region', { name: 'Henvisning', exact: true });
    await referral.getByText('Borgeren opfylder ikke alle krav.', { exact: false }).waitFor();
    await referral.getByRole('group', { name: 'Borgerens svar' }).getByLabel('Tager imod tilbuddet').check();

    await referral.getByRole('button', { name: 'Henvis borgeren' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'målgruppekrav' });
    await summary.first().waitFor();
    const reason = referral.getByLabel(/^Begrundelse for at henvise uden for målgruppen/);
    await expect(reason.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page, 'the refer page asking for a reason outside the target group');

    await reason.fill(TARGET_GROUP_REASON);
    await referral.getByRole('button', { name: 'Henvis borgeren' }).click();
    await page.waitForURL(/\/henvisninger\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Henvisning af ${OUTSIDE}` }).waitFor();
    const details = page.getByRole('region', { name: 'Oplysninger' });
    await details.getByText('Uden for målgruppen', { exact: true }).waitFor();
    await expect(details.innerText()).resolves.toContain(TARGET_GROUP_REASON);
    await expectNoAxeViolations(page, 'the referral outside the target group');

    await menu(page).getByRole('link', { name: 'Henvisninger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Henvisninger' }).waitFor();
    const row = page
      .getByRole('table', { name: 'Henvisninger' })
      .getByRole('row')
      .filter({ hasText: OUTSIDE });
    await expect(row.innerText()).resolves.toContain('Uden for målgruppen');
    await expectNoAxeViolations(page, 'the referral list with the target-group mark');
  });

  it('suggests providers with the reason for each, and "Vælg" fills the programme choice', async () => {
    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await createCitizen(page, SUGGESTED, cprNumber('030392', 1001));
    await fillCircumstances(page, 'Ja');
    const circumstances = page.getByRole('region', { name: 'Borgerens forhold' });
    await circumstances.getByRole('button', { name: 'Gem forhold' }).click();
    await circumstances.getByText('Borgerens forhold er gemt.').waitFor();
    const referral = page.getByRole('region', { name: 'Henvisning', exact: true });
    await referral.getByLabel(/^Henvisningsdato/).fill(DATES.referred);

    // The suggestions: eligible with free places in 2026 first, each with its reasons.
    const suggestions = referral.getByRole('region', { name: 'Forslag til leverandør' });
    const first = suggestions
      .getByRole('list', { name: 'Foreslåede leverandører' })
      .getByRole('listitem')
      .first();
    const heading = first.getByRole('heading', { level: 4 });
    await heading.waitFor();
    const provider = (await heading.innerText()).replace(/^1\. /, '').trim();
    const reasons = await first.innerText();
    expect(reasons).toContain('Opfylder målgruppekriterierne');
    expect(reasons).toMatch(/Ledig kapacitet i 2026: [\d.]+ af [\d.]+ pladser/);
    // The full providers are listed as not suggested, with why.
    const notSuggested = suggestions.getByRole('list', { name: 'Ikke foreslået' });
    await expect(notSuggested.innerText()).resolves.toMatch(
      /Ingen ledig kapacitet i 2026: [\d.]+ af [\d.]+ pladser optaget/,
    );
    await expectNoAxeViolations(page, 'the refer page with suggested providers');

    // Chosen from the keyboard: the programme choice below is filled, and the target group shows.
    const choose = first.getByRole('button', { name: new RegExp(`^Vælg ${escapeRegExp(provider)}`) });
    await choose.focus();
    await page.keyboard.press('Enter');
    const radio = referral.getByRole('radio', { name: new RegExp(`: ${escapeRegExp(provider)}`) });
    await expect(radio.isChecked()).resolves.toBe(true);
    await first.getByText('Valgt', { exact: true }).waitFor();
    await referral.getByText('Borgeren er i målgruppen.').waitFor();
    await expectNoAxeViolations(page, 'the refer page with a suggestion chosen');
  });
});
