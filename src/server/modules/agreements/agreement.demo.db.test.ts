import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keys } from '../../platform/crypto/keys.ts';
import { seededDemoDatabase } from '../../../../test/support/demo-db.ts';
import { type TestDatabase } from '../../../../test/support/db.ts';
import { seedDemo } from '../../seed/demo.ts';
import { parseCvr } from '../../../shared/cvr.ts';
import { TENDER_2017, TENDER_2021, TENDER_2023, TENDER_2025 } from './agreement.demo.ts';

let database: TestDatabase;
let keys: Keys;

const TABLES = [
  'providerProfile',
  'tender',
  'tenderPriceBand',
  'tenderArea',
  'frameworkAgreement',
  'agreementExtension',
  'agreementPrice',
] as const;

async function counts() {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
});
afterAll(() => database?.close());

describe('agreements demo data', () => {
  it('has agreements in force today through the synthetic successor tender, with the 10–15 requirement', async () => {
    const current = await database.db
      .selectFrom('frameworkAgreement as a')
      .innerJoin('tenderArea as ta', 'ta.id', 'a.tenderAreaId')
      .innerJoin('tender as t', 't.id', 'ta.tenderId')
      .select(['t.name', 't.minBindingPartnerships', 't.maxBindingPartnerships', 'a.startsOn', 'a.endsOn'])
      .where('a.startsOn', '=', '2025-01-01')
      .execute();
    // The four seed providers and the synthetic provider.
    expect(current).toHaveLength(5);
    for (const agreement of current) {
      expect(agreement).toMatchObject({
        name: TENDER_2025,
        minBindingPartnerships: 10,
        maxBindingPartnerships: 15,
        endsOn: '2027-12-31',
      });
    }
  });

  it('changes nothing when seeded a second time', async () => {
    const before = await counts();
    await seedDemo(database.db, keys, 'test');
    expect(await counts()).toEqual(before);
    expect(before).toMatchObject({ providerProfile: 7, tender: 4, tenderArea: 7, frameworkAgreement: 9 });
  });

  it("keeps each tender's own area numbers: in 2020 area 1 is the women's area (seed 003)", async () => {
    const areas = await database.db
      .selectFrom('tenderArea as ta')
      .innerJoin('tender as t', 't.id', 'ta.tenderId')
      .select(['t.name', 'ta.number', 'ta.name as area', 'ta.providersToSelect'])
      .orderBy('t.name')
      .orderBy('ta.number')
      .execute();
    expect(areas.filter((a) => a.name === TENDER_2021)).toMatchObject([
      { number: 1, area: 'Kvinder med etnisk minoritetsbaggrund', providersToSelect: 2 },
      { number: 2, area: 'Udsatte borgere', providersToSelect: 2 },
    ]);
    expect(areas.filter((a) => a.name === TENDER_2017).map((a) => a.providersToSelect)).toEqual([3, 2]);
    expect(areas.filter((a) => a.name === TENDER_2023)).toHaveLength(1);
  });

  it('runs the 2021 agreements to 31 Dec 2023, none extended: no seed says the optional year was used', async () => {
    const agreements = await database.db
      .selectFrom('frameworkAgreement as a')
      .innerJoin('organisation as o', 'o.id', 'a.providerId')
      .select(['o.code', 'a.startsOn', 'a.originalEndsOn', 'a.endsOn', 'a.noticeWeeks'])
      .where('a.startsOn', '=', '2021-01-01')
      .orderBy('o.code')
      .execute();
    expect(agreements).toEqual([
      {
        code: 'send-flere-krydderier',
        startsOn: '2021-01-01',
        originalEndsOn: '2023-12-31',
        endsOn: '2023-12-31',
        noticeWeeks: 8,
      },
      {
        code: 'servisio',
        startsOn: '2021-01-01',
        originalEndsOn: '2023-12-31',
        endsOn: '2023-12-31',
        noticeWeeks: 8,
      },
      {
        code: 'settlementet',
        startsOn: '2021-01-01',
        originalEndsOn: '2023-12-31',
        endsOn: '2023-12-31',
        noticeWeeks: 8,
      },
      {
        code: 'sydhavnscompagniet',
        startsOn: '2021-01-01',
        originalEndsOn: '2023-12-31',
        endsOn: '2023-12-31',
        noticeWeeks: 8,
      },
    ]);
  });

  it("gives the providers valid synthetic CVR numbers and the seeds' districts", async () => {
    const profiles = await database.db
      .selectFrom('providerProfile as p')
      .innerJoin('organisation as o', 'o.id', 'p.organisationId')
      .select(['o.code', 'p.cvr', 'p.district', 'p.providerSince'])
      .execute();
    const byCode = Object.fromEntries(profiles.map((p) => [p.code, p]));
    expect(byCode.sydhavnscompagniet).toMatchObject({
      district: 'Vesterbro/Kongens Enghave',
      providerSince: 2013,
    });
    expect(byCode.servisio).toMatchObject({ district: 'Bispebjerg', providerSince: 2021 });
    expect(byCode.hki).toMatchObject({ district: null });
    expect(profiles.every((p) => p.cvr !== null && parseCvr(p.cvr).ok)).toBe(true);
  });
});
