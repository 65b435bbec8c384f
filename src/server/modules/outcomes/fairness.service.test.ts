// The fair comparison against a real database: every course's cell read from its CPR birth date and its
// register weeks (a full history, a partial one, none), the denominators those of the seed-2020 tables,
// the figures those of the pure definition, a provider lead's scope, and the audit record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import { buildFairnessTable, type FairnessItem } from './fairness-tables.ts';
import { ageBand, birthDateOfCpr, type HistoryBand } from './fairness.rules.ts';
import {
  insertCompletedCourse,
  insertFixtureCodebook,
  insertImportBatch,
  insertPlacement,
  insertRegisterPerson,
} from './outcome.fixtures.ts';
import { getFairness, getOutcomes } from './outcome.service.ts';
import { outcomePdfDefinition } from './services/outcome-pdf.ts';
import { listProviders, loadCodebook } from './outcome.repository.ts';
import { loadTablesByCell } from './fairness.repository.ts';
import { BenefitCodes } from '../../platform/db/register-codes.ts';
import { refreshBenefitWeeks } from '../imports/import.service.ts';
import { PLACEMENT_AFTER_END, PLAN_AFTER_END } from './outcome.rules.ts';
import { exitWindows } from './services/compute-report.ts';

let database: TestDatabase;
let keys: Keys;
let world: Awaited<ReturnType<typeof buildWorld>>;
let analyst: Ctx;
let lead: Ctx;

const MARCH = { from: '2019-03-01', to: '2019-03-31' };
// Courses start on Wednesday 2 January 2019, in the ISO week of Monday 31 December 2018: the history is
// the 156 weeks from Monday 4 January 2016 to the week of Monday 24 December 2018.
const STARTS_ON = '2019-01-02';
const HISTORY_FROM = '2016-01-04';
// M2 of a course ending in March 2019 is May 2019 (weeks of 29 April to 27 May).
const MAY_WEEKS = ['2019-04-29', '2019-05-06', '2019-05-13', '2019-05-20', '2019-05-27'];
const mayWeeks = (code: number) => Object.fromEntries(MAY_WEEKS.map((m) => [m, code]));
/** 2016-W01 … 2019-W52: the history and M2, with 130 (benefit) every week unless changed. */
const FULL = { firstWeekMonday: HISTORY_FROM, weeks: 208 };

interface Made {
  provider: 'A' | 'B';
  cpr: string | null;
  history: HistoryBand;
  exit: 'success' | 'failure' | 'out';
  placed: boolean;
}
const made: Made[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  keys = testKeys();
  const db = database.db;
  world = await buildWorld(db, keys);
  analyst = ctxFor(db, keys, world.users.analyst);
  lead = ctxFor(db, keys, world.users.providerLead);
  await insertFixtureCodebook(db);
  const batchId = await insertImportBatch(db);
  const { jobCentre, providerA, providerB } = world.organisations;
  const ids = { A: providerA.id, B: providerB.id };
  const course = async (m: Omit<Made, 'cpr'>, person: Parameters<typeof insertRegisterPerson>[3] | null) => {
    const c = await insertCompletedCourse(db, keys, {
      jobCentreId: jobCentre.id,
      providerId: ids[m.provider],
      startsOn: STARTS_ON,
      endsOn: '2019-03-29',
    });
    if (person) await insertRegisterPerson(db, keys, c.cpr, person);
    if (m.placed)
      await insertPlacement(db, { citizenId: c.citizenId, kind: 'internship', startsOn: '2019-02-01' });
    made.push({ ...m, cpr: c.cpr });
  };
  // A: benefit every week of the history, part-time in M2 (benefit and wages): a success.
  await course(
    { provider: 'A', history: '156', exit: 'success', placed: true },
    { batchId, ...FULL, degrees: { '2019-05': 0.5 } },
  );
  // A: no benefit in the first 100 weeks of the history (56 benefit weeks); benefit in M2.
  const noBenefit = Object.fromEntries(
    Array.from({ length: 100 }, (_, i) => [
      new Date(Date.UTC(2016, 0, 4 + 7 * i)).toISOString().slice(0, 10),
      0,
    ]),
  );
  await course(
    { provider: 'A', history: '52-103', exit: 'failure', placed: false },
    { batchId, ...FULL, codes: noBenefit },
  );
  // A: an extract from 2018-W01 only: the history is unknown; in M2 a job (no benefit, wages).
  await course(
    { provider: 'A', history: 'unknown', exit: 'success', placed: false },
    { batchId, codes: mayWeeks(0), degrees: { '2019-05': 1 } },
  );
  // A: not in the register: out of the exit table, in the placement and plan tables with unknown history.
  await course({ provider: 'A', history: 'unknown', exit: 'out', placed: true }, null);
  // A: an extract ending before M2: pending, out of the exit table.
  await course(
    { provider: 'A', history: '156', exit: 'out', placed: false },
    { batchId, firstWeekMonday: HISTORY_FROM, weeks: 170 },
  );
  // B: a full history, benefit in M2.
  await course({ provider: 'B', history: '156', exit: 'failure', placed: false }, { batchId, ...FULL });
});
afterAll(() => database?.close());

const codeOf = (p: 'A' | 'B') =>
  p === 'A' ? world.organisations.providerA.code : world.organisations.providerB.code;
const idOf = (p: 'A' | 'B') =>
  p === 'A' ? world.organisations.providerA.id : world.organisations.providerB.id;
const ageOf = (m: Made) => ageBand(birthDateOfCpr(m.cpr!), STARTS_ON);

describe('the fair comparison from the database', () => {
  it('counts the courses of the seed-2020 denominators, per provider and table', async () => {
    const fair = await getFairness(analyst, MARCH);
    const tables = await getOutcomes(analyst, MARCH);
    for (const p of ['A', 'B'] as const) {
      const exit = tables.exit.rows.find((r) => r.providerCode === codeOf(p))!;
      const row = (t: 'exit' | 'placement' | 'plan') =>
        fair[t].rows.find((r) => r.providerCode === codeOf(p))!;
      expect(row('exit').courses).toBe(exit.completed - exit.pending - exit.notInRegister);
      expect(row('exit').observed).toBe(exit.job + exit.education + exit.partTime);
      expect(row('placement').courses).toBe(
        tables.placement.rows.find((r) => r.providerCode === codeOf(p))!.completed,
      );
      expect(row('placement').observed).toBe(
        tables.placement.rows.find((r) => r.providerCode === codeOf(p))!.placed,
      );
      expect(row('plan').courses).toBe(tables.plan.rows.find((r) => r.providerCode === codeOf(p))!.completed);
    }
    expect(fair.exit.total.courses).toBe(4);
    expect(fair.placement.total.courses).toBe(6);
  });

  it('puts each course in the cell of its age at the start and its benefit history', async () => {
    const fair = await getFairness(analyst, MARCH);
    const count = (table: 'exit' | 'placement', keep: (m: Made) => boolean) => {
      const cells = new Map<string, number>();
      for (const m of made.filter(keep)) {
        const key = `${ageOf(m)}|${m.history}`;
        cells.set(key, (cells.get(key) ?? 0) + 1);
      }
      const got = new Map(
        fair.cells
          .filter((c) => c.table === table && c.courses > 0)
          .map((c) => [`${c.ageBand}|${c.historyBand}`, c.courses]),
      );
      expect(got).toEqual(cells);
    };
    count('exit', (m) => m.exit !== 'out');
    count('placement', () => true);
    expect(fair.exit.unknownHistory).toBe(1);
    expect(fair.placement.unknownHistory).toBe(2);
    expect(fair.plan.unknownHistory).toBe(2);
  });

  it('gives the figures of the pure definition on the same courses', async () => {
    const fair = await getFairness(analyst, MARCH);
    const items: FairnessItem[] = made
      .filter((m) => m.exit !== 'out')
      .map((m) => ({
        providerId: idOf(m.provider),
        ageBand: ageOf(m),
        historyBand: m.history,
        success: m.exit === 'success',
      }));
    const pure = buildFairnessTable('exit', MARCH, await listProviders(database.db), items);
    expect(fair.exit).toEqual(pure.table);
    expect(fair.definitionVersion).toBe('case-mix-2026');
    expect(fair.outcomeDefinitionVersion).toBe('seed-2020');
    // Fewer than 20 courses each: nothing to say.
    expect(fair.exit.rows.map((r) => r.label)).toEqual(['too_few', 'too_few']);
  });

  it('carries the tables’ committee notes, and follows the appendix in the committee PDF', async () => {
    const fair = await getFairness(analyst, MARCH);
    const tables = await getOutcomes(analyst, MARCH);
    // The same notes as the tables' (here: no printed source for March 2019).
    expect(fair.notes).toEqual(tables.notes);
    expect(fair.notes).toHaveLength(1);
    expect(fair.notes!.every((n) => n.kind === 'pending' && n.courses === tables.exit.total.pending)).toBe(
      true,
    );
    const pdf = outcomePdfDefinition(tables, 'da', '2026-12-06', fair);
    const text = JSON.stringify(pdf.content);
    const appendix = text.indexOf('Tabel 3: Borgere der under eller indenfor 6 måneder');
    const fairPage = text.indexOf('Fair sammenligning af leverandørernes resultater');
    expect(appendix).toBeGreaterThan(0);
    expect(fairPage).toBeGreaterThan(appendix);
    expect(text).toContain('"pageBreak":"before"');
    expect(text).toContain('ville man forvente');
    // Without the fair comparison the PDF is the appendix alone.
    expect(JSON.stringify(outcomePdfDefinition(tables, 'da', '2026-12-06').content)).not.toContain(
      'Fair sammenligning',
    );
  });

  it('shows a provider lead its own rows and the totals, and audits the read without a citizen', async () => {
    const fair = await getFairness(lead, { ...MARCH, placementKinds: ['internship'] });
    for (const table of [fair.exit, fair.placement, fair.plan]) {
      expect(table.rows.map((r) => r.providerCode)).toEqual([world.organisations.providerA.code]);
    }
    expect(fair.placement.total.courses).toBe(6);
    expect(fair.placement.kinds).toEqual(['internship']);
    const event = await database.db
      .selectFrom('auditEvent')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ action: 'read', entityType: 'outcome_fairness', citizenId: null });
    expect(event.resultCitizenIds).toEqual([]);
    expect(event.criteria).toMatchObject({ from: MARCH.from, to: MARCH.to, placementKinds: ['internship'] });
  });

  it('gives the same report whether the database counts the cells or reads them from the CPR number and codes', async () => {
    const cellKinds = async () => {
      const groups = await loadTablesByCell(
        database.db,
        {
          exit: { period: MARCH, windows: exitWindows(MARCH.from, MARCH.to), categoryOf: () => 'benefit' },
          placement: { period: MARCH, kinds: ['internship'], after: PLACEMENT_AFTER_END },
          plan: { period: MARCH, after: PLAN_AFTER_END },
        },
        new BenefitCodes(await loadCodebook(database.db)).key,
      );
      return groups.map((g) => g.cell.kind);
    };
    const options = { asOf: '2026-06-30' };
    // As the fixtures leave it: birth dates stored, no benefit bits, so every person in the register is
    // broken out and read from their weekly codes.
    const fromCodes = await getFairness(analyst, MARCH, options);
    expect(await cellKinds()).toContain('broken_out');
    // With the bits: the database counts every cell.
    await refreshBenefitWeeks(database.db);
    expect(new Set(await cellKinds())).toEqual(new Set(['counted']));
    expect(await getFairness(analyst, MARCH, options)).toEqual(fromCodes);
    // Without the birth dates: each course is broken out and its CPR number decrypted.
    await database.db.updateTable('citizen').set({ birthDate: null }).execute();
    expect(new Set(await cellKinds())).toEqual(new Set(['broken_out']));
    expect(await getFairness(analyst, MARCH, options)).toEqual(fromCodes);
  });
});
