// The PDF "input to the preparatory plan" for the caseworker: everything the course documents about the
// citizen's resources and challenges. Sensitive entries are included only for users who may read them.
import { formatCpr } from '../../../../shared/cpr.ts';
import { withActorTransaction, type Ctx } from '../../../platform/context.ts';
import { decrypt } from '../../../platform/crypto/keys.ts';
import { auditAction } from '../../../platform/audit/audit-request.ts';
import { requireCourse } from '../../../platform/access/course-access.ts';
import * as repo from '../documentation.repository.ts';
import { mayReadEntry } from '../documentation.rules.ts';
import { planDocumentType } from '../../../../shared/courses/legal-rules.ts';
import { renderPdf } from '../../../platform/export/pdf.ts';
import { buildPlanInputDocument, type PlanInputData } from '../plan-pdf.ts';
import { readFinalReport, readWorkCapacity } from './documentation-documents.ts';
import { entryViewer } from './documentation-entries.ts';
import { todayInCopenhagen } from '../../../../shared/dates.ts';

/** Gathers the document's data (and audits the export) in the actor's transaction. */
export async function gatherPlanInput(ctx: Ctx, courseId: string, date?: string): Promise<PlanInputData> {
  return withActorTransaction(ctx, async (tx) => {
    const course = await requireCourse(tx, ctx.actor, courseId, 'read');
    const onDate = date ?? todayInCopenhagen();
    const viewer = await entryViewer(tx, ctx, course);
    const citizen = await repo.findCitizen(tx, course.citizenId);
    const entries = (await repo.listEntries(tx, courseId, ['accommodation', 'progression']))
      .filter((row) => mayReadEntry(row, viewer))
      .reverse()
      .map((row) => ({
        entryOn: row.entryOn,
        kind: row.kind as 'accommodation' | 'progression',
        setting: row.setting,
        text: decrypt(ctx.keys, row.textEncrypted),
        isSensitive: row.isSensitive,
      }));
    const data: PlanInputData = {
      date: onDate,
      generatedOn: todayInCopenhagen(),
      generatedBy: ctx.actor.displayName,
      citizen: { name: citizen.name, cpr: formatCpr(decrypt(ctx.keys, citizen.cprEncrypted)) },
      providerName: await repo.findOrganisationName(tx, course.providerId),
      mentorName: await repo.findUserName(tx, course.mentorUserId),
      caseworkerNames: await repo.listCaseworkerNames(tx, courseId),
      course: {
        startsOn: course.startsOn,
        plannedEndsOn: course.plannedEndsOn,
        endsOn: course.endsOn,
        endReason: course.endReason,
        aftercareStartsOn: course.aftercareStartsOn,
        aftercareEndsOn: course.aftercareEndsOn,
      },
      stages: await repo.listStages(tx, courseId),
      placements: await repo.listPlacements(tx, courseId),
      workCapacity: await readWorkCapacity(tx, ctx.keys, courseId),
      entries,
      finalReport: await readFinalReport(tx, ctx.keys, courseId, course.endsOn),
    };
    await auditAction(tx, ctx, {
      action: 'export',
      entityType: 'plan_input',
      entityId: courseId,
      citizenId: course.citizenId,
      criteria: { courseId, date: onDate, planType: planDocumentType(onDate), format: 'pdf' },
    });
    return data;
  });
}

/** The PDF and its file name (no personal data in the name: it ends up in download folders and logs). */
export async function exportPlanInput(
  ctx: Ctx,
  courseId: string,
  date?: string,
): Promise<{ filename: string; pdf: Buffer }> {
  const data = await gatherPlanInput(ctx, courseId, date);
  const pdf = await renderPdf(buildPlanInputDocument(data));
  const prefix =
    planDocumentType(data.date) === 'samlet_beskrivelse'
      ? 'input-samlet-beskrivelse'
      : 'input-forberedende-plan';
  return { filename: `${prefix}-${data.date}.pdf`, pdf };
}
