// Issue 12, absence (fravær): the provider's mentor reports a day of absence on a course; the citizen's
// caseworker finds the task on the task list, opens the course and records what was done. Through the UI
// only, after a synthetic citizen and course are written to the demo database. Axe on each new state.
import { addDays, copenhagenDate } from '../../src/shared/dates.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertCourse } from '../../src/server/modules/courses/course.fixtures.ts';
import { insertCitizen } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const CITIZEN = 'Frida Fraværsen (syntetisk)';
const danishDate = (iso: string) => iso.split('-').reverse().join('-');

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

async function prepareCourse(): Promise<string> {
  const db = test.server.database.db;
  const organisation = (code: string) =>
    db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  const user = (username: string) =>
    db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirstOrThrow();
  const provider = await organisation('sydhavnscompagniet');
  const citizen = await insertCitizen(db, test.server.runtime.keys, {
    jobCentreId: (await organisation('jobcenter-kbh')).id,
    providerIds: [provider.id],
    name: CITIZEN,
  });
  return insertCourse(db, {
    citizenId: citizen.id,
    providerId: provider.id,
    caseworkerIds: [(await user('sagsbehandler')).id],
    startsOn: addDays(copenhagenDate(new Date()), -30),
  });
}

describe('absence from the programme', () => {
  it('is reported by the provider and followed up by the caseworker from the task list', async () => {
    const courseId = await prepareCourse();
    const absentOn = addDays(copenhagenDate(new Date()), -3);
    const followedUpOn = addDays(absentOn, 1);

    // The provider's mentor reports the absence.
    const { page } = await test.open();
    await signIn(page, 'sydhavn');
    await page.goto(`/forloeb/${courseId}`);
    const section = page.getByRole('region', { name: 'Fravær', exact: true });
    await section.getByText('Der er ikke meldt fravær.').waitFor();
    await section.getByRole('button', { name: 'Meld fravær' }).click();
    const report = page.getByRole('region', { name: 'Meld fravær' });
    await report.getByLabel(/^Fraværsdag/).fill(absentOn);
    await report.getByLabel(/^Timer/).fill('7,5');
    await report.getByLabel(/^Årsag/).selectOption({ label: 'Udeblevet uden besked' });
    await expectNoAxeViolations(page, 'the course page with the absence report form');
    await report.getByRole('button', { name: 'Meld fravær' }).click();
    await expectStatus(page, `Fraværet den ${danishDate(absentOn)} er meldt.`);
    const row = section.getByRole('row').filter({ hasText: danishDate(absentOn) });
    await expect(row.innerText()).resolves.toMatch(/7,5\s+Udeblevet uden besked\s+Ikke fulgt op/);
    // The provider cannot record the job centre's follow-up.
    await expect(section.getByRole('button', { name: /Registrér opfølgning/ }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'the course page with reported absence (provider)');

    // The caseworker finds the task and records the follow-up.
    const caseworker = (await test.open()).page;
    await signIn(caseworker, 'sagsbehandler');
    await caseworker.goto('/opgaver');
    const task = caseworker
      .getByRole('row')
      .filter({ hasText: CITIZEN })
      .filter({ hasText: 'Følg op på fravær' });
    await task.waitFor();
    await expectNoAxeViolations(caseworker, 'the task list with the absence task');
    await task.getByRole('link', { name: 'Følg op på fravær' }).click();
    await caseworker.waitForURL(`**/forloeb/${courseId}`);
    const absence = caseworker.getByRole('region', { name: 'Fravær', exact: true });
    await absence
      .getByRole('button', { name: `Registrér opfølgning på fraværet den ${danishDate(absentOn)}` })
      .click();
    const form = caseworker.getByRole('region', {
      name: `Opfølgning på fraværet den ${danishDate(absentOn)}`,
    });
    await form.getByLabel('Afgørelse om sanktion (aktivloven)').check();
    await form.getByLabel(/^Dato for opfølgningen/).fill(followedUpOn);
    // A sanction decision needs its date: the server's (and the form's) refusal is shown on the field.
    await form.getByRole('button', { name: 'Gem opfølgning' }).click();
    await form.getByText('Feltet skal udfyldes.').first().waitFor();
    await form.getByLabel(/^Dato for afgørelsen/).fill(followedUpOn);
    await expectNoAxeViolations(caseworker, 'the absence follow-up form');
    await form.getByRole('button', { name: 'Gem opfølgning' }).click();
    await expectStatus(caseworker, 'Opfølgningen er gemt.');
    const followed = absence.getByRole('row').filter({ hasText: danishDate(absentOn) });
    await expect(followed.innerText()).resolves.toContain(
      `Afgørelse om sanktion (aktivloven): afgørelse ${danishDate(followedUpOn)}`,
    );
    await expectNoAxeViolations(caseworker, 'the course page with the absence followed up');

    // The task is done.
    await caseworker.goto('/opgaver');
    await caseworker.getByRole('heading', { level: 1 }).waitFor();
    await caseworker.waitForLoadState('networkidle');
    await expect(
      caseworker
        .getByRole('row')
        .filter({ hasText: CITIZEN })
        .filter({ hasText: 'Følg op på fravær' })
        .count(),
    ).resolves.toBe(0);
  });
});
