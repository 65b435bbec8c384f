// Issue 12: job talks belong to the citizen's benefit period, not to a course. The caseworker opens a
// citizen without any course, sees the period counted from the recorded first request for help, calls
// the citizen in to the first talk without a course, and is refused a second call-in to the same talk
// (nothing typed is lost). Through the UI only, after a synthetic citizen is written to the demo
// database. Axe on each new state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, copenhagenDate, formatDanishDate } from '../../src/shared/dates.ts';
import { insertCitizen } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const CITIZEN = 'Tage Talesen (syntetisk)';

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

async function prepareCitizen(firstRequestOn: string): Promise<string> {
  const db = test.server.database.db;
  const jobCentre = await db
    .selectFrom('organisation')
    .select('id')
    .where('code', '=', 'jobcenter-kbh')
    .executeTakeFirstOrThrow();
  const citizen = await insertCitizen(db, test.server.runtime.keys, {
    jobCentreId: jobCentre.id,
    name: CITIZEN,
  });
  await db
    .insertInto('citizenCircumstance')
    .values({ citizenId: citizen.id, benefitType: 'cash_benefit', activityReady: true, firstRequestOn })
    .execute();
  return citizen.id;
}

describe('job talks without a course', () => {
  it('are counted from the benefit period and scheduled from the citizen page', async () => {
    const today = copenhagenDate(new Date());
    const firstRequestOn = addDays(today, -2);
    const talkOn = addDays(today, 3);
    const citizenId = await prepareCitizen(firstRequestOn);

    const { page } = await test.open();
    await signIn(page, 'sagsbehandler');
    await page.goto(`/borgere/${citizenId}`);
    const talks = page.getByRole('region', { name: 'Jobsamtaler', exact: true });
    await talks
      .getByText(`Ydelsesperioden regnes fra ${formatDanishDate(firstRequestOn)} (registreret).`)
      .first()
      .waitFor();
    await talks.getByText('Der er ikke registreret nogen jobsamtaler for borgeren.').waitFor();
    await expectNoAxeViolations(page, 'the citizen page with the benefit period and no talks');

    // The first talk, without a course.
    await talks.getByRole('button', { name: 'Indkald til samtale' }).click();
    const form = page.getByRole('region', { name: 'Indkald til jobsamtale' });
    await form.getByLabel(/^Dato for samtalen/).fill(talkOn);
    await form.getByLabel(/^Hvor holdes samtalen/).selectOption({ label: 'I jobcentret' });
    await expectNoAxeViolations(page, 'the schedule form on the citizen page');
    await form.getByRole('button', { name: 'Indkald' }).click();
    await expectStatus(page, `Jobsamtalen ${formatDanishDate(talkOn)} er oprettet.`);
    const row = talks.getByRole('row').filter({ hasText: formatDanishDate(talkOn) });
    await expect(row.innerText()).resolves.toContain('Uden forløb');

    // A second call-in to the same first talk is refused, and the form keeps what was typed.
    const secondOn = addDays(today, 4);
    await talks.getByRole('button', { name: 'Indkald til samtale' }).click();
    await form.getByLabel(/^Dato for samtalen/).fill(secondOn);
    await form.getByLabel(/^Hvor holdes samtalen/).selectOption({ label: 'I jobcentret' });
    await form.getByRole('button', { name: 'Indkald' }).click();
    await form
      .getByText(`Borgeren er allerede indkaldt til første samtale den ${formatDanishDate(talkOn)}.`, {
        exact: false,
      })
      .first()
      .waitFor();
    await expect(form.getByLabel(/^Dato for samtalen/).inputValue()).resolves.toBe(secondOn);
    await expectNoAxeViolations(page, 'the schedule form refusing a second first talk');
  });
});
