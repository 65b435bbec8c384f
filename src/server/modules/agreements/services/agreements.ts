// Framework agreements: a provider × tender area for a period, with extensions, notice and status.
// Provider users read their own provider's only (another's answers 404); caseworkers and analysts read
// all; procurement and the administration create and change them. Every change is audited.
import type {
  AgreementDetail,
  AgreementList,
  AgreementListQuery,
  CreateAgreementInput,
  UpdateAgreementInput,
} from '../../../../shared/agreements/agreement.schemas.ts';
import { AppError } from '../../../../shared/errors.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import { checkDuration, isExpiringWithin, justificationProblem, ruleSetFor } from '../agreement.rules.ts';
import * as providers from '../../organisations/provider.service.ts';
import { findAgreementInScope, loadAgreementDetail, summariseAgreements } from './agreement-views.ts';
import { auditChange, cleanText, fieldError, isUniqueViolation, problemError } from './common.ts';
import { ownProviderId } from '../../../platform/access/provider-scope.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

export async function listAgreements(ctx: Ctx, query: AgreementListQuery): Promise<AgreementList> {
  const scope = ownProviderId(ctx.actor);
  // A provider user asking for another provider's agreements gets an empty list, not someone else's.
  if (scope !== undefined && query.providerId !== undefined && query.providerId !== scope)
    return { items: [] };
  const day = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const rows = await repo.findAgreements(tx, {
      providerId: scope ?? query.providerId,
      tenderId: query.tenderId,
      tenderAreaId: query.tenderAreaId,
    });
    const months = query.expiringWithinMonths;
    const items = (await summariseAgreements(tx, rows, day))
      .filter((a) => !query.status || a.displayStatus === query.status)
      .filter((a) => months === undefined || isExpiringWithin(a, day, months));
    return { items: months === undefined ? items : items.sort((a, b) => a.endsOn.localeCompare(b.endsOn)) };
  });
}

export async function getAgreement(ctx: Ctx, id: string): Promise<AgreementDetail> {
  return withActorTransaction(ctx, (tx) => loadAgreementDetail(ctx, tx, id, todayInCopenhagen()));
}

function duplicate() {
  return new AppError('CONFLICT', 'agreement.duplicate_agreement', {
    fields: { startsOn: 'agreement.duplicate_agreement' },
  });
}

export async function createAgreement(ctx: Ctx, input: CreateAgreementInput): Promise<AgreementDetail> {
  if (input.originalEndsOn < input.startsOn) throw fieldError('originalEndsOn', 'agreement.end_before_start');
  const extensionMonths = (input.extensions ?? []).map((e) => e.months);
  const justification = cleanText(input.longDurationJustification);
  const problem = justificationProblem(
    checkDuration(input.startsOn, input.originalEndsOn, extensionMonths),
    justification,
  );
  if (problem) throw problemError(problem);
  try {
    return await withActorTransaction(ctx, async (tx) => {
      const provider = await providers.findProvider(tx, input.providerId);
      if (!provider) throw fieldError('providerId', 'agreement.unknown_provider');
      if (!(await repo.findTenderOfArea(tx, input.tenderAreaId)))
        throw fieldError('tenderAreaId', 'agreement.unknown_area');
      if (await repo.existsAgreement(tx, input.tenderAreaId, input.providerId, input.startsOn))
        throw duplicate();
      const { id } = await repo.insertAgreement(tx, {
        tenderAreaId: input.tenderAreaId,
        providerId: input.providerId,
        caseNumber: cleanText(input.caseNumber),
        startsOn: input.startsOn,
        originalEndsOn: input.originalEndsOn,
        endsOn: input.originalEndsOn,
        noticeWeeks: input.noticeWeeks ?? ruleSetFor(input.startsOn).defaultNoticeWeeks,
        status: input.status ?? 'active',
        longDurationJustification: justification,
      });
      await repo.insertExtensions(tx, id, extensionMonths);
      await auditChange(tx, ctx, 'create', 'framework_agreement', id, {
        providerId: input.providerId,
        tenderAreaId: input.tenderAreaId,
      });
      return loadAgreementDetail(ctx, tx, id, todayInCopenhagen());
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function updateAgreement(
  ctx: Ctx,
  id: string,
  input: UpdateAgreementInput,
): Promise<AgreementDetail> {
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, id);
    const row = await findAgreementInScope(tx, ctx.actor, id);
    if (input.status === 'active' && row.status !== 'draft') {
      throw new AppError('INVALID_STATE', 'agreement.activate_only_draft');
    }
    const justification =
      input.longDurationJustification !== undefined
        ? cleanText(input.longDurationJustification)
        : row.longDurationJustification;
    const extensions = await repo.findExtensions(tx, [id]);
    const problem = justificationProblem(
      checkDuration(
        row.startsOn,
        row.originalEndsOn,
        extensions.map((e) => e.months),
      ),
      justification,
    );
    if (problem) throw problemError(problem);
    await repo.updateAgreement(tx, id, {
      ...(input.caseNumber !== undefined ? { caseNumber: cleanText(input.caseNumber) } : {}),
      ...(input.longDurationJustification !== undefined ? { longDurationJustification: justification } : {}),
      ...(input.status ? { status: input.status } : {}),
    });
    await auditChange(tx, ctx, 'update', 'framework_agreement', id, { fields: Object.keys(input) });
    return loadAgreementDetail(ctx, tx, id, todayInCopenhagen());
  });
}
