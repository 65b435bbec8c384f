// Issue 12, item 3: ending a course while placements still run past its last day. The provider's mentor
// ends the course; the form asks what happens to each running placement, refuses an end that leaves one
// undecided (nothing typed is lost), allows "continue in aftercare" only with aftercare, and the placement
// table afterwards shows the decided timeline. Through the UI only, after a synthetic citizen, course and
// placements are written to the demo database. Axe on each new state.
import { addDays, copenhagenDate } from '../../src/shared/dates.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { insertCourse } from '../../src/server/modules/courses/course.fixtures.ts';
import { createRng, syntheticCvr } from '../../src/server/seed/synthetic.ts';
import { insertCitizen } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const CITIZEN = 'Else Efterværnsen (syntetisk)';
const CONTINUING = 'Syntetisk Fortsæt ApS';
const ENDING = 'Syntetisk Slut ApS';
const danishDate = (iso: string) => iso.split('-').reverse().join('-');

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

async function prepareCourse(today: string): Promise<{ courseId: string; endsOnOfRunning: string }> {
  const db = test.server.database.db;
  const organisation = (code: string) =>
    db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  const provider = await organisation('sydhavnscompagniet');
  const citizen = await insertCitizen(db, test.server.runtime.keys, {
    jobCentreId: (await organisation('jobcenter-kbh')).id,
    providerIds: [provider.id],
    name: CITIZEN,
  });
  const courseId = await insertCourse(db, {
    citizenId: citizen.id,
    providerId: provider.id,
    startsOn: addDays(today, -60),
  });
  // Two placements running past the end day the mentor will choose (yesterday): one with an end date
  // far ahead, one without an end date. Companies with synthetic CVR numbers outside the demo's.
  const endsOnOfRunning = addDays(today, 75);
  const rng = createRng(2026_12_06);
  for (const [name, endsOn] of [
    [CONTINUING, endsOnOfRunning],
    [ENDING, null],
  ] as const) {
    const company = await db
      .insertInto('company')
      .values({ cvr: syntheticCvr(rng), name })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('placement')
      .values({
        courseId,
        citizenId: citizen.id,
        companyId: company.id,
        kind: 'wage_subsidy',
        startsOn: addDays(today, -20),
        endsOn,
      })
      .execute();
  }
  return { courseId, endsOnOfRunning };
}

describe('ending a course with placements running past its last day', () => {
  it('asks for each placement, refuses an undecided end, and keeps the timeline consistent', async () => {
    const today = copenhagenDate(new Date());
    const endsOn = addDays(today, -1);
    const { courseId, endsOnOfRunning } = await prepareCourse(today);

    const { page } = await test.open();
    await signIn(page, 'sydhavn');
    await page.goto(`/forloeb/${courseId}`);
    await page
      .getByRole('region', { name: 'Handlinger' })
      .getByRole('button', { name: 'Afslut forløbet' })
      .click();
    const end = page.getByRole('region', { name: 'Afslut forløbet' });
    await end.getByLabel(/^Sidste dag i forløbet/).fill(endsOn);
    await end.getByLabel(/^Årsag/).selectOption({ label: 'Job' });

    // Both running placements are asked about; without aftercare none may continue in it.
    const continuing = end.getByRole('group', { name: new RegExp(CONTINUING) });
    const ending = end.getByRole('group', { name: new RegExp(ENDING) });
    await expect(continuing.innerText()).resolves.toContain(danishDate(endsOnOfRunning));
    await expect(ending.innerText()).resolves.toContain('uden slutdato');
    await expect(continuing.getByLabel('Fortsætter som en del af efterværnet').isDisabled()).resolves.toBe(
      true,
    );
    await expectNoAxeViolations(page, 'the end-of-course form asking about running placements');

    // Ending without deciding is refused with the reason; the form keeps what was typed.
    await end.getByRole('button', { name: 'Afslut forløbet' }).click();
    await end
      .getByText(/2 virksomhedsplacering\(er\) løber efter forløbets slut/)
      .first()
      .waitFor();
    await expect(end.getByLabel(/^Sidste dag i forløbet/).inputValue()).resolves.toBe(endsOn);
    await expect(end.getByLabel(/^Årsag/).inputValue()).resolves.toBe('job');
    await expectNoAxeViolations(page, 'the end-of-course form refusing undecided placements');

    // With aftercare, one placement continues in it and the other ends on the course's last day.
    await end.getByLabel('Borgeren fortsætter i efterværn').check();
    await continuing.getByLabel('Fortsætter som en del af efterværnet').check();
    await ending.getByLabel(`Slutter på forløbets sidste dag (${danishDate(endsOn)})`).check();
    await end.getByRole('button', { name: 'Afslut forløbet' }).click();
    await expectStatus(page, 'Forløbet er afsluttet, og efterværnet er begyndt.');

    const placements = page.getByRole('region', { name: 'Virksomhedsplaceringer' });
    const endedRow = placements.getByRole('row').filter({ hasText: ENDING });
    const continuingRow = placements.getByRole('row').filter({ hasText: CONTINUING });
    await expect(endedRow.innerText()).resolves.toContain(danishDate(endsOn));
    await expect(continuingRow.innerText()).resolves.toContain(danishDate(endsOnOfRunning));
    await expectNoAxeViolations(page, 'the ended course with its placements');
  });
});
