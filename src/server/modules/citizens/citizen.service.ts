// Citizens use cases. Every read, search and create of personal data writes its audit row in the
// same transaction, running as the restricted app role so row-level security applies too.
import { auditAction, auditOperatorAction } from '../../platform/audit/audit-request.ts';
import type { CitizenDetail, CitizenList, AccessLog } from '../../../shared/citizens/citizen.schemas.ts';
import { cprWarnings, formatCpr, looksLikeCpr, parseCpr } from '../../../shared/cpr.ts';
import { todayInCopenhagen } from '../../../shared/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { translate } from '../../../shared/messages.ts';
import { requireCitizenInScope } from '../../platform/access/citizen-scope.ts';
import { withActorTransaction, type Ctx, type Tx } from '../../platform/context.ts';
import { decrypt, encrypt, lookupHash, type Keys } from '../../platform/crypto/keys.ts';
import { sealCpr } from '../../platform/crypto/citizen-cpr.ts';
import type { Db } from '../../platform/db/client.ts';
import * as repo from './citizen.repository.ts';

export { fillBirthDates } from './birth-date.repository.ts';

/** The look-up hash of a CPR number as typed; undefined when it is not a valid number. */
export function cprLookupHash(keys: Keys, text: string): Buffer | undefined {
  const parsed = parseCpr(text);
  return parsed.ok ? lookupHash(keys, parsed.cpr) : undefined;
}

export async function searchCitizens(
  ctx: Ctx,
  input: { q?: string | undefined; page: number },
): Promise<CitizenList> {
  const q = input.q?.trim() ?? '';
  let filter: repo.CitizenFilter = { kind: 'all' };
  // The criteria are logged as given, except a CPR number, which is logged as its keyed hash.
  let criteria: Record<string, unknown> = { page: input.page };
  if (q && looksLikeCpr(q)) {
    const cprHash = cprLookupHash(ctx.keys, q);
    filter = cprHash ? { kind: 'cpr', cprHash } : { kind: 'none' };
    criteria = { ...criteria, cprHash: cprHash?.toString('hex') ?? 'invalid' };
  } else if (q) {
    filter = { kind: 'name', text: q };
    criteria = { ...criteria, name: q };
  }
  return withActorTransaction(ctx, async (tx) => {
    const { rows, total } = await repo.findCitizens(tx, ctx.actor, filter, input.page);
    await auditAction(tx, ctx, {
      action: 'search',
      entityType: 'citizen',
      criteria: { ...criteria, resultCount: total },
      resultCitizenIds: rows.map((r) => r.id),
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        name: r.name,
        district: r.district,
        cpr: formatCpr(decrypt(ctx.keys, r.cprEncrypted)),
      })),
      total,
      page: input.page,
      pageSize: repo.PAGE_SIZE,
    };
  });
}

async function loadCitizenDetail(ctx: Ctx, tx: Tx, id: string): Promise<CitizenDetail> {
  const row = await repo.findCitizenById(tx, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND', 'access.not_found');
  const cpr = decrypt(ctx.keys, row.cprEncrypted);
  const parsed = parseCpr(cpr);
  const warnings = parsed.ok
    ? cprWarnings(parsed, todayInCopenhagen()).map((w) => ({
        field: 'cpr',
        message: translate(ctx.language, w.key, w.params),
      }))
    : [];
  return {
    id: row.id,
    name: row.name,
    cpr: formatCpr(cpr),
    district: row.district,
    notes: row.notesEncrypted ? decrypt(ctx.keys, row.notesEncrypted) : null,
    jobCentre: { id: row.jobCentreId, name: row.jobCentreName },
    providers: row.providers ?? [],
    warnings,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getCitizen(ctx: Ctx, id: string): Promise<CitizenDetail> {
  return withActorTransaction(ctx, async (tx) => {
    const detail = await loadCitizenDetail(ctx, tx, id);
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'citizen',
      entityId: id,
      citizenId: id,
    });
    return detail;
  });
}

export async function createCitizen(
  ctx: Ctx,
  input: { cpr: string; name: string; district: string | null; notes?: string | undefined },
): Promise<CitizenDetail> {
  if (ctx.actor.organisationKind !== 'job_centre') throw new AppError('FORBIDDEN', 'access.forbidden');
  const parsed = parseCpr(input.cpr);
  if (!parsed.ok)
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields: { cpr: parsed.problem } });
  const sealedCpr = sealCpr(ctx.keys, parsed.cpr);
  const cprHash = sealedCpr.cprHash;
  const notes = input.notes?.trim() ? input.notes.trim() : null;
  try {
    return await withActorTransaction(ctx, async (tx) => {
      if (await repo.existsCitizenWithCprHash(tx, cprHash)) throw duplicateCpr();
      const { id } = await repo.insertCitizen(tx, {
        jobCentreId: ctx.actor.organisationId,
        ...sealedCpr,
        name: input.name.trim(),
        district: input.district,
        notesEncrypted: notes ? encrypt(ctx.keys, notes) : null,
      });
      await auditAction(tx, ctx, {
        action: 'create',
        entityType: 'citizen',
        entityId: id,
        citizenId: id,
      });
      return loadCitizenDetail(ctx, tx, id);
    });
  } catch (error) {
    // A citizen with this CPR number at another job centre: the unique index, not the scoped check, says so.
    if ((error as { code?: string }).code === '23505') throw duplicateCpr();
    throw error;
  }
}

function duplicateCpr(): AppError {
  return new AppError('CONFLICT', 'citizen.duplicate_cpr', { fields: { cpr: 'citizen.duplicate_cpr' } });
}

const ACCESS_LOG_LIMIT = 500;

export async function getCitizenAccessLog(ctx: Ctx, id: string): Promise<AccessLog> {
  return withActorTransaction(ctx, async (tx) => {
    await requireCitizenInScope(tx, ctx.actor, id);
    // Reading who viewed a case is itself a use of personal data: logged first, so it shows in the list.
    await auditAction(tx, ctx, {
      action: 'read',
      entityType: 'citizen_access_log',
      entityId: id,
      citizenId: id,
    });
    const rows = await repo.listAccessLog(tx, id, ACCESS_LOG_LIMIT);
    return {
      items: rows.map((r) => ({
        seq: r.seq,
        occurredAt: new Date(r.occurredAt).toISOString(),
        action: r.action,
        entityType: r.entityType,
        actor: {
          username: r.actorUsername,
          displayName: r.displayName,
          organisationName: r.organisationName,
        },
        requestId: r.requestId,
      })),
    };
  });
}

export interface AccessLogExportRow {
  seq: number;
  occurredAt: string;
  action: string;
  entityType: string;
  username: string;
  displayName: string | null;
  organisationName: string | null;
  requestId: string | null;
}

/**
 * A citizen's access log for an operator (`indsats audit export --citizen`): answers a data subject's
 * request to know who used their data. The export itself is audited.
 */
export async function exportAccessLogForCpr(
  db: Db,
  keys: Keys,
  cprText: string,
  operator: string,
): Promise<{ citizenId: string; rows: AccessLogExportRow[] }> {
  const cprHash = cprLookupHash(keys, cprText);
  if (!cprHash)
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields: { citizen: parseCprProblem(cprText) },
    });
  return db.transaction().execute(async (tx) => {
    const citizen = await tx
      .selectFrom('citizen')
      .select('id')
      .where('cprHash', '=', cprHash)
      .executeTakeFirst();
    if (!citizen) throw new AppError('NOT_FOUND', 'access.not_found');
    const rows = await repo.listAccessLog(tx, citizen.id, Number.MAX_SAFE_INTEGER);
    await auditOperatorAction(tx, operator, {
      action: 'export',
      entityType: 'citizen_access_log',
      entityId: citizen.id,
      citizenId: citizen.id,
      criteria: { rows: rows.length },
    });
    return {
      citizenId: citizen.id,
      rows: rows.map((r) => ({
        seq: r.seq,
        occurredAt: new Date(r.occurredAt).toISOString(),
        action: r.action,
        entityType: r.entityType,
        username: r.actorUsername,
        displayName: r.displayName,
        organisationName: r.organisationName,
        requestId: r.requestId,
      })),
    };
  });
}

function parseCprProblem(text: string): string {
  const parsed = parseCpr(text);
  return parsed.ok ? 'validation.invalid' : parsed.problem;
}

/**
 * Citizens a bulk import names by CPR number that are not known yet (imports record history as it was):
 * created at the import's job centre with an empty name, stored like every citizen — the number encrypted,
 * the look-up hash beside it, never the raw number. One created meanwhile by someone else is skipped (the
 * caller finds it by its hash). Runs in the import's transaction; the import audits the citizens it wrote.
 */
export async function createImportedCitizens(
  tx: Tx,
  keys: Keys,
  jobCentreId: string,
  people: readonly { cpr: string; hash: Buffer }[],
): Promise<{ id: string; cprHash: Buffer }[]> {
  return repo.insertCitizensIfNew(
    tx,
    // The caller's hash is the one it looks the citizen up by; sealCpr's is the same (one lookupHash).
    people.map((p) => ({ jobCentreId, ...sealCpr(keys, p.cpr), cprHash: p.hash, name: '' })),
  );
}
