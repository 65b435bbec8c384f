// The placements' SQL (virksomhedsplacering on a course) and the provider's partnerships with a company,
// read from the companies module's table to check the network. Functions take a transaction.
import type { Tx } from '../../platform/context.ts';
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
] as const;

export async function listPlacements(tx: Tx, courseId: string) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select(placementColumns)
    .where('placement.courseId', '=', courseId)
    .orderBy('placement.startsOn')
    .orderBy('placement.createdAt')
    .execute();
}

export async function findPlacement(tx: Tx, id: string) {
  return tx
    .selectFrom('placement')
    .innerJoin('company', 'company.id', 'placement.companyId')
    .select(placementColumns)
    .where('placement.id', '=', id)
    .executeTakeFirst();
}

export type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

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

export async function insertPlacement(
  tx: Tx,
  values: PlacementValues & { courseId: string; citizenId: string },
) {
  return tx.insertInto('placement').values(values).returning('id').executeTakeFirstOrThrow();
}

export async function updatePlacement(tx: Tx, id: string, values: PlacementValues) {
  await tx
    .updateTable('placement')
    .set({ ...values, updatedAt: new Date() })
    .where('id', '=', id)
    .execute();
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
