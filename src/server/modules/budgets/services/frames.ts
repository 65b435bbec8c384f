// Budget frame use cases: the annual money of a programme (seeds 000/003: 7 mio. kr. from 2021, about
// 5 mio. kr. in 2022–23), optionally tied to a tender or tender area, with the expected course length.
import { auditAction } from '../../../platform/audit/audit-request.ts';
import type {
  BudgetFrame,
  BudgetFrameList,
  CreateBudgetFrameInput,
  TenderOption,
  UpdateBudgetFrameInput,
} from '../../../../shared/budgets/budget.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import * as repo from '../budget.repository.ts';
import { totalCapacity } from '../capacity.rules.ts';
import { loadAgreementPrices, planFrame } from './capacity.ts';
import {
  findTenderOfArea,
  listTenderAreasForChoice,
  tenderExists,
} from '../../agreements/agreement.service.ts';

export async function frameView(tx: Tx, row: repo.FrameRow): Promise<BudgetFrame> {
  const agreements = await loadAgreementPrices(tx, row);
  const plan = planFrame(row, agreements);
  return {
    id: row.id,
    programme: row.programme,
    year: row.year,
    amountOre: row.amountOre,
    tender: row.tenderId && row.tenderName ? { id: row.tenderId, name: row.tenderName } : null,
    tenderArea:
      row.tenderAreaId && row.tenderAreaName && row.tenderAreaNumber !== null
        ? { id: row.tenderAreaId, name: row.tenderAreaName, number: row.tenderAreaNumber }
        : null,
    expectedCourseWeeks: row.expectedCourseWeeks,
    expectedAftercareWeeks: row.expectedAftercareWeeks,
    note: row.note,
    capacity: totalCapacity(plan.rows),
    agreementCount: agreements.length,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

async function tenderOptions(tx: Tx): Promise<TenderOption[]> {
  const rows = await listTenderAreasForChoice(tx);
  const tenders = new Map<string, TenderOption>();
  for (const row of rows) {
    let tender = tenders.get(row.tenderId);
    if (!tender) {
      tender = { id: row.tenderId, name: row.tenderName, areas: [] };
      tenders.set(row.tenderId, tender);
    }
    if (row.areaId && row.number !== null && row.name !== null) {
      tender.areas.push({ id: row.areaId, number: row.number, name: row.name });
    }
  }
  return [...tenders.values()];
}

export async function listBudgetFrames(
  ctx: Ctx,
  query: { year?: number | undefined },
): Promise<BudgetFrameList> {
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.listFrames(tx, query);
    const items: BudgetFrame[] = [];
    for (const row of rows) items.push(await frameView(tx, row));
    return { items, tenders: await tenderOptions(tx) };
  });
}

export async function getBudgetFrame(ctx: Ctx, id: string): Promise<BudgetFrame> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findFrameById(tx, id);
    if (!row) throw new AppError('NOT_FOUND', 'access.not_found');
    return frameView(tx, row);
  });
}

function invalid(field: string, key: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('VALIDATION_FAILED', 'validation.failed', { fields: { [field]: key }, params });
}

/** Checks the tender and area exist and belong together; an area alone brings its tender. */
async function resolveTender(
  tx: Tx,
  tenderId: string | null,
  tenderAreaId: string | null,
): Promise<{ tenderId: string | null; tenderAreaId: string | null }> {
  if (tenderAreaId) {
    const area = await findTenderOfArea(tx, tenderAreaId);
    if (!area) throw invalid('tenderAreaId', 'budget.tender_area_unknown');
    if (tenderId && tenderId !== area.tenderId) throw invalid('tenderAreaId', 'budget.tender_area_mismatch');
    return { tenderId: area.tenderId, tenderAreaId };
  }
  if (tenderId && !(await tenderExists(tx, tenderId))) throw invalid('tenderId', 'budget.tender_unknown');
  return { tenderId, tenderAreaId: null };
}

function frameExists(programme: string, year: number): AppError {
  return new AppError('CONFLICT', 'budget.frame_exists', {
    fields: { programme: 'budget.frame_exists' },
    params: { programme, year },
  });
}

/** Saves in one transaction; `key` holds the programme and year being saved, for a racing duplicate. */
async function saveFrame(
  ctx: Ctx,
  work: (tx: Tx, key: { programme: string; year: number }) => Promise<string>,
): Promise<BudgetFrame> {
  const key = { programme: '', year: 0 };
  try {
    return await withActorTransaction(ctx, async (tx) => {
      const id = await work(tx, key);
      const row = await repo.findFrameById(tx, id);
      return frameView(tx, row!);
    });
  } catch (error) {
    // Two saves racing for the same programme and year: the unique index decides.
    if ((error as { code?: string }).code === '23505') throw frameExists(key.programme, key.year);
    throw error;
  }
}

export async function createBudgetFrame(ctx: Ctx, input: CreateBudgetFrameInput): Promise<BudgetFrame> {
  return saveFrame(ctx, async (tx, key) => {
    Object.assign(key, { programme: input.programme, year: input.year });
    const tender = await resolveTender(tx, input.tenderId ?? null, input.tenderAreaId ?? null);
    if (await repo.existsFrame(tx, input.programme, input.year))
      throw frameExists(input.programme, input.year);
    const { id } = await repo.insertFrame(tx, {
      programme: input.programme,
      year: input.year,
      amountOre: input.amountOre,
      ...tender,
      expectedCourseWeeks: input.expectedCourseWeeks ?? 52,
      expectedAftercareWeeks: input.expectedAftercareWeeks ?? 0,
      note: input.note ?? null,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'budget_frame',
      entityId: id,
    });
    return id;
  });
}

export async function updateBudgetFrame(
  ctx: Ctx,
  id: string,
  input: UpdateBudgetFrameInput,
): Promise<BudgetFrame> {
  return saveFrame(ctx, async (tx, key) => {
    const current = await repo.findFrameById(tx, id);
    if (!current) throw new AppError('NOT_FOUND', 'access.not_found');
    const programme = input.programme ?? current.programme;
    const year = input.year ?? current.year;
    Object.assign(key, { programme, year });
    const tenderGiven = input.tenderId !== undefined || input.tenderAreaId !== undefined;
    const tender = tenderGiven
      ? await resolveTender(
          tx,
          input.tenderId !== undefined ? input.tenderId : current.tenderId,
          input.tenderAreaId !== undefined ? input.tenderAreaId : current.tenderAreaId,
        )
      : {};
    if (await repo.existsFrame(tx, programme, year, id)) throw frameExists(programme, year);
    const changes: Partial<repo.FrameValues> = {
      ...(input.programme !== undefined ? { programme: input.programme } : {}),
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...(input.amountOre !== undefined ? { amountOre: input.amountOre } : {}),
      ...tender,
      ...(input.expectedCourseWeeks !== undefined ? { expectedCourseWeeks: input.expectedCourseWeeks } : {}),
      ...(input.expectedAftercareWeeks !== undefined
        ? { expectedAftercareWeeks: input.expectedAftercareWeeks }
        : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    await repo.updateFrame(tx, id, changes);
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'budget_frame',
      entityId: id,
      criteria: { fields: Object.keys(changes) },
    });
    return id;
  });
}
