// Citizens of imported rows, found by the CPR number's keyed hash. Bulk imports record history as it was:
// a CPR number not yet known creates the citizen (the name may be empty) at the import's job centre,
// through the citizens module (createImportedCitizens), stored like every citizen.
import type { Tx } from '../../../platform/context.ts';
import { lookupHash } from '../../../platform/crypto/keys.ts';
import { createImportedCitizens } from '../../citizens/citizen.service.ts';
import type { ImportEnv } from '../pipeline.ts';

export interface CitizenRow {
  line: number;
  /** The CPR number's 10 digits: held only while the batch is written. */
  cpr: string;
}

export interface CitizenResolver {
  /** Citizen id by CPR number for a batch's rows, creating the citizens not yet known. */
  resolve(rows: readonly CitizenRow[]): Promise<Map<string, string>>;
}

export function citizenResolver(env: ImportEnv): CitizenResolver {
  const jobCentreId = env.options.jobCentreId;
  // resolveOptions refuses a kind with citizens before it starts when no job centre is chosen.
  if (!jobCentreId) throw new Error('an import that creates citizens needs a job centre');
  return {
    async resolve(rows) {
      const byCpr = new Map<string, string>();
      const hashes = new Map<string, { cpr: string; hash: Buffer }>();
      for (const row of rows) {
        if (hashes.has(row.cpr)) continue;
        hashes.set(row.cpr, { cpr: row.cpr, hash: lookupHash(env.keys, row.cpr) });
      }
      if (hashes.size === 0) return byCpr;
      const cprOfHash = new Map([...hashes.values()].map((h) => [h.hash.toString('hex'), h.cpr]));
      const found = await env.tx
        .selectFrom('citizen')
        .select(['id', 'cprHash'])
        .where(
          'cprHash',
          'in',
          [...hashes.values()].map((h) => h.hash),
        )
        .execute();
      for (const citizen of found) byCpr.set(cprOfHash.get(citizen.cprHash.toString('hex'))!, citizen.id);
      const missing = [...hashes.values()].filter((h) => !byCpr.has(h.cpr));
      if (missing.length === 0) return byCpr;
      const created = await createImportedCitizens(env.tx, env.keys, jobCentreId, missing);
      for (const citizen of created) {
        byCpr.set(cprOfHash.get(citizen.cprHash.toString('hex'))!, citizen.id);
        env.touchedCitizens.set(citizen.id, 'created');
      }
      // Created by someone else meanwhile: found now.
      const stillMissing = missing.filter((h) => !byCpr.has(h.cpr)).map((h) => h.hash);
      if (stillMissing.length > 0) {
        const late = await env.tx
          .selectFrom('citizen')
          .select(['id', 'cprHash'])
          .where('cprHash', 'in', stillMissing)
          .execute();
        for (const citizen of late) byCpr.set(cprOfHash.get(citizen.cprHash.toString('hex'))!, citizen.id);
      }
      return byCpr;
    },
  };
}

/** Notes a citizen whose rows the import wrote (one the import created stays "created"). */
export function noteCitizenWritten(env: ImportEnv, values: { citizenId: string }): void {
  if (!env.touchedCitizens.has(values.citizenId)) env.touchedCitizens.set(values.citizenId, 'updated');
}

export interface CourseSpan {
  id: string;
  startsOn: string;
  endsOn: string | null;
}

/** The citizens' courses, to link a placement or plan to the course running on its start date. */
export async function coursesOfCitizens(tx: Tx, citizenIds: readonly string[]) {
  const byCitizen = new Map<string, CourseSpan[]>();
  if (citizenIds.length === 0) return byCitizen;
  const rows = await tx
    .selectFrom('course')
    .select(['id', 'citizenId', 'startsOn', 'endsOn'])
    .where('citizenId', 'in', [...new Set(citizenIds)])
    .execute();
  for (const row of rows) {
    const list = byCitizen.get(row.citizenId) ?? [];
    list.push({ id: row.id, startsOn: row.startsOn, endsOn: row.endsOn });
    byCitizen.set(row.citizenId, list);
  }
  return byCitizen;
}

/** The course covering `date` (start ≤ date ≤ end, or no end); the latest started when several do. */
export function courseCovering(courses: readonly CourseSpan[] | undefined, date: string): string | null {
  let best: CourseSpan | undefined;
  for (const course of courses ?? []) {
    if (course.startsOn > date || (course.endsOn !== null && course.endsOn < date)) continue;
    if (
      !best ||
      course.startsOn > best.startsOn ||
      (course.startsOn === best.startsOn && course.id > best.id)
    )
      best = course;
  }
  return best?.id ?? null;
}
