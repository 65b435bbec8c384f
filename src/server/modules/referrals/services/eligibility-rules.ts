// Programmes' eligibility rules: date-versioned per tender area. Everyone with agreement.read reads them
// (public master data, like the tender areas); procurement and the administration add a version or end
// one. Not personal data, but every change is audited like the agreements module's changes.
import { fieldError } from '../../../../shared/errors.ts';
import type {
  CreateEligibilityRuleInput,
  EligibilityRuleList,
  EligibilityRuleView,
  UpdateEligibilityRuleInput,
} from '../../../../shared/courses/referral.schemas.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../../platform/context.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { isInForce, validParams, type EligibilityRule } from '../eligibility.rules.ts';
import * as repo from '../referral.repository.ts';
import { notFound } from './referral-common.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

type RuleRow = Awaited<ReturnType<typeof repo.listRulesOfArea>>[number];

function toRule(row: RuleRow): EligibilityRule & { id: string } {
  return {
    id: row.id,
    kind: row.kind,
    params: row.params ?? {},
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

function toView(row: RuleRow, onDate: string): EligibilityRuleView {
  const rule = toRule(row);
  return { ...rule, tenderAreaId: row.tenderAreaId, isInForce: isInForce(rule, onDate) };
}

/** The area's rules as the pure check takes them. */
export async function loadRulesOfArea(tx: Tx, tenderAreaId: string): Promise<EligibilityRule[]> {
  return (await repo.listRulesOfArea(tx, tenderAreaId)).map(toRule);
}

async function loadList(tx: Tx, areaId: string): Promise<EligibilityRuleList> {
  const area = await repo.findTenderArea(tx, areaId);
  if (!area) throw notFound();
  const onDate = todayInCopenhagen();
  const rows = await repo.listRulesOfArea(tx, areaId);
  return { tenderArea: area, items: rows.map((row) => toView(row, onDate)) };
}

export async function listEligibilityRules(ctx: Ctx, areaId: string): Promise<EligibilityRuleList> {
  return withActorTransaction(ctx, (tx) => loadList(tx, areaId));
}

function checkParams(kind: EligibilityRule['kind'], params: Record<string, number>): Record<string, number> {
  const clean = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
  if (!validParams(kind, clean)) throw fieldError('params.years', 'referral.rule_params');
  return clean;
}

/** Adds a rule version; to change a rule from a date, end the old version and add a new one. */
export async function addEligibilityRule(
  ctx: Ctx,
  areaId: string,
  input: CreateEligibilityRuleInput,
): Promise<EligibilityRuleList> {
  return withActorTransaction(ctx, async (tx) => {
    if (!(await repo.findTenderArea(tx, areaId))) throw notFound();
    const params = checkParams(input.kind, input.params ?? {});
    const { id } = await repo.insertRule(tx, {
      tenderAreaId: areaId,
      kind: input.kind,
      params,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'eligibility_rule',
      entityId: id,
      criteria: { tenderAreaId: areaId, kind: input.kind, params, validFrom: input.validFrom },
    });
    return loadList(tx, areaId);
  });
}

export async function updateEligibilityRule(
  ctx: Ctx,
  id: string,
  input: UpdateEligibilityRuleInput,
): Promise<EligibilityRuleList> {
  return withActorTransaction(ctx, async (tx) => {
    const row = await repo.findRule(tx, id);
    if (!row) throw notFound();
    const validTo = input.validTo === undefined ? row.validTo : input.validTo;
    if (validTo !== null && validTo < row.validFrom) throw fieldError('validTo', 'referral.rule_period');
    const params = input.params === undefined ? (row.params ?? {}) : checkParams(row.kind, input.params);
    await repo.updateRule(tx, id, { validTo, params });
    await auditAction(tx, ctx, {
      action: 'update',
      entityType: 'eligibility_rule',
      entityId: id,
      criteria: { tenderAreaId: row.tenderAreaId, fields: Object.keys(input), validTo, params },
    });
    return loadList(tx, row.tenderAreaId);
  });
}
