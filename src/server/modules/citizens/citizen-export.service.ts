// The citizen's right of access (GDPR art. 15): one document, PDF or JSON, with everything indsats holds
// about the citizen — details, circumstances, referrals, courses with their stages, caseworkers, entries,
// documents, absences, pauses and party hearings, placements, plan starts, job talks, treatment
// referrals, provider links, register status and the access log. For the citizen's job centre
// (caseworker, `citizen.export`) under the row scope, and for the operator's command line (`indsats
// citizen export`). The export is audited in the same transaction as the reads, before the access log is
// read, so the document lists its own export.
import { copenhagenDate } from '../../../shared/dates.ts';
import { formatCpr, parseCpr } from '../../../shared/cpr.ts';
import { AppError } from '../../../shared/errors.ts';
import { EXPORT_STAFF_NAMES_KEY } from '../../../shared/local-settings.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import { requireCitizenInScope } from '../../platform/access/citizen-scope.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import { decrypt, type Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { renderPdf } from '../../platform/export/pdf.ts';
import { readLocalSetting } from '../../platform/settings/local-settings.ts';
import { loadCircumstances, loadCitizenCourseRecord } from '../courses/citizen-record.service.ts';
import { loadRegisterRecord } from '../imports/register-record.service.ts';
import {
  CITIZEN_EXPORT_FORMAT,
  CITIZEN_EXPORT_VERSION,
  type CitizenExportDocument,
  type StaffDisplay,
  type StaffRef,
} from './citizen-export.document.ts';
import { buildCitizenExportPdf } from './citizen-export.pdf.ts';
import * as repo from './citizen-export.repository.ts';
import { listAccessLog } from './citizen.repository.ts';
import { accessPurpose } from './citizen-export.texts.ts';
import { cprLookupHash } from './citizen.service.ts';

export const CITIZEN_EXPORT_FORMATS = ['pdf', 'json'] as const;
export type CitizenExportFormat = (typeof CITIZEN_EXPORT_FORMATS)[number];

export interface CitizenExportFile {
  /** No personal data in the name: it ends up in download folders and logs. */
  filename: string;
  contentType: string;
  body: Buffer;
  document: CitizenExportDocument;
}

/**
 * The administration's choice (local setting, default "organisation", as Datatilsynet allows): read with
 * the owner connection before the actor's transaction (the app role has no grant on the settings).
 */
export async function readStaffDisplay(db: Db): Promise<StaffDisplay> {
  return (await readLocalSetting(db, EXPORT_STAFF_NAMES_KEY)) === 'names' ? 'names' : 'organisation';
}

/** A caseworker's export of one of their job centre's citizens, under the row scope. */
export async function exportCitizen(
  ctx: Ctx,
  citizenId: string,
  format: CitizenExportFormat,
): Promise<CitizenExportFile> {
  const staffDisplay = await readStaffDisplay(ctx.db);
  const document = await withActorTransaction(ctx, async (tx) => {
    await requireCitizenInScope(tx, ctx.actor, citizenId);
    const citizen = await repo.findCitizenForExport(tx, citizenId);
    if (!citizen) throw new AppError('NOT_FOUND', 'access.not_found');
    // The whole case, sensitive entries included, goes only to the job centre responsible for it.
    if (ctx.actor.organisationKind !== 'job_centre' || citizen.jobCentreId !== ctx.actor.organisationId) {
      throw new AppError('FORBIDDEN', 'access.forbidden');
    }
    const actor = {
      userId: ctx.actor.userId,
      username: ctx.actor.username,
      organisationId: ctx.actor.organisationId,
    };
    return gatherExport(tx, ctx.keys, citizen, {
      actor,
      requestId: ctx.requestId,
      generatedBy: ctx.actor.displayName,
      staffDisplay,
      format,
    });
  });
  return render(document, format);
}

/**
 * The operator's export by CPR number (`indsats citizen export`), with the owner connection: answers a
 * request the municipality received by letter or at the counter. Audited in the operator's name.
 */
export async function exportCitizenForCpr(
  db: Db,
  keys: Keys,
  cprText: string,
  operator: AuditActor,
  format: CitizenExportFormat,
): Promise<CitizenExportFile> {
  const cprHash = cprLookupHash(keys, cprText);
  if (!cprHash) {
    const parsed = parseCpr(cprText);
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: { cpr: parsed.ok ? 'validation.invalid' : parsed.problem },
    });
  }
  const staffDisplay = await readStaffDisplay(db);
  const document = await db.transaction().execute(async (tx) => {
    const citizen = await repo.findCitizenForExportByCprHash(tx, cprHash);
    if (!citizen) throw new AppError('NOT_FOUND', 'access.not_found');
    return gatherExport(tx, keys, citizen, {
      actor: operator,
      requestId: null,
      generatedBy: operator.username,
      staffDisplay,
      format,
    });
  });
  return render(document, format);
}

type CitizenRow = NonNullable<Awaited<ReturnType<typeof repo.findCitizenForExport>>>;

interface GatherOptions {
  actor: AuditActor;
  requestId: string | null;
  generatedBy: string;
  staffDisplay: StaffDisplay;
  format: CitizenExportFormat;
}

async function gatherExport(
  tx: Tx,
  keys: Keys,
  citizen: CitizenRow,
  options: GatherOptions,
): Promise<CitizenExportDocument> {
  await recordAudit(tx, options.actor, options.requestId, {
    action: 'export',
    entityType: 'citizen',
    entityId: citizen.id,
    citizenId: citizen.id,
    criteria: { purpose: 'gdpr_art_15', format: options.format, staffDisplay: options.staffDisplay },
  });
  // The citizen's own export shows every fact, minority background included.
  const circumstances = await loadCircumstances(tx, citizen.id, { keys, showMinorityBackground: true });
  const providerLinks = await repo.listProviderLinks(tx, citizen.id);
  const record = await loadCitizenCourseRecord(tx, keys, citizen.id);
  const register = await loadRegisterRecord(tx, citizen.cprHash);
  const accessLog = await listAccessLog(tx, citizen.id, Number.MAX_SAFE_INTEGER);
  const staff = await staffNamer(tx, record, options.staffDisplay);
  const names = options.staffDisplay === 'names';
  // Whether a reader is shown minority background is the page's concern: the export always shows it.
  const { citizenId: _, minorityBackgroundHidden: _hidden, ...circumstanceFacts } = circumstances;

  return {
    format: CITIZEN_EXPORT_FORMAT,
    version: CITIZEN_EXPORT_VERSION,
    generatedAt: new Date().toISOString(),
    generatedBy: options.generatedBy,
    staffDisplay: options.staffDisplay,
    citizen: {
      id: citizen.id,
      cpr: formatCpr(decrypt(keys, citizen.cprEncrypted)),
      name: citizen.name,
      district: citizen.district,
      notes: citizen.notesEncrypted ? decrypt(keys, citizen.notesEncrypted) : null,
      jobCentre: { id: citizen.jobCentreId, name: citizen.jobCentreName },
      createdAt: new Date(citizen.createdAt).toISOString(),
      updatedAt: new Date(citizen.updatedAt).toISOString(),
    },
    circumstances: circumstances.updatedAt === null ? null : circumstanceFacts,
    providerLinks: providerLinks.map((l) => ({ ...l, createdAt: new Date(l.createdAt).toISOString() })),
    referrals: record.referrals.map(({ referredBy, decidedBy, ...r }) => ({
      ...r,
      referredBy: staff(referredBy),
      decidedBy: staff(decidedBy),
    })),
    courses: record.courses.map(
      ({
        mentorUserId,
        caseworkerUserIds,
        stages,
        entries,
        documents,
        absences,
        pauses,
        partyHearings,
        ...c
      }) => ({
        ...c,
        // The citizen's own contact persons: always named.
        mentor: staff(mentorUserId, true),
        caseworkers: caseworkerUserIds.map((id) => staff(id, true)!),
        stages: stages.map(({ createdBy, ...s }) => ({ ...s, createdBy: staff(createdBy) })),
        entries: entries.map(({ authorUserId, ...e }) => ({ ...e, author: staff(authorUserId) })),
        documents: documents.map(({ updatedBy, ...d }) => ({ ...d, updatedBy: staff(updatedBy) })),
        absences: absences.map(({ reportedBy, followedUpBy, ...a }) => ({
          ...a,
          reportedBy: staff(reportedBy),
          followedUpBy: staff(followedUpBy),
        })),
        pauses: pauses.map(({ recordedBy, ...p }) => ({ ...p, recordedBy: staff(recordedBy) })),
        partyHearings: partyHearings.map(({ sentBy, outcomeBy, ...h }) => ({
          ...h,
          sentBy: staff(sentBy),
          outcomeBy: staff(outcomeBy),
        })),
      }),
    ),
    placements: record.placements,
    planStarts: record.planStarts.map(({ recordedBy, ...p }) => ({ ...p, recordedBy: staff(recordedBy) })),
    jobTalks: record.jobTalks.map(({ createdBy, ...t }) => ({ ...t, createdBy: staff(createdBy) })),
    treatmentReferrals: record.treatmentReferrals.map(({ createdBy, ...t }) => ({
      ...t,
      createdBy: staff(createdBy),
    })),
    register,
    accessLog: accessLog.map((row) => ({
      seq: row.seq,
      occurredAt: new Date(row.occurredAt).toISOString(),
      action: row.action,
      entityType: row.entityType,
      purpose: accessPurpose(row.action, row.entityType),
      // Rows without an organisation are written by the system in an operator's name (cli:…, system:…).
      actorKind: row.organisationName === null ? 'operator' : 'staff',
      organisation: row.organisationName,
      staffName: names ? (row.displayName ?? row.actorUsername) : null,
    })),
  };
}

type CourseRecord = Awaited<ReturnType<typeof loadCitizenCourseRecord>>;

/** Names the staff the record refers to: by name when chosen (or `always`), else by organisation only. */
async function staffNamer(tx: Tx, record: CourseRecord, display: StaffDisplay) {
  const ids = new Set<string>();
  const add = (id: string | null) => {
    if (id) ids.add(id);
  };
  for (const r of record.referrals) [r.referredBy, r.decidedBy].forEach(add);
  for (const c of record.courses) {
    add(c.mentorUserId);
    c.caseworkerUserIds.forEach(add);
    c.stages.forEach((s) => add(s.createdBy));
    c.entries.forEach((e) => add(e.authorUserId));
    c.documents.forEach((d) => add(d.updatedBy));
    c.absences.forEach((a) => [a.reportedBy, a.followedUpBy].forEach(add));
    c.pauses.forEach((p) => add(p.recordedBy));
    c.partyHearings.forEach((h) => [h.sentBy, h.outcomeBy].forEach(add));
  }
  record.planStarts.forEach((p) => add(p.recordedBy));
  record.jobTalks.forEach((t) => add(t.createdBy));
  record.treatmentReferrals.forEach((t) => add(t.createdBy));
  const users = new Map((await repo.listStaff(tx, [...ids])).map((u) => [u.id, u]));
  return (id: string | null, always = false): StaffRef | null => {
    if (!id) return null;
    const user = users.get(id);
    return {
      name: always || display === 'names' ? (user?.displayName ?? null) : null,
      organisation: user?.organisationName ?? null,
    };
  };
}

async function render(
  document: CitizenExportDocument,
  format: CitizenExportFormat,
): Promise<CitizenExportFile> {
  const date = copenhagenDate(new Date(document.generatedAt));
  if (format === 'json') {
    return {
      filename: `indsigt-${date}.json`,
      contentType: 'application/json; charset=utf-8',
      body: Buffer.from(JSON.stringify(document, null, 2) + '\n', 'utf8'),
      document,
    };
  }
  return {
    filename: `indsigt-${date}.pdf`,
    contentType: 'application/pdf',
    body: await renderPdf(buildCitizenExportPdf(document)),
    document,
  };
}
