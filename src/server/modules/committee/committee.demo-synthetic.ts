// The synthetic provider's committee report (issue 14): two saved results reports made by the demo analyst
// through the outcomes service — last year, and this year up to the last complete month — which include
// "Eksempelleverandøren ApS (syntetisk)"'s ended courses, and a committee pack built from them (this year's
// compared with last year's) next to seed 003's pack. Its tables may be small, and its exits pending on
// register data the demo does not hold for these citizens (docs/demo-data.md). Neutral text marked as demo
// data; no decision. Idempotent: the reports and the pack are found again by title.
import { addDays, copenhagenDate, monthOf } from '../../../shared/dates.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { demoUserCtx } from '../../seed/demo-ctx.ts';
import { createOutcomeReport } from '../outcomes/outcome.service.ts';
import { createPack } from './committee.service.ts';

export const SYNTHETIC_PACK_TITLE =
  'Resultater for de lokalt forankrede indsatser 2025– med Eksempelleverandøren (syntetisk demodata)';

/** The two periods: last year whole, and this year up to the end of the last complete month. */
export function syntheticReportPeriods(today: string) {
  const to = addDays(monthOf(today), -1);
  const year = Number(to.slice(0, 4));
  return {
    previous: {
      title: `Resultater ${year - 1} (syntetisk demodata)`,
      from: `${year - 1}-01-01`,
      to: `${year - 1}-12-31`,
    },
    current: { title: `Resultater ${year} til og med ${to} (syntetisk demodata)`, from: `${year}-01-01`, to },
  };
}

async function reportId(db: Db, ctx: Ctx, period: { title: string; from: string; to: string }) {
  const saved = await db
    .selectFrom('outcomeReport')
    .select('id')
    .where('title', '=', period.title)
    .orderBy('createdAt')
    .executeTakeFirst();
  if (saved) return saved.id;
  const created = await createOutcomeReport(ctx, {
    title: period.title,
    parameters: { from: period.from, to: period.to },
  });
  return created.id;
}

/**
 * The two saved reports, made before seed 003's (seed/demo.ts calls this first), so that seed 003's report
 * stays the newest and the outcomes page still opens on its periods.
 */
export async function seedSyntheticReportsDemo(db: Db, keys: Keys, now = new Date()) {
  const ctx = await demoUserCtx(db, keys, 'analytiker');
  if (!ctx) return null;
  const periods = syntheticReportPeriods(copenhagenDate(now));
  return {
    previous: await reportId(db, ctx, periods.previous),
    current: await reportId(db, ctx, periods.current),
    to: periods.current.to,
  };
}

export async function seedSyntheticPackDemo(db: Db, keys: Keys, now = new Date()): Promise<void> {
  const exists = await db
    .selectFrom('committeePack')
    .select('id')
    .where('title', '=', SYNTHETIC_PACK_TITLE)
    .executeTakeFirst();
  if (exists) return;
  const ctx = await demoUserCtx(db, keys, 'analytiker');
  const reports = await seedSyntheticReportsDemo(db, keys, now);
  if (!ctx || !reports) return;
  const today = copenhagenDate(now);
  await createPack(
    ctx,
    {
      title: SYNTHETIC_PACK_TITLE,
      meetingOn: addDays(today, 10),
      reportId: reports.current,
      previousReportId: reports.previous,
      budgetYear: Number(reports.to.slice(0, 4)),
      summary:
        'Udvalget orienteres om årets resultater og budgetstatus for de lokalt forankrede indsatser, herunder den syntetiske demoleverandør. (Syntetiske demodata.)',
      recommendation: 'At udvalget tager orienteringen til efterretning.',
      presentation:
        'Resultaterne for året til og med seneste hele måned sammenlignes med sidste år. Små tal gør forskelle mellem leverandører usikre, og afgange afventer registerdata.\n\nBudgetstatus viser årets ramme, det godkendte, det fakturerede men ikke godkendte og prognosen til årets udgang.',
      scheduleIds: [],
    },
    { today },
  );
}
