// Demo of the committee's reports (issue 14): a report schedule owned by the demo analyst (the results twice
// a year, the budget status quarterly) and one committee pack made from the demo's two saved outcome
// reports, as the analyst makes it on the committee page (so its audit rows name the analyst). Neutral
// text, marked as demo data, and no decision: nothing is said about what a real committee decided. Dates
// are relative to the day the demo is loaded; idempotent (skipped when a schedule or pack exists).
import { addDays, addMonthsClamped, copenhagenDate, monthOf } from '../../../shared/dates.ts';
import type { Keys } from '../../platform/crypto/keys.ts';
import type { Db } from '../../platform/db/client.ts';
import { PREVIOUS_REPORT_TITLE, SEED_003_REPORT_TITLE } from '../outcomes/outcome.demo-data.ts';
import { demoUserCtx } from '../../seed/demo-ctx.ts';
import { createPack, createScheduleLine } from './committee.service.ts';
import { seedSyntheticPackDemo } from './committee.demo-synthetic.ts';

const ANALYST = 'analytiker';

async function savedReportId(db: Db, title: string): Promise<string | null> {
  const row = await db
    .selectFrom('outcomeReport')
    .select('id')
    .where('title', '=', title)
    .orderBy('createdAt')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function seedCommitteeDemo(db: Db, keys: Keys, now = new Date()): Promise<void> {
  await seedSeed003PackDemo(db, keys, now);
  await seedSyntheticPackDemo(db, keys, now);
}

async function seedSeed003PackDemo(db: Db, keys: Keys, now: Date): Promise<void> {
  const existing =
    (await db.selectFrom('committeeReportSchedule').select('id').executeTakeFirst()) ??
    (await db.selectFrom('committeePack').select('id').executeTakeFirst());
  if (existing) return;
  const ctx = await demoUserCtx(db, keys, ANALYST);
  const current = await savedReportId(db, SEED_003_REPORT_TITLE);
  const previous = await savedReportId(db, PREVIOUS_REPORT_TITLE);
  if (!ctx || !current || !previous) return;
  const today = copenhagenDate(now);
  const meetingOn = addDays(today, -14);
  // The lines' first due dates are the end of the pack's meeting month, so the pack delivers them and the
  // analyst's next tasks lie ahead (budget status in 3 months, the results in 6).
  const monthEnd = addDays(addMonthsClamped(monthOf(meetingOn), 1), -1);
  const line = (
    title: string,
    kind: 'results' | 'budget_status',
    cadence: 'half_yearly' | 'quarterly',
    contents: string,
  ) =>
    createScheduleLine(
      ctx,
      { title, kind, cadence, firstDueOn: monthEnd, contents, ownerId: ctx.actor.userId },
      { today },
    );
  const results = await line(
    'Resultater for de lokalt forankrede indsatser',
    'results',
    'half_yearly',
    'De tre resultattabeller (afgang, virksomhedsplacering, forberedende plan) pr. leverandør med noter og sammenligning med den forrige rapport.',
  );
  const budget = await line(
    'Budgetstatus',
    'budget_status',
    'quarterly',
    'Årets ramme, hvad der er godkendt, hvad der er faktureret men ikke godkendt, og prognosen til årets udgang pr. leverandør.',
  );
  await createPack(
    ctx,
    {
      title: 'Resultater og budgetstatus for de lokalt forankrede indsatser (demodata)',
      meetingOn,
      reportId: current,
      previousReportId: previous,
      budgetYear: Number(today.slice(0, 4)),
      summary:
        'Udvalget orienteres om resultaterne for de lokalt forankrede beskæftigelsesindsatser og om budgetstatus. (Syntetiske demodata.)',
      recommendation: 'At udvalget tager orienteringen til efterretning.',
      presentation:
        'Resultaterne opgøres efter de tre tabeller i bilaget og sammenlignes med den forrige rapport. Små tal gør forskelle mellem leverandører usikre.\n\nBudgetstatus viser årets ramme, det godkendte, det fakturerede men ikke godkendte og prognosen til årets udgang.',
      scheduleIds: [results.id, budget.id],
    },
    { today },
  );
}
