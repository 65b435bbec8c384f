// The journey issue 4 asks for, through the UI only: a caseworker creates and refers a citizen to
// SydhavnsCompagniet; the provider accepts with a start in the past and moves the course from internal
// training to an internship and a small job (with placements at network companies), ends it with a job
// and aftercare, and ends the aftercare; the provider lead's billing page and XLSX export then show the
// course's weeks and kroner per month. Every date is fixed (spring 2026, before today), so the billing
// period is closed and the figures do not depend on the day the test runs. Axe on each new page state.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { AGREEMENTS_2025 } from '../../src/server/modules/agreements/agreement.demo-data.ts';
import { passesModulus11 } from '../../src/shared/cpr.ts';
import { signIn } from './support/browser.ts';
import { expectNoAxeViolations, setUpBrowserTests } from './support/harness.ts';

const test = setUpBrowserTests();
const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

// ---- the journey's dates ------------------------------------------------------------------------

const CITIZEN = 'Rasmus Rejsegaard';
const DATES = {
  informed: '2026-02-20',
  referred: '2026-02-23',
  start: '2026-03-02', // Monday: internal training
  internship: '2026-03-16', // stage and placement
  internshipEnds: '2026-04-24', // 40 days = 6 weeks, within the 13 of LAB § 61's base period
  smallJob: '2026-04-27', // stage and placement, 7,5 hours a week
  end: '2026-05-29', // last day of the programme, reason job
  aftercarePlannedEnd: '2026-08-28',
  aftercareEnd: '2026-07-31', // aftercare ended before its planned end
};
const DAY = 86_400_000;
/** '2026-03-02' → '02-03-2026', as the Danish pages show dates. */
const danishDate = (iso: string) => iso.split('-').reverse().join('-');

/**
 * SydhavnsCompagniet's weekly prices in its demo agreement of the 2025 tender (area 1 "Udsatte
 * borgere", valid from 1 January 2025, no change since), written out here and checked against the
 * demo data, so that the figures below are plain arithmetic.
 */
const PROGRAMME_KR = 2_040;
const AFTERCARE_KR = 650;

// ---- the expected billing, by hand (docs/billing.md) ---------------------------------------------
// Programme 2 March – 29 May 2026: 89 days, so 13 started 7-day blocks, starting on
//   March 2, 9, 16, 23, 30 (5) · April 6, 13, 20, 27 (4) · May 4, 11, 18, 25 (4).
// Aftercare from the day after the end, 30 May – 31 July 2026: 63 days, so 9 blocks, starting on
//   May 30 (1) · June 6, 13, 20, 27 (4) · July 4, 11, 18, 25 (4).
// Each block is billed in the month it starts, at the price valid on its first day.
const EXPECTED = [
  { month: 'marts 2026', programmeWeeks: 5, aftercareWeeks: 0 },
  { month: 'april 2026', programmeWeeks: 4, aftercareWeeks: 0 },
  { month: 'maj 2026', programmeWeeks: 4, aftercareWeeks: 1 },
  { month: 'juni 2026', programmeWeeks: 0, aftercareWeeks: 4 },
  { month: 'juli 2026', programmeWeeks: 0, aftercareWeeks: 4 },
].map((line) => {
  const programmeKr = line.programmeWeeks * PROGRAMME_KR;
  const aftercareKr = line.aftercareWeeks * AFTERCARE_KR;
  return { ...line, programmeKr, aftercareKr, totalKr: programmeKr + aftercareKr };
});
const PROGRAMME_WEEKS = 13;
const AFTERCARE_WEEKS = 9;
const TOTAL_KR = 13 * 2_040 + 9 * 650; // 26.520 + 5.850 = 32.370 kr.

/** Kroner as the Danish pages show them without the unit: 10200 → "10.200,00". */
function kroner(value: number): string {
  return `${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},00`;
}

/** A male CPR number born 15 June 1985 (40 when referred) that passes modulus 11. */
function cprNumber(): string {
  for (let serial = 1001; serial < 4000; serial += 2) {
    const digits = `150685${serial}`;
    if (passesModulus11(digits)) return `150685-${serial}`;
  }
  throw new Error('no CPR number found');
}

/** A <select>'s option whose text contains `text` (labels carry CVR numbers and counts). */
async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text });
  await option.first().waitFor({ state: 'attached' });
  await expect(option.count()).resolves.toBe(1);
  await select.selectOption((await option.getAttribute('value'))!);
}

/** The course page's status line (role status, focused after each change). */
async function expectStatus(page: Page, text: string): Promise<void> {
  await page.locator('main [role="status"]', { hasText: text }).first().waitFor();
}

// ---- the steps ------------------------------------------------------------------------------------

async function createAndReferCitizen(page: Page): Promise<void> {
  await signIn(page, 'sagsbehandler');
  await menu(page).getByRole('link', { name: 'Opret borger' }).click();
  await page.waitForURL('**/borgere/ny');
  await page.getByLabel(/^CPR-nummer/).fill(cprNumber());
  await page.getByLabel(/^Navn/).fill(CITIZEN);
  await page.getByLabel('Bydel').selectOption('Vesterbro/Kongens Enghave');
  await page.getByRole('button', { name: 'Opret borger' }).click();
  await page.waitForURL(/\/borgere\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: CITIZEN }).waitFor();
  await page.getByText('Borgeren er ikke henvist til et forløb.').waitFor();

  await page.getByRole('link', { name: 'Henvis', exact: true }).click();
  await page.waitForURL(/\/borgere\/[0-9a-f-]{36}\/henvis$/);
  await page.getByRole('heading', { level: 1, name: 'Henvis borger' }).waitFor();

  // The circumstances the Sydhavnen area's rules ask about (age comes from the CPR number).
  const circumstances = page.getByRole('region', { name: 'Borgerens forhold' });
  await circumstances.getByLabel('Forsørgelse', { exact: true }).selectOption({ label: 'Kontanthjælp' });
  await circumstances.getByRole('group', { name: 'Aktivitetsparat' }).getByLabel('Ja').check();
  await circumstances.getByLabel(/^På offentlig forsørgelse siden/).fill('2024-01-01');
  await circumstances.getByRole('group', { name: 'Minoritetsbaggrund' }).getByLabel('Nej').check();
  await circumstances.getByRole('group', { name: 'Misbrugsproblem' }).getByLabel('Ja').check();
  await circumstances.getByRole('button', { name: 'Gem forhold' }).click();
  await circumstances.getByText('Borgerens forhold er gemt.').waitFor();

  // The referral, dated before the course's start; the options are those active on that date.
  const referral = page.getByRole('region', { name: 'Henvisning', exact: true });
  await referral.getByLabel(/^Henvisningsdato/).fill(DATES.referred);
  await referral.getByRole('radio', { name: /^Udsatte borgere: SydhavnsCompagniet/ }).check();
  const eligibility = referral.getByRole('table', { name: 'Målgruppe: Udsatte borgere' });
  await eligibility.waitFor();
  await referral.getByText('Borgeren er i målgruppen.').waitFor();
  const results = await eligibility.locator('tbody tr').allInnerTexts();
  expect(results.map((row) => row.split('\t')[0])).toEqual([
    'Aktivitetsparat kontanthjælpsmodtager',
    'Mindst 30 år',
    'Højst 5 år på offentlig forsørgelse',
    'Misbrugsproblem',
  ]);
  for (const row of results) expect(row).toContain('Opfyldt');
  // The offer decision under LAB (not consent) and the citizen's response.
  await referral
    .getByRole('group', { name: 'Tilbud', exact: true })
    .getByLabel(/^Vejledning og opkvalificering/)
    .check();
  await referral.getByLabel(/^Tilbuddet fra/).fill(DATES.start);
  await referral.getByLabel(/^Tilbuddet til/).fill(DATES.end);
  await referral.getByLabel(/^Borgeren orienteret om tilbuddet den/).fill(DATES.informed);
  await referral.getByRole('group', { name: 'Borgerens svar' }).getByLabel('Tager imod tilbuddet').check();
  await expectNoAxeViolations(page, 'the refer page with circumstances, programme and eligibility');

  await referral.getByRole('button', { name: 'Henvis borgeren' }).click();
  await page.waitForURL(/\/henvisninger\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: `Henvisning af ${CITIZEN}` }).waitFor();
  await page.getByText('Henvisningen er oprettet og sendt til leverandøren.').waitFor();
  const details = page.getByRole('region', { name: 'Oplysninger' });
  await expect(details.innerText()).resolves.toContain('Venter på svar');
  await expect(details.innerText()).resolves.toContain(danishDate(DATES.referred));
  await expect(details.innerText()).resolves.toContain('SydhavnsCompagniet');
  await expect(details.innerText()).resolves.toContain('Vejledning og opkvalificering (LAB kap. 14)');
  await expect(details.innerText()).resolves.toContain('Tager imod tilbuddet');
  await expectNoAxeViolations(page, 'the new referral, waiting for an answer');
}

async function acceptReferral(page: Page): Promise<string> {
  await signIn(page, 'sydhavn');
  await menu(page).getByRole('link', { name: 'Henvisninger' }).click();
  await page.getByRole('heading', { level: 1, name: 'Henvisninger' }).waitFor();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Venter på svar' });
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('status') === 'pending');
  const row = page.getByRole('table', { name: 'Henvisninger' }).getByRole('row').filter({ hasText: CITIZEN });
  await expect(row.innerText()).resolves.toContain('Venter på svar');
  await row.getByRole('link', { name: `Besvar: ${CITIZEN}` }).click();
  await page.getByRole('heading', { level: 1, name: `Henvisning af ${CITIZEN}` }).waitFor();

  const accept = page.getByRole('region', { name: 'Accepter', exact: true });
  await accept.getByLabel(/^Startdato/).fill(DATES.start);
  await accept.getByLabel(/^Fast mentor/).selectOption({ label: 'Maja Mentor (SydhavnsCompagniet)' });
  await accept.getByLabel('Intern træningsbane').check();
  await expectNoAxeViolations(page, 'the referral with the provider’s answer forms');
  await accept.getByRole('button', { name: 'Accepter og opret forløb' }).click();
  await page.getByText('Henvisningen er accepteret, og forløbet er oprettet.').waitFor();
  await expect(page.getByRole('region', { name: 'Oplysninger' }).innerText()).resolves.toContain(
    'Accepteret',
  );

  await page.getByRole('link', { name: 'Gå til forløbet' }).click();
  await page.waitForURL(/\/forloeb\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: CITIZEN }).waitFor();
  return new URL(page.url()).pathname;
}

async function changeStage(page: Page, stage: string, startsOn: string): Promise<void> {
  await page.getByRole('region', { name: 'Handlinger' }).getByRole('button', { name: 'Skift fase' }).click();
  const form = page.getByRole('region', { name: 'Skift fase' });
  await form.getByLabel(/^Ny fase/).selectOption({ label: stage });
  await form.getByLabel(/^Fasen begynder/).fill(startsOn);
  await form.getByRole('button', { name: 'Skift fase' }).click();
  await expectStatus(page, `Forløbet er nu i fasen ${stage}.`);
}

async function addPlacement(
  page: Page,
  placement: { company: string; kind: string; startsOn: string; endsOn: string; hours?: string },
): Promise<void> {
  const section = page.getByRole('region', { name: 'Virksomhedsplaceringer' });
  await section.getByRole('button', { name: 'Tilføj placering' }).click();
  const form = page.getByRole('region', { name: 'Tilføj virksomhedsplacering' });
  await selectOptionContaining(form.getByLabel(/^Virksomhed/), placement.company);
  await form.getByLabel(/^Type/).selectOption({ label: placement.kind });
  await form.getByLabel(/^Startdato/).fill(placement.startsOn);
  await form.getByLabel(/^Slutdato/).fill(placement.endsOn);
  if (placement.hours) await form.getByLabel(/^Timer om ugen/).fill(placement.hours);
  await form.getByRole('button', { name: 'Gem placering' }).click();
  await expectStatus(page, `Placeringen hos ${placement.company} er gemt.`);
}

async function runCourse(page: Page): Promise<void> {
  const facts = page.getByRole('region', { name: 'Overblik' });
  await expect(facts.innerText()).resolves.toContain('Intern træningsbane');
  await expect(facts.innerText()).resolves.toContain(`fra ${danishDate(DATES.start)}`);
  await expect(facts.innerText()).resolves.toContain('Maja Mentor (SydhavnsCompagniet)');
  await expect(facts.innerText()).resolves.toContain('Sara Sagsbehandler');
  await expectNoAxeViolations(page, 'the new course in internal training');

  // Internship: the stage, and a placement at a network company within LAB § 61's 13 weeks.
  await changeStage(page, 'Virksomhedspraktik', DATES.internship);
  await addPlacement(page, {
    company: 'Café Havnen ApS',
    kind: 'Virksomhedspraktik',
    startsOn: DATES.internship,
    endsOn: DATES.internshipEnds,
  });
  const placements = page.getByRole('table', { name: 'Placeringer på forløbet' });
  const internship = placements.getByRole('row').filter({ hasText: 'Café Havnen ApS' });
  await expect(internship.innerText()).resolves.toContain('6 af højst 13 uger');

  // Small job: the stage, and a placement with paid hours a week (Danish decimal comma).
  await changeStage(page, 'Småjob', DATES.smallJob);
  await page
    .getByRole('region', { name: 'Virksomhedsplaceringer' })
    .getByRole('button', { name: 'Tilføj placering' })
    .click();
  await expectNoAxeViolations(page, 'the course page with the placement form open');
  await page
    .getByRole('region', { name: 'Tilføj virksomhedsplacering' })
    .getByRole('button', { name: 'Annuller' })
    .click();
  await addPlacement(page, {
    company: 'Sydhavn Cykler',
    kind: 'Småjob',
    startsOn: DATES.smallJob,
    endsOn: DATES.end,
    hours: '7,5',
  });
  const smallJob = placements.getByRole('row').filter({ hasText: 'Sydhavn Cykler' });
  await expect(smallJob.innerText()).resolves.toContain('7,5');

  // The end: a job, with aftercare from the next day.
  await page
    .getByRole('region', { name: 'Handlinger' })
    .getByRole('button', { name: 'Afslut forløbet' })
    .click();
  const end = page.getByRole('region', { name: 'Afslut forløbet' });
  await end.getByLabel(/^Sidste dag i forløbet/).fill(DATES.end);
  await end.getByLabel(/^Årsag/).selectOption({ label: 'Job' });
  await end.getByLabel('Borgeren fortsætter i efterværn').check();
  await end.getByLabel(/^Planlagt slut på efterværn/).fill(DATES.aftercarePlannedEnd);
  await expectNoAxeViolations(page, 'the end-of-course form with aftercare');
  await end.getByRole('button', { name: 'Afslut forløbet' }).click();
  await expectStatus(page, 'Forløbet er afsluttet, og efterværnet er begyndt.');
  const aftercareStart = new Date(Date.parse(`${DATES.end}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
  await expect(facts.innerText()).resolves.toContain(
    `${danishDate(aftercareStart)} – planlagt til ${danishDate(DATES.aftercarePlannedEnd)}`,
  );

  // The aftercare ends before its planned end: this step by keyboard (the date itself set with fill, as
  // the date field's part order follows the browser's locale). Opening the form moves focus to its
  // heading; Tab reaches the date and then the submit button; Enter saves; the result takes focus.
  const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
  await page
    .getByRole('region', { name: 'Handlinger' })
    .getByRole('button', { name: 'Afslut efterværn' })
    .focus();
  await page.keyboard.press('Enter');
  const aftercare = page.getByRole('region', { name: 'Afslut efterværn' });
  await aftercare.waitFor();
  await expect.poll(focused).toBe('aftercare-form-endsOn-heading');
  await page.keyboard.press('Tab');
  await expect.poll(focused).toBe('aftercare-form-endsOn');
  await aftercare.getByLabel(/^Sidste dag i efterværn/).fill(DATES.aftercareEnd);
  // Tab moves through the date field's own parts (day, month, year, calendar button), then on.
  for (let stop = 0; stop < 5 && (await focused()) === 'aftercare-form-endsOn'; stop++) {
    await page.keyboard.press('Tab');
  }
  await expect(
    aftercare
      .getByRole('button', { name: 'Afslut efterværn' })
      .evaluate((button) => button === document.activeElement),
  ).resolves.toBe(true);
  await page.keyboard.press('Enter');
  await expectStatus(page, 'Efterværnet er afsluttet.');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');

  const factsText = await facts.innerText();
  expect(factsText).toContain('Afsluttet');
  expect(factsText).toContain(`${danishDate(DATES.start)} – ${danishDate(DATES.end)}`);
  expect(factsText).toContain(`${danishDate(DATES.end)} – Job`);
  expect(factsText).toContain(`${danishDate(aftercareStart)} – ${danishDate(DATES.aftercareEnd)}`);

  // The timeline: stages and placements in order of time, each stage closed the day before the next.
  const timeline = page.getByRole('table', { name: 'Faser og virksomhedsplaceringer i tidsorden' });
  const rows = (await timeline.locator('tbody tr').allInnerTexts()).map((row) =>
    row.split('\t').map((cell) => cell.trim()),
  );
  expect(rows).toEqual([
    ['Intern træningsbane', 'Fase', '02-03-2026', '15-03-2026'],
    ['Virksomhedspraktik', 'Fase', '16-03-2026', '26-04-2026'],
    ['Virksomhedspraktik hos Café Havnen ApS', 'Placering', '16-03-2026', '24-04-2026'],
    ['Småjob', 'Fase', '27-04-2026', '29-05-2026'],
    ['Småjob hos Sydhavn Cykler', 'Placering', '27-04-2026', '29-05-2026'],
    ['Efterværn', 'Fase', '30-05-2026', '31-07-2026'],
  ]);
  await expectNoAxeViolations(page, 'the ended course with its timeline');
}

interface ExportLine {
  month: string;
  programmeWeeks: number;
  programmePrice: string;
  programmeKr: number;
  aftercareWeeks: number;
  aftercarePrice: string;
  aftercareKr: number;
  totalKr: number;
}

/** The per-course sheet of the XLSX export: the citizen's rows, read by the header row's names. */
async function citizenLinesOfXlsx(file: Buffer): Promise<ExportLine[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Afregning pr. forløb');
  expect(sheet, 'the provider lead’s export has a sheet per course').toBeDefined();
  const values: unknown[][] = [];
  sheet!.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  const headerIndex = values.findIndex((row) => row[0] === 'Borger');
  expect(headerIndex).toBeGreaterThan(0);
  const header = values[headerIndex]!.map(String);
  const column = (name: string) => {
    const index = header.indexOf(name);
    expect(index, `column ${name} in ${header.join(', ')}`).toBeGreaterThanOrEqual(0);
    return index;
  };
  const c = {
    month: column('Måned'),
    programmeWeeks: column('Forløbsuger'),
    programmePrice: column('Ugepris forløb (kr.)'),
    programmeKr: column('Forløb (kr.)'),
    aftercareWeeks: column('Efterværnsuger'),
    aftercarePrice: column('Ugepris efterværn (kr.)'),
    aftercareKr: column('Efterværn (kr.)'),
    totalKr: column('I alt (kr.)'),
  };
  return values
    .slice(headerIndex + 1)
    .filter((row) => row[0] === CITIZEN)
    .map((row) => ({
      month: String(row[c.month]),
      programmeWeeks: Number(row[c.programmeWeeks] ?? 0),
      programmePrice: String(row[c.programmePrice] ?? ''),
      programmeKr: Number(row[c.programmeKr] ?? 0),
      aftercareWeeks: Number(row[c.aftercareWeeks] ?? 0),
      aftercarePrice: String(row[c.aftercarePrice] ?? ''),
      aftercareKr: Number(row[c.aftercareKr] ?? 0),
      totalKr: Number(row[c.totalKr] ?? 0),
    }));
}

async function checkBilling(page: Page): Promise<void> {
  await signIn(page, 'sydhavn-leder');
  await menu(page).getByRole('link', { name: 'Afregning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Afregning' }).waitFor();
  // February to August 2026: a month either side of the course, which bills nothing there.
  await page.getByLabel('Fra måned').selectOption({ label: 'februar' });
  await page.getByLabel('Fra år').selectOption('2026');
  await page.getByLabel('Til måned').selectOption({ label: 'august' });
  await page.getByLabel('Til år').selectOption('2026');
  await page.getByRole('button', { name: 'Vis afregning' }).click();
  await page.waitForURL(
    (url) => url.searchParams.get('fra') === '2026-02' && url.searchParams.get('til') === '2026-08',
  );

  // The month table is the provider's own (all its courses); the lines per citizen show the journey's.
  await page
    .getByRole('table', { name: 'Afregning for SydhavnsCompagniet, februar 2026 – august 2026' })
    .waitFor();
  const lines = page.getByRole('table', {
    name: 'Forløbsuger og kroner pr. borger og måned, februar 2026 – august 2026',
  });
  await lines.waitFor();
  const shown = (await lines.getByRole('row').filter({ hasText: CITIZEN }).allInnerTexts()).map((row) =>
    row.split('\t').map((cell) => cell.trim()),
  );
  expect(shown).toEqual(
    EXPECTED.map((line) => [
      CITIZEN,
      line.month,
      String(line.programmeWeeks),
      kroner(line.programmeKr),
      String(line.aftercareWeeks),
      kroner(line.aftercareKr),
      kroner(line.totalKr),
    ]),
  );
  await expectNoAxeViolations(page, 'the provider lead’s billing page');

  // The XLSX export: the same weeks and kroner, as numbers, with the weekly prices used.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Hent afregningen som regneark (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const exported = await citizenLinesOfXlsx(await readFile((await download.path())!));
  expect(exported).toEqual(
    EXPECTED.map((line) => ({
      month: line.month,
      programmeWeeks: line.programmeWeeks,
      programmePrice: line.programmeWeeks > 0 ? kroner(PROGRAMME_KR) : '',
      programmeKr: line.programmeKr,
      aftercareWeeks: line.aftercareWeeks,
      aftercarePrice: line.aftercareWeeks > 0 ? kroner(AFTERCARE_KR) : '',
      aftercareKr: line.aftercareKr,
      totalKr: line.totalKr,
    })),
  );
  expect(exported.reduce((sum, line) => sum + line.programmeWeeks, 0)).toBe(PROGRAMME_WEEKS);
  expect(exported.reduce((sum, line) => sum + line.aftercareWeeks, 0)).toBe(AFTERCARE_WEEKS);
  expect(exported.reduce((sum, line) => sum + line.totalKr, 0)).toBe(TOTAL_KR);
}

describe('a citizen’s course from referral to billing', () => {
  it('refers, accepts, runs training → internship → small job → job with aftercare, and bills the weeks', async () => {
    const sydhavn = AGREEMENTS_2025.find((a) => a.code === 'sydhavnscompagniet')!;
    expect(sydhavn.prices.map((p) => [p.priceKind, p.validFrom, p.validTo, p.kroner])).toEqual([
      ['programme', '2025-01-01', null, PROGRAMME_KR],
      ['aftercare', '2025-01-01', null, AFTERCARE_KR],
    ]);

    const caseworker = await test.open();
    await createAndReferCitizen(caseworker.page);

    const provider = await test.open();
    const coursePath = await acceptReferral(provider.page);
    expect(coursePath).toMatch(/^\/forloeb\//);
    await runCourse(provider.page);

    const lead = await test.open();
    await checkBilling(lead.page);
  });
});
