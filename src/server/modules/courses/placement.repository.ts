// The placements' SQL (virksomhedsplacering on a course) and the provider's partnerships with a company,
// read from the companies module's table to check the network. Functions take a transaction. The
// concrete assessment may hold health information: it is sealed with the app's key on the way in and
// opened on the way out, so callers see and give plain text.
import type { Tx } from '../../platform/context.ts';
import { decrypt, encrypt, type Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import type { ExtensionBasis, PlacementKind } from '../../platform/db/schema.ts';

const placementColumns = [
  'placement.id',
  'placement.courseId',
  'placement.citizenId',
  'placement.companyId',
  'company.name as companyName',
  'company.cvr as companyCvr',
  'placement.kind',
  'placement.startsOn',
  'placement.endsOn',
  'placement.weeklyHoursTenths',
  'placement.extensionBasis',
  'placement.specialNeedExtensions',
  'placement.assessmentNote',
  'placement.assessmentNoteEncrypted',
] as const;

function selectPlacements(tx: Tx) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select(placementColumns);
}

type StoredRow = Awaited<ReturnType<ReturnType<typeof selectPlacements>['executeTakeFirstOrThrow']>>;
export type PlacementRow = Omit<StoredRow, 'assessmentNoteEncrypted'>;

/** The row with its assessment opened (a row from before migration 0011 not yet sealed: its text). */
function opened(keys: Keys, { assessmentNoteEncrypted: sealed, ...row }: StoredRow): PlacementRow {
  return { ...row, assessmentNote: sealed ? decrypt(keys, sealed) : row.assessmentNote };
}

export async function listPlacements(tx: Tx, keys: Keys, courseId: string): Promise<PlacementRow[]> {
  const rows = await selectPlacements(tx)
    .where('placement.courseId', '=', courseId)
    .orderBy('placement.startsOn')
    .orderBy('placement.createdAt')
    .execute();
  return rows.map((row) => opened(keys, row));
}

export async function findPlacement(tx: Tx, keys: Keys, id: string): Promise<PlacementRow | undefined> {
  const row = await selectPlacements(tx).where('placement.id', '=', id).executeTakeFirst();
  return row && opened(keys, row);
}

export interface PlacementValues {
  companyId: string;
  kind: PlacementKind;
  startsOn: string;
  endsOn: string | null;
  weeklyHoursTenths: number | null;
  extensionBasis: ExtensionBasis;
  specialNeedExtensions: number;
  assessmentNote: string | null;
}

/** The values as stored: the assessment sealed, no plain text. */
function sealed(keys: Keys, { assessmentNote, ...values }: PlacementValues) {
  return {
    ...values,
    assessmentNote: null,
    assessmentNoteEncrypted: assessmentNote === null ? null : encrypt(keys, assessmentNote),
  };
}

export async function insertPlacement(
  tx: Tx,
  keys: Keys,
  values: PlacementValues & { courseId: string; citizenId: string },
) {
  const { courseId, citizenId, ...rest } = values;
  return tx
    .insertInto('placement')
    .values({ courseId, citizenId, ...sealed(keys, rest) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updatePlacement(tx: Tx, keys: Keys, id: string, values: PlacementValues) {
  await tx
    .updateTable('placement')
    .set({ ...sealed(keys, values), updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
}

/**
 * Seals the assessments written as plain text before migration 0011 (run at the server's start, when
 * the key is at hand); returns how many. A no-op once none are left.
 */
export async function sealPlaintextAssessmentNotes(db: Db, keys: Keys): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .selectFrom('placement')
      .select(['id', 'assessmentNote'])
      .where('assessmentNote', 'is not', null)
      .forUpdate()
      .execute();
    for (const row of rows) {
      await tx
        .updateTable('placement')
        .set({ assessmentNote: null, assessmentNoteEncrypted: encrypt(keys, row.assessmentNote!) })
        .where('id', '=', row.id)
        .execute();
    }
    return rows.length;
  });
}

export async function deletePlacement(tx: Tx, id: string) {
  await tx.deleteFrom('placement').where('id', '=', id).execute();
}

/** The provider's partnerships with a company (the companies module's table, read only). */
export async function listPartnershipPeriods(tx: Tx, providerId: string, companyId: string) {
  return tx
    .selectFrom('companyPartnership')
    .select(['startsOn', 'endsOn'])
    .where('providerId', '=', providerId)
    .where('companyId', '=', companyId)
    .execute();
}

/** Placements of a course still running after a day (no end, or ending later): ending the course asks about each. */
export async function listPlacementsRunningAfter(tx: Tx, courseId: string, day: string) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select([
      'placement.id',
      'placement.kind',
      'placement.startsOn',
      'placement.endsOn',
      'company.name as companyName',
    ])
    .where('placement.courseId', '=', courseId)
    .where((eb) => eb.or([eb('placement.endsOn', 'is', null), eb('placement.endsOn', '>', day)]))
    .orderBy('placement.startsOn')
    .execute();
}

export async function endPlacementOn(tx: Tx, id: string, endsOn: string) {
  await tx.updateTable('placement').set({ endsOn, updatedAt: new Date() }).where('id', '=', id).execute();
}
