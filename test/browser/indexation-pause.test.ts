// Issue 14, price indexation and pauses in billing: procurement indexes an agreement's prices and chooses
// that hospital stays are not paid, the citizen's caseworker records a hospital stay on the course, and the
// billing page shows the indexed price (with the agreed price it comes from) and the weeks left out with
// their reason. Through the UI only, after a synthetic citizen and course are written to the demo
// database. Axe on each new state.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addDays, copenhagenDate } from '../../src/shared/dates.ts';
import { insertCourse } from '../../src/server/modules/courses/course.fixtures.ts';
import { insertCitizen } from '../support/factories.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const CITIZEN = 'Hanne Hospitalsen (syntetisk)';
const today = copenhagenDate(new Date());
// The course started on a Monday 9 weeks ago; the pause covers its 3rd and 4th weeks exactly.
const startsOn = addDays(today, -63 - ((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
const pauseFrom = addDays(startsOn, 14);
const pauseTo = addDays(startsOn, 27);
const danishDate = (iso: string) => iso.split('-').reverse().join('-');

async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

async function prepare(): Promise<{ courseId: string; agreementId: string; providerId: string }> {
  const db = test.server.database.db;
  const organisation = (code: string) =>
    db.selectFrom('organisation').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  const provider = await organisation('sydhavnscompagniet');
  const agreement = await db
    .selectFrom('frameworkAgreement')
    .select('id')
    .where('providerId', '=', provider.id)
    .where('startsOn', '=', '2025-01-01')
    .executeTakeFirstOrThrow();
  const citizen = await insertCitizen(db, test.server.runtime.keys, {
    jobCentreId: (await organisation('jobcenter-kbh')).id,
    providerIds: [provider.id],
    name: CITIZEN,
  });
  const caseworker = await db
    .selectFrom('appUser')
    .select('id')
    .where('username', '=', 'sagsbehandler')
    .executeTakeFirstOrThrow();
  const courseId = await insertCourse(db, {
    citizenId: citizen.id,
    providerId: provider.id,
    agreementId: agreement.id,
    caseworkerIds: [caseworker.id],
    startsOn,
  });
  return { courseId, agreementId: agreement.id, providerId: provider.id };
}

describe('price indexation and pauses in billing', () => {
  it('indexes the prices, leaves out the weeks of an unpaid hospital stay and shows both on the billing page', async () => {
    const { courseId, agreementId, providerId } = await prepare();
    const year = today.slice(0, 4);

    // Procurement indexes the agreement's prices and chooses that hospital stays are not paid.
    const { page } = await test.open();
    await signIn(page, 'indkoeb');
    await page.goto(`/rammeaftaler/${agreementId}`);
    const section = page.getByRole('region', { name: 'Pristalsregulering og pauser' });
    await section.getByText('Priserne er ikke pristalsreguleret.').waitFor();
    await section.getByLabel(/^Gælder fra/).fill(`${year}-01-01`);
    await section.getByLabel(/^Regulering/).fill('2,5');
    await section.getByLabel(/^Begrundelse/).fill('Syntetisk test: nettoprisindeks');
    await section.getByRole('button', { name: 'Registrér pristalsregulering' }).click();
    await section.getByText('Pristalsreguleringen er registreret.').waitFor();
    const history = section.getByRole('table', { name: 'Prishistorik for indsats' });
    await history
      .getByRole('row')
      .filter({ hasText: `Reguleret 2,5 % fra 01-01-${year}` })
      .waitFor();
    await expect(history.getByRole('row').filter({ hasText: 'Aftalt pris' }).innerText()).resolves.toContain(
      '2.040,00',
    );
    await section.getByRole('checkbox', { name: 'Hospitalsindlæggelse' }).check();
    await section.getByRole('button', { name: 'Gem pausetyper' }).click();
    await section.getByText('Pausetyperne er gemt.').waitFor();
    await section
      .getByText('Aftalen betaler ikke for hele uger med pause af typen: hospitalsindlæggelse.')
      .waitFor();
    await expectNoAxeViolations(page, 'the agreement page with an indexation and an unpaid pause kind');

    // The citizen's caseworker records a hospital stay on the course.
    const caseworker = (await test.open()).page;
    await signIn(caseworker, 'sagsbehandler');
    await caseworker.goto(`/forloeb/${courseId}`);
    const pauses = caseworker.getByRole('region', { name: 'Pauser', exact: true });
    await pauses.getByText('Der er ikke registreret pauser i forløbet.').waitFor();
    await pauses
      .getByText('Rammeaftalen betaler ikke for hele uger med pause af typen: hospitalsindlæggelse.')
      .waitFor();
    await pauses.getByRole('button', { name: 'Registrér pause' }).click();
    const form = caseworker.getByRole('region', { name: 'Registrér pause' });
    await form.getByLabel(/^Pausens art/).selectOption({ label: 'Hospitalsindlæggelse' });
    await form.getByLabel(/^Første dag/).fill(pauseFrom);
    await form.getByLabel(/^Sidste dag/).fill(pauseTo);
    await expectNoAxeViolations(caseworker, 'the course page with the pause form');
    await form.getByRole('button', { name: 'Gem pause' }).click();
    await expectStatus(
      caseworker,
      `Pausen ${danishDate(pauseFrom)} – ${danishDate(pauseTo)} er registreret.`,
    );
    await pauses.getByRole('row').filter({ hasText: 'Hospitalsindlæggelse' }).waitFor();
    await expectNoAxeViolations(caseworker, 'the course page with a recorded pause');

    // The billing page shows the indexed price and the two weeks left out, with their reason.
    await page.goto(
      `/afregning?fra=${startsOn.slice(0, 7)}&til=${today.slice(0, 7)}&leverandoer=${providerId}`,
    );
    const leftOut = page.getByRole('table', { name: /^Uger uden betaling for pauser/ });
    const rows = leftOut.getByRole('row').filter({ hasText: 'Hospitalsindlæggelse' });
    await rows.first().waitFor();
    const texts = await rows.allInnerTexts();
    const weeks = texts.reduce((sum, text) => sum + Number(/(\d+) forløbsuge/.exec(text)?.[1] ?? 0), 0);
    expect(weeks).toBe(2);
    await page.locator('#billing-table').getByText('2.091,00 (reguleret fra 2.040,00)').first().waitFor();
    await expectNoAxeViolations(page, 'the billing page with an indexed price and weeks left out');
  });
});
