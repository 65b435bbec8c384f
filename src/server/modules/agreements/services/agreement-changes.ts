// Changes to a running agreement: termination with notice (seed 003: always terminable at 8 weeks'
// notice) and exercising the next extension option. The rules decide; this records and audits.
import type {
  AgreementDetail,
  TerminateAgreementInput,
  TerminationPreview,
} from '../../../../shared/agreements/agreement.schemas.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import * as repo from '../agreement.repository.ts';
import { planExtension, planTermination } from '../agreement.rules.ts';
import { findAgreementInScope, loadAgreementDetail } from './agreement-views.ts';
import { auditChange, cleanText, problemError } from './common.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

/** What terminating on a notice date would do, before the user confirms (nothing is saved). */
export async function previewTermination(
  ctx: Ctx,
  id: string,
  noticeGivenOn: string,
): Promise<TerminationPreview> {
  const day = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    const row = await findAgreementInScope(tx, ctx.actor, id);
    const plan = planTermination(row, noticeGivenOn, day);
    if (!plan.ok) throw problemError(plan.problem);
    return {
      noticeGivenOn,
      noticeWeeks: row.noticeWeeks,
      endsOn: plan.value.endsOn,
      currentEndsOn: row.endsOn,
    };
  });
}

export async function terminateAgreement(
  ctx: Ctx,
  id: string,
  input: TerminateAgreementInput,
): Promise<AgreementDetail> {
  const day = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, id);
    const row = await findAgreementInScope(tx, ctx.actor, id);
    const plan = planTermination(row, input.noticeGivenOn, day);
    if (!plan.ok) throw problemError(plan.problem);
    await repo.updateAgreement(tx, id, {
      status: 'terminated',
      endsOn: plan.value.endsOn,
      noticeGivenOn: input.noticeGivenOn,
      terminationReason: cleanText(input.reason),
    });
    await auditChange(tx, ctx, 'update', 'framework_agreement', id, {
      change: 'terminate',
      noticeGivenOn: input.noticeGivenOn,
      previousEndsOn: row.endsOn,
      endsOn: plan.value.endsOn,
    });
    return loadAgreementDetail(ctx, tx, id, day);
  });
}

export async function exerciseExtension(
  ctx: Ctx,
  id: string,
  input: { position?: number | undefined },
): Promise<AgreementDetail> {
  const day = todayInCopenhagen();
  return withActorTransaction(ctx, async (tx) => {
    await repo.lockAgreement(tx, id);
    const row = await findAgreementInScope(tx, ctx.actor, id);
    const extensions = await repo.findExtensions(tx, [id]);
    const plan = planExtension(row, extensions, day, input.position);
    if (!plan.ok) throw problemError(plan.problem);
    await repo.markExtensionExercised(tx, id, plan.value.position, day);
    await repo.updateAgreement(tx, id, { endsOn: plan.value.endsOn });
    await auditChange(tx, ctx, 'update', 'framework_agreement', id, {
      change: 'exercise_extension',
      position: plan.value.position,
      previousEndsOn: row.endsOn,
      endsOn: plan.value.endsOn,
    });
    return loadAgreementDetail(ctx, tx, id, day);
  });
}
