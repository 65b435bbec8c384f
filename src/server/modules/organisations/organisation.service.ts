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

/** Validates and inserts; a code already in use is a CONFLICT, never an update of the other one. */
export async function createOrganisation(db: Db, input: NewOrganisation) {
  const fields: FieldErrors = {};
  const kind = input.kind.trim();
  const code = input.code.trim();
  if (!isOrganisationKind(kind)) fields.kind = 'organisation.kind';
  if (!CODE.test(code)) fields.code = 'organisation.code_format';
  const unsafeName = unsafeCharacterMessage(input.name, 'name');
  if (!input.name.trim()) fields.name = 'validation.required';
  else if (unsafeName) fields.name = unsafeName.key;
  else if (input.name.trim().length > 200) fields.name = 'validation.too_long';
  if (Object.keys(fields).length > 0 || !isOrganisationKind(kind)) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', {
      fields,
      params: { ...(unsafeName?.params ?? {}), max: 200 },
    });
  }
  try {
    return await repo.insertOrganisation(db, { kind, code, name: input.name.trim() });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw new AppError('CONFLICT', 'organisation.duplicate_code', {
        fields: { code: 'organisation.duplicate_code' },
        params: { code },
      });
    }
    throw error;
  }
}

/**
 * An administrative change (an organisation or a user created) as an audit row in its transaction:
 * what and which, never a password.
 */
export async function auditAdministration(
  tx: Tx,
  actor: AuditActor,
  entityType: 'organisation' | 'user',
  entityId: string,
  criteria: Record<string, unknown>,
): Promise<void> {
  await recordAudit(tx, actor, null, { action: 'create', entityType, entityId, criteria });
}
