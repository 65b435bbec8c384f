// Tenders and tender areas (the tenders module owns them; agreements and budgets read them): everyone with
// agreement.read reads them (public master data); procurement
// and the administration maintain them. Area numbers are data (seed 003 and seed 000 number the same
// areas differently).
import type {
  CreateTenderAreaInput,
  CreateTenderInput,
  TenderArea,
  TenderDetail,
  TenderList,
  TenderSummary,
  UpdateTenderAreaInput,
  UpdateTenderInput,
} from '../../../../shared/agreements/agreement.schemas.ts';
import { parseKroner } from '../../../../shared/money.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import type { PriceKind } from '../../../platform/db/schema.ts';
import * as repo from '../tender.repository.ts';
import { fieldError } from '../../../../shared/errors.ts';
import { cleanText } from '../../../../shared/text-input.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { audit, notFound } from './access.ts';

type Band = { minWeeklyOre: number; maxWeeklyOre: number } | null;

function toSummary(
  row: NonNullable<Awaited<ReturnType<typeof repo.findTender>>>,
  bands: Awaited<ReturnType<typeof repo.findPriceBands>>,
): TenderSummary {
  return {
    id: row.id,
    name: row.name,
    caseNumber: row.caseNumber,
    decidedOn: row.decidedOn,
    minBindingPartnerships: row.minBindingPartnerships,
    maxBindingPartnerships: row.maxBindingPartnerships,
    priceBands: bands
      .filter((b) => b.tenderId === row.id)
      .map((b) => ({ priceKind: b.priceKind, minWeeklyOre: b.minWeeklyOre, maxWeeklyOre: b.maxWeeklyOre })),
    priceCaps: { programme: row.programmeCapWeeklyOre, aftercare: row.aftercareCapWeeklyOre },
    areaCount: Number(row.areaCount ?? 0),
  };
}

function toArea(row: Awaited<ReturnType<typeof repo.findAreasOfTender>>[number]): TenderArea {
  return { ...row, agreementCount: Number(row.agreementCount ?? 0) };
}

export async function listTenders(ctx: Ctx): Promise<TenderList> {
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.findTenders(tx);
    const bands = await repo.findPriceBands(
      tx,
      rows.map((r) => r.id),
    );
    return { items: rows.map((row) => toSummary(row, bands)) };
  });
}

async function loadTender(tx: Tx, id: string): Promise<TenderDetail> {
  const row = await repo.findTender(tx, id);
  if (!row) throw notFound();
  const [bands, areas] = await Promise.all([repo.findPriceBands(tx, [id]), repo.findAreasOfTender(tx, id)]);
  return { ...toSummary(row, bands), areas: areas.map(toArea) };
}

export async function getTender(ctx: Ctx, id: string): Promise<TenderDetail> {
  return withActorTransaction(ctx, (tx) => loadTender(tx, id));
}

/** Kroner bands as typed → øre, with the field of any problem ("priceBands.programme.max"). */
function parseBands(input: CreateTenderInput['priceBands']): Partial<Record<PriceKind, Band>> {
  const result: Partial<Record<PriceKind, Band>> = {};
  for (const kind of ['programme', 'aftercare'] as const) {
    const band = input?.[kind];
    if (band === undefined) continue;
    if (band === null) {
      result[kind] = null;
      continue;
    }
    const min = parseKroner(band.min);
    const max = parseKroner(band.max);
    // The schema has checked the format already.
    if (!min.ok || !max.ok) throw fieldError(`priceBands.${kind}.min`, 'money.format');
    if (max.ore < min.ore) throw fieldError(`priceBands.${kind}.max`, 'agreement.band_order');
    result[kind] = { minWeeklyOre: min.ore, maxWeeklyOre: max.ore };
  }
  return result;
}

type CapValues = Partial<Pick<repo.TenderValues, 'programmeCapWeeklyOre' | 'aftercareCapWeeklyOre'>>;

/** Real caps as typed → øre columns; a kind left out stays as it is, null removes the cap. */
function parseCaps(input: CreateTenderInput['priceCaps']): CapValues {
  const result: CapValues = {};
  for (const kind of ['programme', 'aftercare'] as const) {
    const text = input?.[kind];
    if (text === undefined) continue;
    const column = kind === 'programme' ? 'programmeCapWeeklyOre' : 'aftercareCapWeeklyOre';
    if (text === null || text.trim() === '') {
      result[column] = null;
      continue;
    }
    const cap = parseKroner(text);
    // The schema has checked the format already.
    if (!cap.ok) throw fieldError(`priceCaps.${kind}`, 'money.format');
    result[column] = cap.ore;
  }
  return result;
}

function checkPartnershipRange(min: number | null | undefined, max: number | null | undefined): void {
  if (min !== null && min !== undefined && max !== null && max !== undefined && max < min) {
    throw fieldError('maxBindingPartnerships', 'agreement.partnership_range');
  }
}

export async function createTender(ctx: Ctx, input: CreateTenderInput): Promise<TenderDetail> {
  checkPartnershipRange(input.minBindingPartnerships, input.maxBindingPartnerships);
  const bands = parseBands(input.priceBands);
  const caps = parseCaps(input.priceCaps);
  return withActorTransaction(ctx, async (tx) => {
    const { id } = await repo.insertTender(tx, {
      name: input.name.trim(),
      caseNumber: cleanText(input.caseNumber),
      decidedOn: input.decidedOn ?? null,
      minBindingPartnerships: input.minBindingPartnerships ?? null,
      maxBindingPartnerships: input.maxBindingPartnerships ?? null,
      programmeCapWeeklyOre: caps.programmeCapWeeklyOre ?? null,
      aftercareCapWeeklyOre: caps.aftercareCapWeeklyOre ?? null,
    });
    await repo.setPriceBands(tx, id, bands);
    await audit(tx, ctx, 'create', 'tender', id);
    return loadTender(tx, id);
  });
}

export async function updateTender(ctx: Ctx, id: string, input: UpdateTenderInput): Promise<TenderDetail> {
  const bands = parseBands(input.priceBands);
  const caps = parseCaps(input.priceCaps);
  return withActorTransaction(ctx, async (tx) => {
    const current = await repo.findTender(tx, id);
    if (!current) throw notFound();
    const min =
      input.minBindingPartnerships !== undefined
        ? input.minBindingPartnerships
        : current.minBindingPartnerships;
    const max =
      input.maxBindingPartnerships !== undefined
        ? input.maxBindingPartnerships
        : current.maxBindingPartnerships;
    checkPartnershipRange(min, max);
    await repo.updateTender(tx, id, {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.caseNumber !== undefined ? { caseNumber: cleanText(input.caseNumber) } : {}),
      ...(input.decidedOn !== undefined ? { decidedOn: input.decidedOn } : {}),
      ...(input.minBindingPartnerships !== undefined ? { minBindingPartnerships: min } : {}),
      ...(input.maxBindingPartnerships !== undefined ? { maxBindingPartnerships: max } : {}),
      ...caps,
    });
    await repo.setPriceBands(tx, id, bands);
    await audit(tx, ctx, 'update', 'tender', id, { fields: Object.keys(input) });
    return loadTender(tx, id);
  });
}

function areaNumberTaken(number: number) {
  return fieldError('number', 'agreement.area_number_taken', { number });
}

export async function addTenderArea(
  ctx: Ctx,
  tenderId: string,
  input: CreateTenderAreaInput,
): Promise<TenderDetail> {
  try {
    return await withActorTransaction(ctx, async (tx) => {
      if (!(await repo.findTender(tx, tenderId))) throw notFound();
      if (await repo.isAreaNumberTaken(tx, tenderId, input.number)) throw areaNumberTaken(input.number);
      const { id } = await repo.insertArea(tx, tenderId, {
        number: input.number,
        name: input.name.trim(),
        targetGroup: input.targetGroup?.trim() ?? '',
        providersToSelect: input.providersToSelect,
      });
      await audit(tx, ctx, 'create', 'tender_area', id, { tenderId });
      return loadTender(tx, tenderId);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw areaNumberTaken(input.number);
    throw error;
  }
}

export async function updateTenderArea(
  ctx: Ctx,
  id: string,
  input: UpdateTenderAreaInput,
): Promise<TenderDetail> {
  try {
    return await withActorTransaction(ctx, async (tx) => {
      const area = await repo.findArea(tx, id);
      if (!area) throw notFound();
      if (input.number !== undefined && (await repo.isAreaNumberTaken(tx, area.tenderId, input.number, id)))
        throw areaNumberTaken(input.number);
      await repo.updateArea(tx, id, {
        ...(input.number !== undefined ? { number: input.number } : {}),
        ...(input.name !== undefined ? { name: input.name.trim() } : {}),
        ...(input.targetGroup !== undefined ? { targetGroup: input.targetGroup.trim() } : {}),
        ...(input.providersToSelect !== undefined ? { providersToSelect: input.providersToSelect } : {}),
      });
      await audit(tx, ctx, 'update', 'tender_area', id, { fields: Object.keys(input) });
      return loadTender(tx, area.tenderId);
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.number !== undefined) throw areaNumberTaken(input.number);
    throw error;
  }
}
