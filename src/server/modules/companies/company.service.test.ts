import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.ts';
import { createTestDatabase, testKeys, type TestDatabase } from '../../../../test/support/db.ts';
import { buildWorld, ctxFor } from '../../../../test/support/factories.ts';
import { withActorTransaction } from '../../platform/context.ts';
import { syntheticCvr } from '../../seed/synthetic.ts';
import {
  createCompany,
  createLocalPartner,
  createPartnership,
  deleteLocalPartner,
  deletePartnership,
  findOrCreateCompanyByCvr,
  getCompany,
  getNetworkOverview,
  getProviderNetwork,
  searchCompanies,
  updateCompany,
  updateLocalPartner,
  updatePartnership,
} from './company.service.ts';
import { testRng } from '../../../../test/support/seed.ts';

let database: TestDatabase;
const keys = testKeys();
let world: Awaited<ReturnType<typeof buildWorld>>;
const rng = testRng('company.service.test');
const freshCvr = () => syntheticCvr(rng);
const ON = '2024-05-01';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await buildWorld(database.db, keys);
  // Provider A works under a tender that requires 2–3 binding partnerships (10–15 in the seeds).
  const db = database.db;
  const tender = await db
    .insertInto('tender')
    .values({ name: 'Testudbud', minBindingPartnerships: 2, maxBindingPartnerships: 3 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const area = await db
    .insertInto('tenderArea')
    .values({ tenderId: tender.id, number: 1, name: 'Udsatte borgere', providersToSelect: 2 })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('frameworkAgreement')
    .values({
      tenderAreaId: area.id,
      providerId: world.organisations.providerA.id,
      startsOn: '2021-01-01',
      originalEndsOn: '2025-12-31',
      endsOn: '2025-12-31',
    })
    .execute();
});
afterAll(() => database?.close());

const ctx = (who: keyof typeof world.users) => ctxFor(database.db, keys, world.users[who]);
const providerA = () => world.organisations.providerA.id;
const providerB = () => world.organisations.providerB.id;

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  await expect(promise).rejects.toBeInstanceOf(AppError);
  await expect(promise).rejects.toMatchObject({ code, ...(fields ? { fields } : {}) });
}

async function newCompany(who: keyof typeof world.users = 'providerStaff', name = 'Test Café ApS') {
  return createCompany(ctx(who), { cvr: freshCvr(), name, district: null, industry: 'café' });
}

async function auditRows(entityType: string, entityId: string) {
  return database.db
    .selectFrom('auditEvent')
    .select(['action', 'actorUsername', 'criteria'])
    .where('entityType', '=', entityType)
    .where('entityId', '=', entityId)
    .orderBy('seq')
    .execute();
}

describe('companies', () => {
  it('creates a company from a CVR number typed with spaces and finds it by CVR number and name', async () => {
    const cvr = freshCvr();
    const typed = `DK ${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4, 6)} ${cvr.slice(6)}`;
    const created = await createCompany(ctx('providerStaff'), {
      cvr: typed,
      name: 'Sydhavn Cykler Test',
      district: 'Vesterbro/Kongens Enghave',
      industry: ' cykelværksted ',
      address: '',
    });
    expect(created).toMatchObject({ cvr, industry: 'cykelværksted', address: null });
    const byCvr = await searchCompanies(ctx('caseworker'), { q: cvr, page: 1 });
    expect(byCvr.items.map((c) => c.id)).toEqual([created.id]);
    const byName = await searchCompanies(ctx('analyst'), { q: 'cykler test', page: 1 });
    expect(byName.items.map((c) => c.id)).toContain(created.id);
    expect((await getCompany(ctx('caseworker'), created.id)).name).toBe('Sydhavn Cykler Test');
  });

  it('allows a company outside Copenhagen (no district)', async () => {
    const created = await newCompany('procurement', 'Hvidovre Test');
    expect(created.district).toBeNull();
  });

  it('refuses a CVR number with a wrong format or check digit with a field error', async () => {
    await expectAppError(
      createCompany(ctx('providerStaff'), { cvr: '1234567', name: 'X' }),
      'VALIDATION_FAILED',
      { cvr: 'cvr.format' },
    );
    const cvr = freshCvr();
    const wrongCheckDigit = cvr.slice(0, 7) + String((Number(cvr[7]) + 1) % 10);
    await expectAppError(
      createCompany(ctx('providerStaff'), { cvr: wrongCheckDigit, name: 'X' }),
      'VALIDATION_FAILED',
      { cvr: 'cvr.checksum' },
    );
  });

  it('refuses a duplicate CVR number with a conflict that names the existing company', async () => {
    const existing = await newCompany('providerStaff', 'Café Dublet');
    const duplicate = createCompany(ctx('otherProviderStaff'), { cvr: existing.cvr, name: 'Noget andet' });
    await expectAppError(duplicate, 'CONFLICT', { cvr: 'company.duplicate_cvr' });
    await expect(duplicate).rejects.toMatchObject({ params: { cvr: existing.cvr, name: 'Café Dublet' } });
  });

  it('lets a provider user edit a company of their own network or an unused one, not another provider’s', async () => {
    const unused = await newCompany('providerStaff');
    await expect(
      updateCompany(ctx('providerStaff'), unused.id, { industry: 'bageri' }),
    ).resolves.toMatchObject({
      industry: 'bageri',
    });
    const othersCompany = await newCompany('otherProviderStaff');
    await createPartnership(ctx('otherProviderStaff'), providerB(), {
      companyId: othersCompany.id,
      isBinding: true,
      startsOn: '2021-01-01',
    });
    await expectAppError(
      updateCompany(ctx('providerStaff'), othersCompany.id, { name: 'Kapret' }),
      'FORBIDDEN',
    );
    await expect(
      updateCompany(ctx('procurement'), othersCompany.id, { name: 'Rettet' }),
    ).resolves.toMatchObject({
      name: 'Rettet',
    });
  });

  it('finds or creates a company by CVR number for other modules, filling in a missing name once', async () => {
    const cvr = freshCvr();
    const first = await withActorTransaction(ctx('providerStaff'), (tx) => findOrCreateCompanyByCvr(tx, cvr));
    expect(first).toMatchObject({ created: true, named: false, company: { cvr, name: '' } });
    const named = await withActorTransaction(ctx('providerStaff'), (tx) =>
      findOrCreateCompanyByCvr(tx, cvr, 'Importeret ApS'),
    );
    expect(named).toMatchObject({ created: false, named: true, company: { id: first.company.id } });
    const again = await withActorTransaction(ctx('providerStaff'), (tx) =>
      findOrCreateCompanyByCvr(tx, cvr, 'Et andet navn'),
    );
    expect(again).toMatchObject({ created: false, named: false, company: { name: 'Importeret ApS' } });
    await expectAppError(
      withActorTransaction(ctx('providerStaff'), (tx) => findOrCreateCompanyByCvr(tx, '00000000')),
      'VALIDATION_FAILED',
    );
  });

  it('audits creating and changing a company', async () => {
    const company = await newCompany('providerLead');
    await updateCompany(ctx('providerLead'), company.id, { address: 'Sydhavnsgade 1' });
    const rows = await auditRows('company', company.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[0]!.actorUsername).toBe(world.users.providerLead.username);
  });
});

describe('partnerships and the binding indicator', () => {
  it('counts only binding partnerships active on the date against the tender requirement', async () => {
    const before = await getProviderNetwork(ctx('providerStaff'), providerA(), { onDate: ON });
    expect(before.indicator).toMatchObject({ min: 2, max: 3, tenderName: 'Testudbud' });
    const base = before.indicator.bindingCount;
    const add = async (isBinding: boolean, startsOn: string, endsOn: string | null = null) =>
      createPartnership(ctx('providerStaff'), providerA(), {
        companyId: (await newCompany()).id,
        isBinding,
        startsOn,
        endsOn,
        offers: ['job', 'internship'],
      });
    const counted = await add(true, '2021-01-01');
    expect(counted.offers).toEqual(['internship', 'job']);
    await add(false, '2021-01-01'); // not binding
    await add(true, '2021-01-01', '2023-12-31'); // ended
    await add(true, '2025-01-01'); // not started
    const after = await getProviderNetwork(ctx('providerStaff'), providerA(), { onDate: ON });
    expect(after.indicator.bindingCount).toBe(base + 1);
    expect(after.partnerships.find((p) => p.id === counted.id)?.isActive).toBe(true);
  });

  it('shows below, within and above as binding partnerships are added', async () => {
    // A fresh provider under the same tender would need setup; provider A's count moves instead.
    const status = async () =>
      (await getProviderNetwork(ctx('procurement'), providerA(), { onDate: ON })).indicator;
    const ids: string[] = [];
    while ((await status()).bindingCount < 4) {
      const p = await createPartnership(ctx('procurement'), providerA(), {
        companyId: (await newCompany('procurement')).id,
        isBinding: true,
        startsOn: '2021-01-01',
      });
      ids.push(p.id);
    }
    expect(await status()).toMatchObject({ status: 'above', excess: 1, missing: 0 });
    const network = await getProviderNetwork(ctx('procurement'), providerA(), { onDate: ON });
    const binding = network.partnerships.filter((p) => p.isBinding && p.isActive);
    await updatePartnership(ctx('procurement'), binding[0]!.id, { endsOn: '2022-01-01' });
    expect(await status()).toMatchObject({ status: 'within', bindingCount: 3 });
    await updatePartnership(ctx('providerStaff'), binding[1]!.id, { isBinding: false });
    await deletePartnership(ctx('providerLead'), binding[2]!.id);
    expect(await status()).toMatchObject({ status: 'below', bindingCount: 1, missing: 1 });
  });

  it('says there is no requirement for a provider without an agreement in force', async () => {
    const network = await getProviderNetwork(ctx('admin'), providerB(), { onDate: ON });
    expect(network.indicator).toMatchObject({ status: 'no_requirement', min: null, max: null });
  });

  it('refuses an end before the start and an overlapping partnership with the same company', async () => {
    const company = await newCompany();
    await expectAppError(
      createPartnership(ctx('providerStaff'), providerA(), {
        companyId: company.id,
        isBinding: true,
        startsOn: '2022-01-01',
        endsOn: '2021-12-31',
      }),
      'VALIDATION_FAILED',
      { endsOn: 'company.partnership_period' },
    );
    const first = await createPartnership(ctx('providerStaff'), providerA(), {
      companyId: company.id,
      isBinding: true,
      startsOn: '2021-01-01',
      endsOn: '2022-12-31',
    });
    await expectAppError(
      createPartnership(ctx('providerStaff'), providerA(), {
        companyId: company.id,
        isBinding: false,
        startsOn: '2022-06-01',
      }),
      'CONFLICT',
      { companyId: 'company.partnership_overlap' },
    );
    // After the first one ends, a new partnership with the same company is fine; so is another provider's.
    await createPartnership(ctx('providerStaff'), providerA(), {
      companyId: company.id,
      isBinding: true,
      startsOn: '2023-01-01',
    });
    await createPartnership(ctx('otherProviderStaff'), providerB(), {
      companyId: company.id,
      isBinding: true,
      startsOn: '2021-01-01',
    });
    await expectAppError(updatePartnership(ctx('providerStaff'), first.id, { endsOn: null }), 'CONFLICT', {
      startsOn: 'company.partnership_overlap',
    });
    await expectAppError(
      updatePartnership(ctx('providerStaff'), first.id, { endsOn: '2020-01-01' }),
      'VALIDATION_FAILED',
      { endsOn: 'company.partnership_period' },
    );
  });

  it('refuses a partnership with a company that does not exist', async () => {
    await expectAppError(
      createPartnership(ctx('providerStaff'), providerA(), {
        companyId: crypto.randomUUID(),
        isBinding: true,
        startsOn: '2021-01-01',
      }),
      'VALIDATION_FAILED',
      { companyId: 'company.required' },
    );
  });

  it('audits creating, changing and deleting a partnership', async () => {
    const p = await createPartnership(ctx('providerStaff'), providerA(), {
      companyId: (await newCompany()).id,
      isBinding: true,
      startsOn: '2021-01-01',
    });
    await updatePartnership(ctx('providerStaff'), p.id, { note: 'Fast kontaktperson i køkkenet' });
    await deletePartnership(ctx('providerStaff'), p.id);
    const rows = await auditRows('company_partnership', p.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(rows[0]!.criteria).toMatchObject({ providerId: providerA(), isBinding: true });
  });
});

describe('scope', () => {
  it("answers NOT_FOUND when a provider user asks for another provider's network or records", async () => {
    const others = await createPartnership(ctx('otherProviderStaff'), providerB(), {
      companyId: (await newCompany('otherProviderStaff')).id,
      isBinding: true,
      startsOn: '2021-01-01',
    });
    const othersPartner = await createLocalPartner(ctx('otherProviderStaff'), providerB(), {
      kind: 'local_committee',
      name: 'Lokaludvalget (test)',
    });
    await expectAppError(getProviderNetwork(ctx('providerStaff'), providerB()), 'NOT_FOUND');
    await expectAppError(
      createPartnership(ctx('providerLead'), providerB(), {
        companyId: others.company.id,
        isBinding: true,
        startsOn: '2030-01-01',
      }),
      'NOT_FOUND',
    );
    await expectAppError(updatePartnership(ctx('providerStaff'), others.id, { note: 'x' }), 'NOT_FOUND');
    await expectAppError(deletePartnership(ctx('providerLead'), others.id), 'NOT_FOUND');
    await expectAppError(
      createLocalPartner(ctx('providerStaff'), providerB(), { kind: 'other', name: 'x' }),
      'NOT_FOUND',
    );
    await expectAppError(
      updateLocalPartner(ctx('providerStaff'), othersPartner.id, { name: 'x' }),
      'NOT_FOUND',
    );
    await expectAppError(deleteLocalPartner(ctx('providerStaff'), othersPartner.id), 'NOT_FOUND');
  });

  it('answers NOT_FOUND for an organisation that is not a provider', async () => {
    await expectAppError(getProviderNetwork(ctx('admin'), world.organisations.jobCentre.id), 'NOT_FOUND');
  });

  it('lists only their own provider in a provider user’s overview, and every provider for the others', async () => {
    const mine = await getNetworkOverview(ctx('providerStaff'));
    expect(mine.items.map((i) => i.providerId)).toEqual([providerA()]);
    for (const who of ['caseworker', 'analyst', 'procurement', 'admin'] as const) {
      const all = await getNetworkOverview(ctx(who), { onDate: ON });
      expect(all.items.map((i) => i.providerId)).toEqual(expect.arrayContaining([providerA(), providerB()]));
    }
  });

  it("lets caseworkers, analysts and the administration read any provider's network", async () => {
    for (const who of ['caseworker', 'analyst', 'procurement'] as const) {
      const network = await getProviderNetwork(ctx(who), providerB());
      expect(network.provider.id).toBe(providerB());
    }
  });
});

describe('local partners', () => {
  it('creates, changes and deletes a local partner, with a social plan and contact, audited', async () => {
    const created = await createLocalPartner(ctx('providerLead'), providerA(), {
      kind: 'housing_association',
      name: 'Fællesskaberne',
      socialPlan: 'Boligsocial helhedsplan i Sydhavnen',
      contactName: 'Beskæftigelsesmedarbejder',
      contactEmail: '',
      cooperation: 'Praktikpladser til beboere.',
    });
    expect(created).toMatchObject({ providerId: providerA(), contactEmail: null, contactPhone: null });
    const changed = await updateLocalPartner(ctx('procurement'), created.id, {
      contactEmail: 'kontakt@eksempel.dk',
      socialPlan: '',
    });
    expect(changed).toMatchObject({
      contactEmail: 'kontakt@eksempel.dk',
      socialPlan: null,
      name: 'Fællesskaberne',
    });
    const network = await getProviderNetwork(ctx('caseworker'), providerA());
    expect(network.localPartners.map((l) => l.id)).toContain(created.id);
    await deleteLocalPartner(ctx('providerStaff'), created.id);
    const rows = await auditRows('local_partner', created.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
  });
});
