// The local rule settings' values (the registry is src/shared/local-settings.ts): the value in force
// lives in system_setting, where the rules read it; every change is kept in local_setting_change
// (migration 0015) with who, when and why, and audited. Settings hold no personal data, so they are
// read and written with the owner connection; the callers check the admin permission.
import { AppError } from '../../../shared/errors.ts';
import {
  findLocalSetting,
  LOCAL_SETTINGS,
  type LocalSettingDefinition,
} from '../../../shared/local-settings.ts';
import { unsafeCharacterMessage } from '../../../shared/text-schemas.ts';
import { recordAudit, type AuditActor } from '../audit/audit.ts';
import type { Db } from '../db/client.ts';
import { actorLabels } from '../audit/actor-label.ts';
import type { Language } from '../../../shared/messages.ts';

type Runner = Pick<Db, 'selectFrom'>;

export interface LocalSettingChange {
  value: string | null;
  reason: string;
  changedBy: string;
  changedAt: string;
}

export interface LocalSettingState {
  key: string;
  group: LocalSettingDefinition['group'];
  meaning: LocalSettingDefinition['meaning'];
  source: string;
  allowed: LocalSettingDefinition['allowed'];
  defaultValue: string | null;
  /** The value set locally, or null when the default applies. */
  value: string | null;
  /** What applies now: the local value, else the default (null: the law's own rule). */
  inForce: string | null;
  history: LocalSettingChange[];
}

function definitionOf(key: string): LocalSettingDefinition {
  const definition = findLocalSetting(key);
  if (!definition) throw new AppError('NOT_FOUND', 'settings.unknown', { params: { key } });
  return definition;
}

/** The value in force: the one set locally, else the registry's default (null: the law's rule applies). */
export async function readLocalSetting(db: Runner, key: string): Promise<string | null> {
  const definition = definitionOf(key);
  const row = await db.selectFrom('systemSetting').select('value').where('key', '=', key).executeTakeFirst();
  if (row) {
    const parsed = definition.parse(row.value);
    // A value put in with SQL that the registry does not accept is ignored, never half-understood.
    if (parsed.ok) return parsed.value;
  }
  return definition.defaultValue;
}

/** A whole-number setting in force (retention periods). */
export async function readLocalNumber(db: Runner, key: string): Promise<number> {
  const value = await readLocalSetting(db, key);
  const number = Number(value);
  if (value === null || !Number.isInteger(number)) throw new Error(`Setting ${key} has no number in force`);
  return number;
}

/** Every setting with its meaning, source, value in force and history (newest first). */
export async function listLocalSettings(db: Runner, language: Language = 'da'): Promise<LocalSettingState[]> {
  const keys = LOCAL_SETTINGS.map((s) => s.key);
  const [current, changes] = await Promise.all([
    db.selectFrom('systemSetting').select(['key', 'value']).where('key', 'in', keys).execute(),
    db
      .selectFrom('localSettingChange')
      .select(['key', 'value', 'reason', 'changedBy', 'changedAt'])
      .where('key', 'in', keys)
      .orderBy('changedAt', 'desc')
      .orderBy('id')
      .execute(),
  ]);
  const label = await actorLabels(
    db,
    changes.map((c) => c.changedBy),
    language,
  );
  return LOCAL_SETTINGS.map((definition) => {
    const stored = current.find((row) => row.key === definition.key);
    const parsed = stored ? definition.parse(stored.value) : null;
    const value = parsed?.ok ? parsed.value : null;
    return {
      key: definition.key,
      group: definition.group,
      meaning: definition.meaning,
      source: definition.source,
      allowed: definition.allowed,
      defaultValue: definition.defaultValue,
      value,
      inForce: value ?? definition.defaultValue,
      history: changes
        .filter((change) => change.key === definition.key)
        .map((change) => ({
          value: change.value,
          reason: change.reason,
          changedBy: label(change.changedBy),
          changedAt: new Date(change.changedAt).toISOString(),
        })),
    };
  });
}

/**
 * Sets a setting (or clears it with null, so the default applies again) with the reason, keeps the
 * change in the history and audits it, in one transaction. Refuses a value the registry does not accept.
 */
export async function setLocalSetting(
  db: Db,
  actor: AuditActor,
  input: { key: string; value: string | null; reason: string },
  requestId: string | null = null,
  language: Language = 'da',
): Promise<LocalSettingState> {
  const definition = definitionOf(input.key);
  const reason = input.reason.trim();
  const fields: Record<string, string> = {};
  let params: Record<string, string | number> = {};
  let value: string | null = null;
  if (input.value !== null && input.value.trim() !== '') {
    const parsed = definition.parse(input.value);
    if (parsed.ok) value = parsed.value;
    else {
      fields.value = parsed.message;
      params = { ...params, ...parsed.params };
    }
  }
  const unsafe = unsafeCharacterMessage(reason, 'text');
  if (!reason) fields.reason = 'validation.required';
  else if (unsafe) {
    fields.reason = unsafe.key;
    params = { ...params, ...unsafe.params };
  } else if (reason.length > 500) {
    fields.reason = 'validation.too_long';
    params = { ...params, max: 500 };
  }
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION_FAILED', 'validation.failed', { fields, params });
  }
  await db.transaction().execute(async (tx) => {
    if (value === null) await tx.deleteFrom('systemSetting').where('key', '=', definition.key).execute();
    else {
      await tx
        .insertInto('systemSetting')
        .values({ key: definition.key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updatedAt: new Date() }))
        .execute();
    }
    await tx
      .insertInto('localSettingChange')
      .values({ key: definition.key, value, reason, changedBy: actor.username })
      .execute();
    await recordAudit(tx, actor, requestId, {
      action: 'update',
      entityType: 'local_setting',
      entityId: definition.key,
      criteria: { value, reason },
    });
  });
  const states = await listLocalSettings(db, language);
  return states.find((state) => state.key === definition.key)!;
}
