// The provider's promises per framework agreement (issue 14): what it promised in its bid (the tender's
// sub-criteria) or in the agreement, against what indsats records today (agreement-promise.rules.ts).
// Procurement and the administration record and remove promises; readers see the agreements in their
// scope (a provider's lead only its own provider's: another's answers NOT_FOUND). The recorded figures come
// from the companies and courses services, the bid and sub-criteria from the tenders service. Also the
// agreement's EAN number, set and changed with its GS1 check digit (src/shared/ean.ts).
import {
  createPromiseSchema,
  type CreatePromiseInput,
  type EanInput,
  type PromiseList,
  type PromiseView,
} from '../../../shared/agreements/promise.schemas.ts';
import type { AgreementDetail } from '../../../shared/agreements/agreement.schemas.ts';
import { parsePromisedValue } from '../../../shared/agreements/promise-values.ts';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { parseEan } from '../../../shared/ean.ts';
import { AppError } from '../../../shared/errors.ts';
import { hasPermission } from '../../../shared/permissions.ts';
import type { AgendaPromise } from '../../../shared/meetings/agenda.schemas.ts';
import { mayAccessProvider } from '../../platform/access/provider-scope.ts';
import { auditAction } from '../../platform/audit/audit-request.ts';
import { withActorTransaction, type Ctx } from '../../platform/context.ts';
import { getProviderNetwork } from '../companies/company.service.ts';
import { getMentorLoad } from '../courses/course.service.ts';
import { getEvaluationOverview, listBids } from '../tenders/evaluation.service.ts';
import * as repo from './agreement-promise.repository.ts';
import { checkPromise, comparePromise, type RecordedFigures } from './agreement-promise.rules.ts';
import type { AgreementRow } from './agreement.repository.ts';
import { findAgreementInScope, loadAgreementDetail } from './services/agreement-views.ts';

export interface PromiseOptions {
  /** The day the promises are compared on (tests pass a fixed day); today in Copenhagen by default. */
  today?: string;
}

type Criterion = { id: string; name: string };

/** The value, or null when the other module refuses it (not in scope, not allowed, no evaluation). */
async function orNull<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** What indsats records today for the agreement's provider (the rules say what each figure counts). */
export async function recordedFiguresOf(
  ctx: Ctx,
  providerId: string,
  onDate: string,
): Promise<RecordedFigures> {
  const network = await getProviderNetwork(ctx, providerId, { onDate });
  const load = await getMentorLoad(ctx, providerId, onDate);
  return {
    bindingPartnerships: network.indicator.bindingCount,
    localPartners: network.localPartners.length,
    runningCourses: load.runningCourses,
    mentors: load.mentors,
  };
}

async function criteriaOf(ctx: Ctx, tenderId: string): Promise<Criterion[]> {
  const overview = await orNull(() => getEvaluationOverview(ctx, tenderId));
  return (overview?.setup?.criteria ?? []).map((c) => ({ id: c.id, name: c.name }));
}

/** The provider's bid in the agreement's tender area, if the tender's evaluation holds one. */
async function bidOf(ctx: Ctx, agreement: AgreementRow): Promise<string | null> {
  const bids = await orNull(() => listBids(ctx, agreement.tenderId));
  const bid = bids?.items.find(
    (b) => b.providerId === agreement.providerId && b.tenderAreaId === agreement.tenderAreaId,
  );
  return bid?.id ?? null;
}

function toView(
  row: repo.PromiseRow,
  tenderId: string,
  criteria: readonly Criterion[],
  figures: RecordedFigures,
): PromiseView {
  const criterion = row.criterionId ? criteria.find((c) => c.id === row.criterionId) : undefined;
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    unit: row.unit,
    promisedTenths: row.promisedTenths,
    source: row.source,
    bid: row.bidId ? { id: row.bidId, tenderId } : null,
    criterion: criterion ?? null,
    sourceText: row.sourceText,
    recordedBy: row.recordedBy ? { id: row.recordedBy, name: row.recordedByName ?? '' } : null,
    recordedAt: new Date(row.recordedAt).toISOString(),
    comparison: comparePromise(row, figures),
  };
}

/** The agreement's promises, each compared with what indsats records on the day. */
export async function listPromises(
  ctx: Ctx,
  agreementId: string,
  options: PromiseOptions = {},
): Promise<PromiseList> {
  const onDate = options.today ?? todayInCopenhagen();
  const { agreement, rows } = await withActorTransaction(ctx, async (tx) => {
    const found = await findAgreementInScope(tx, ctx.actor, agreementId);
    const promises = await repo.listPromises(tx, agreementId);
    // The mentor load is counted over courses without the row scope (counts only): the read is audited.
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'agreement_promise',
      entityId: agreementId,
      criteria: { providerId: found.providerId, onDate, promises: promises.length },
    });
    return { agreement: found, rows: promises };
  });
  const figures = await recordedFiguresOf(ctx, agreement.providerId, onDate);
  const criteria = await criteriaOf(ctx, agreement.tenderId);
  const canManage = hasPermission(ctx.actor.roles, 'promise.manage');
  return {
    agreementId,
    provider: { id: agreement.providerId, name: agreement.providerName },
    onDate,
    recorded: figures,
    items: rows.map((row) => toView(row, agreement.tenderId, criteria, figures)),
    sourceOptions: canManage ? { bidId: await bidOf(ctx, agreement), criteria } : null,
  };
}

function refused(problems: readonly { field: string; key: string }[]): AppError {
  const fields: Record<string, string> = {};
  for (const problem of problems) fields[problem.field] ??= problem.key;
  return new AppError('VALIDATION_FAILED', problems[0]!.key, { fields });
}

const cleaned = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * Records a promise. A promise in the bid is linked to the provider's bid in the agreement's tender area
 * when the tender's evaluation holds it, and to the sub-criterion chosen (one of the tender's).
 */
export async function createPromise(
  ctx: Ctx,
  agreementId: string,
  body: CreatePromiseInput,
  options: PromiseOptions = {},
): Promise<PromiseList> {
  // The route has validated the body; a direct caller (the demo, tests) gets the same field messages.
  const checked = createPromiseSchema.safeParse(body);
  if (!checked.success) {
    throw refused(checked.error.issues.map((i) => ({ field: String(i.path[0] ?? 'kind'), key: i.message })));
  }
  const input = checked.data;
  const value = parsePromisedValue(input.promised);
  if (!value.ok) throw refused([{ field: 'promised', key: value.problem }]);
  const draft = {
    kind: input.kind,
    label: cleaned(input.label),
    unit: cleaned(input.unit),
    source: input.source,
    criterionId: input.criterionId ?? null,
    sourceText: cleaned(input.sourceText),
  };
  const problems = checkPromise(draft);
  if (problems.length > 0) throw refused(problems);
  const agreement = await withActorTransaction(ctx, (tx) => findAgreementInScope(tx, ctx.actor, agreementId));
  let bidId: string | null = null;
  if (draft.source === 'bid') {
    bidId = await bidOf(ctx, agreement);
    if (draft.criterionId) {
      const criteria = await criteriaOf(ctx, agreement.tenderId);
      if (!criteria.some((c) => c.id === draft.criterionId)) {
        throw refused([{ field: 'criterionId', key: 'promise.criterion_unknown' }]);
      }
    }
  }
  await withActorTransaction(ctx, async (tx) => {
    await findAgreementInScope(tx, ctx.actor, agreementId);
    const id = await repo.insertPromise(tx, {
      agreementId,
      ...draft,
      promisedTenths: value.tenths,
      bidId,
      recordedBy: ctx.actor.userId,
    });
    await auditAction(tx, ctx, {
      action: 'create',
      entityType: 'agreement_promise',
      entityId: id,
      criteria: { agreementId, kind: draft.kind, promisedTenths: value.tenths, source: draft.source },
    });
  });
  return listPromises(ctx, agreementId, options);
}

/**
 * The promises of a provider's agreements in force on the day, each against what indsats records: for the
 * follow-up meeting's agenda (meetings module). A provider user only their own provider's (else 404).
 */
export async function comparePromisesOfProvider(
  ctx: Ctx,
  providerId: string,
  options: PromiseOptions = {},
): Promise<AgendaPromise[]> {
  const onDate = options.today ?? todayInCopenhagen();
  if (!mayAccessProvider(ctx.actor, providerId)) throw new AppError('NOT_FOUND', 'access.not_found');
  const rows = await withActorTransaction(ctx, (tx) => repo.listPromisesOfProvider(tx, providerId, onDate));
  if (rows.length === 0) return [];
  const figures = await recordedFiguresOf(ctx, providerId, onDate);
  return rows.map((row) => {
    const comparison = comparePromise(row, figures);
    return {
      agreement: `${row.tenderName}, ${row.areaNumber}. ${row.areaName}`,
      kind: row.kind,
      label: row.label,
      unit: row.unit,
      source: row.source,
      promisedTenths: row.promisedTenths,
      recordedTenths: comparison.recordedTenths,
      status: comparison.status,
    };
  });
}

/** Removes a recorded promise (e.g. one recorded by mistake); the audit trail keeps what it was. */
export async function deletePromise(
  ctx: Ctx,
  agreementId: string,
  promiseId: string,
  options: PromiseOptions = {},
): Promise<PromiseList> {
  await withActorTransaction(ctx, async (tx) => {
    await findAgreementInScope(tx, ctx.actor, agreementId);
    const promise = await repo.findPromise(tx, promiseId);
    if (!promise || promise.agreementId !== agreementId) throw new AppError('NOT_FOUND', 'access.not_found');
    await repo.deletePromise(tx, promiseId);
    await auditAction(tx, ctx, {
      action: 'delete',
      entityType: 'agreement_promise',
      entityId: promiseId,
      criteria: { agreementId, kind: promise.kind, promisedTenths: promise.promisedTenths },
    });
  });
  return listPromises(ctx, agreementId, options);
}

/**
 * Sets, changes or removes (null or "") the municipality's EAN number the provider invoices to. The GS1
 * check digit is checked here with a message on the field, and again by the database.
 */
export async function setAgreementEan(
  ctx: Ctx,
  agreementId: string,
  input: EanInput,
): Promise<AgreementDetail> {
  const text = input.ean?.trim() ?? '';
  let ean: string | null = null;
  if (text !== '') {
    const parsed = parseEan(text);
    if (!parsed.ok) throw refused([{ field: 'ean', key: parsed.problem }]);
    ean = parsed.ean;
  }
  return withActorTransaction(ctx, async (tx) => {
    await findAgreementInScope(tx, ctx.actor, agreementId);
    const previous = await repo.findEan(tx, agreementId);
    if (previous !== ean) {
      await repo.setEan(tx, agreementId, ean);
      await auditAction(tx, ctx, {
        action: 'update',
        entityType: 'framework_agreement',
        entityId: agreementId,
        criteria: { change: 'ean', previous, ean },
      });
    }
    return loadAgreementDetail(ctx, tx, agreementId, todayInCopenhagen());
  });
}
