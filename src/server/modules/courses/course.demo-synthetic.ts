// The synthetic provider's year in the demo (issue 14): synthetic citizens of Jobcenter København referred
// to "Eksempelleverandøren ApS (syntetisk)" under its agreement in force, with running and ended courses
// planned like the seed providers' (course.demo-plan.ts), and one hospital stay, a pause kind its agreement
// excludes from payment (agreement.demo.ts), in the older of the two months the payments demo bills. No
// seed provider gets anything here. Idempotent: skipped when the provider has courses.
import { addDays, addMonthsClamped, copenhagenDate, monthOf } from '../../../shared/dates.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { DEMO_SEED_ACTOR } from '../../platform/audit/audit-request.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import { lookupHash } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { createRng } from '../../seed/synthetic.ts';
import { SYNTHETIC_DEMO_PROVIDER } from './course.demo-data.ts';
import { planCoursesDemo } from './course.demo-plan.ts';
import { buildRows, insertBatched, loadLookups, type Table } from './course.demo.ts';

const SEED = 20_260_101;

/** The pause: three weeks from the first Monday of the month before last (the older billed month). */
export function syntheticPausePeriod(today: string): { fromDate: string; toDate: string } {
  const month = addMonthsClamped(monthOf(today), -2);
  const weekday = new Date(`${month}T00:00:00Z`).getUTCDay();
  const fromDate = addDays(month, (8 - weekday) % 7);
  return { fromDate, toDate: addDays(fromDate, 20) };
}

export async function seedSyntheticCoursesDemo(db: Db, keys: Keys, now = new Date()): Promise<void> {
  const lookups = await loadLookups(db);
  const agreement = lookups?.agreements.get(SYNTHETIC_DEMO_PROVIDER.code);
  if (!lookups || !agreement) return;
  const seeded = await db
    .selectFrom('course')
    .select('id')
    .where('providerId', '=', agreement.providerId)
    .executeTakeFirst();
  if (seeded) return;
  const plan = planCoursesDemo(createRng(SEED), [SYNTHETIC_DEMO_PROVIDER], 0);
  const hashes = plan.map((p) => lookupHash(keys, p.cpr));
  const taken = new Set(
    (await db.selectFrom('citizen').select('cprHash').where('cprHash', 'in', hashes).execute()).map((r) =>
      r.cprHash.toString('hex'),
    ),
  );
  const rows = buildRows(
    plan.filter((_, i) => !taken.has(hashes[i]!.toString('hex'))),
    keys,
    lookups,
  );
  const pause = syntheticPausePeriod(copenhagenDate(now));
  // The first course running through the whole pause (started before it, not ended before its last day).
  const paused = rows.course!.find(
    (c) =>
      (c.startsOn as string) < pause.fromDate && (c.endsOn === null || (c.endsOn as string) > pause.toDate),
  );
  await db.transaction().execute(async (tx) => {
    for (const [table, tableRows] of Object.entries(rows)) await insertBatched(tx, table as Table, tableRows);
    if (paused) {
      await tx
        .insertInto('coursePause')
        .values({
          courseId: paused.id as string,
          kind: 'hospital_stay',
          ...pause,
          note: 'Indlagt på hospitalet. (Syntetiske demodata.)',
          recordedBy: (paused.mentorUserId as string | null) ?? null,
        })
        .execute();
    }
    await recordAudit(tx, DEMO_SEED_ACTOR, null, {
      action: 'create',
      entityType: 'course',
      criteria: {
        demo: true,
        provider: SYNTHETIC_DEMO_PROVIDER.code,
        citizens: rows.citizen!.length,
        courses: rows.course!.length,
      },
    });
  });
}
