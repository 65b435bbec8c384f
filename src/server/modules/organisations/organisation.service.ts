// Organisations (the administration, job centres, providers) for the command line's `indsats orgs` and
// `indsats setup`: created with their kind, code and name, validated as the database's own checks
// (migration 0001) but with messages that say what to type.
import { AppError, type FieldErrors } from '../../../shared/errors.ts';
import { unsafeCharacterMessage } from '../../../shared/text-schemas.ts';
import { recordAudit, type AuditActor } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/context.ts';
import type { Db } from '../../platform/db/client.ts';
import type { OrganisationKind } from '../../platform/db/schema.ts';
import { ORGANISATION_KINDS, type OrganisationKindName } from '../../../shared/organisations.ts';
import * as repo from './organisation.repository.ts';

// The shared list names the schema's kinds, no more and no fewer (a compile error otherwise).
type SameKinds = [OrganisationKind] extends [OrganisationKindName]
  ? [OrganisationKindName] extends [OrganisationKind]
    ? true
    : never
  : never;
const _kindsAgree: SameKinds = true;
/** The `organisation.code` check of migration 0001, with a length a person can type. */
const CODE = /^[a-z0-9][a-z0-9_-]{0,49}$/;

export interface NewOrganisation {
  kind: string;
  code: string;
  name: string;
}

function isOrganisationKind(kind: string): kind is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(kind);
}

/** Code and name as the database's checks want them (migration 0001), with messages that say what to type. */
function checkCodeAndName(input: { code: string; name: string }, fields: FieldErrors) {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!CODE.test(code)) fields.code = 'organisation.code_format';
  const unsafeName = unsafeCharacterMessage(input.name, 'name');
  if (!name) fields.name = 'validation.required';
  else if (unsafeName) fields.name = unsafeName.key;
  else if (name.length > 200) fields.name = 'validation.too_long';
  return { code, name, params: { ...(unsafeName?.params ?? {}), max: 200 } };
}

/** A code already in use is a CONFLICT on the code field, never a change of the other organisation. */
function duplicateCode(error: unknown, code: string): never {
  if ((error as { code?: string }).code === '23505') {
    throw new AppError('CONFLICT', 'organisation.duplicate_code', {
      fields: { code: 'organisation.duplicate_code' },
      params: { code },
    });
  }
  throw error;
}

/** Validates and inserts; a code already in use is a CONFLICT, never an update of the other one. */
export async function createOrganisation(db: Db, input: NewOrganisation) {
  const fields: FieldErrors = {};
  const kind = input.kind.trim();
  if (!isOrganisationKind(kind)) fields.kind = 'organisation.kind';
  const { code, name, params } = checkCodeAndName(input, fields);
  if (Object.keys(fields).length > 0 || !isOrganisationKind(kind)) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields, params });
  }
  try {
    return await repo.insertOrganisation(db, { kind, code, name });
  } catch (error) {
    duplicateCode(error, code);
  }
}

/** A new code or name; the kind stays (citizens, agreements and users depend on it). */
export async function updateOrganisation(db: Db, id: string, input: { code: string; name: string }) {
  const before = await repo.findOrganisationById(db, id);
  if (!before) throw new AppError('NOT_FOUND', 'organisation.not_found');
  const fields: FieldErrors = {};
  const { code, name, params } = checkCodeAndName(input, fields);
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields, params });
  }
  try {
    const after = await repo.updateOrganisation(db, id, { code, name });
    return { before, after };
  } catch (error) {
    duplicateCode(error, code);
  }
}

/**
 * An administrative change (an organisation or a user created or changed) as an audit row in its
 * transaction: what and which, never a password. The command line passes no request id.
 */
export async function auditAdministration(
  tx: Tx,
  actor: AuditActor,
  entityType: 'organisation' | 'user',
  entityId: string,
  criteria: Record<string, unknown>,
  options: { action?: 'create' | 'update'; requestId?: string } = {},
): Promise<void> {
  await recordAudit(tx, actor, options.requestId ?? null, {
    action: options.action ?? 'create',
    entityType,
    entityId,
    criteria,
  });
}
