// Issue 14's "done when": one provider's year can be followed in the demo from meeting to action to payment
// to committee report — the synthetic provider's only ("Eksempelleverandøren ApS (syntetisk)"), with its
// figures made by the modules' services from its courses.
import type { Keys } from '../platform/crypto/keys.ts';
import { seededDemoDatabase } from '../../../test/support/demo-db.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase } from '../../../test/support/db.ts';
import { todayInCopenhagen } from '../../shared/dates.ts';
import { agendaSchema } from '../../shared/meetings/agenda.schemas.ts';
import type { OutcomeReport } from '../../shared/outcomes/outcome.schemas.ts';
import { SYNTHETIC_PROVIDER_CODE } from '../modules/agreements/agreement.demo-data.ts';
import { getBilling } from '../modules/courses/billing.service.ts';
import { getPack } from '../modules/committee/committee.service.ts';
import { SYNTHETIC_PACK_TITLE } from '../modules/committee/committee.demo-synthetic.ts';
import { listOverdueActionTasks } from '../modules/meetings/meeting.service.ts';
import { demoBillingMonths } from '../modules/payments/payment.demo.ts';
import { getBasisMonth, getBudgetStatus } from '../modules/payments/payment.service.ts';
import { demoUserCtx } from './demo-ctx.ts';

let database: TestDatabase;
let keys: Keys;
let providerId: string;

beforeAll(async () => {
  ({ database, keys } = await seededDemoDatabase());
  providerId = (
    await database.db
      .selectFrom('organisation')
      .select('id')
      .where('code', '=', SYNTHETIC_PROVIDER_CODE)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => database?.close());

const ctxOf = async (username: string) => (await demoUserCtx(database.db, keys, username))!;

describe('the synthetic provider’s year in the demo', () => {
  it('has running and ended courses, one with a hospital stay its agreement does not pay for', async () => {
    const courses = await database.db
      .selectFrom('course')
      .select(['id', 'endsOn'])
      .where('providerId', '=', providerId)
      .execute();
    expect(courses.some((c) => c.endsOn === null)).toBe(true);
    const year = todayInCopenhagen().slice(0, 4);
    expect(courses.some((c) => c.endsOn !== null && c.endsOn.startsWith(year))).toBe(true);
    const pauses = await database.db
      .selectFrom('coursePause')
      .select('kind')
      .where(
        'courseId',
        'in',
        courses.map((c) => c.id),
      )
      .execute();
    expect(pauses.map((p) => p.kind)).toEqual(['hospital_stay']);
    const excluded = await database.db
      .selectFrom('agreementPauseExclusion as x')
      .innerJoin('frameworkAgreement as a', 'a.id', 'x.agreementId')
      .select('x.pauseKind')
      .where('a.providerId', '=', providerId)
      .execute();
    expect(excluded.map((x) => x.pauseKind)).toEqual(['hospital_stay']);

    // Billing leaves the hospital stay's weeks out of the older billed month.
    const [older] = demoBillingMonths(todayInCopenhagen());
    const billing = await getBilling(await ctxOf('indkoeb'), { from: older, to: older, providerId });
    expect(billing.leftOut.map((l) => [l.pauseKind, l.weeks > 0])).toEqual([['hospital_stay', true]]);
    const own = billing.providerTotals.find((p) => p.providerId === providerId)!;
    expect(own.programme.weeks).toBeGreaterThan(0);
    // The weeks billed carry the 2,1 % indexation of 2026: 2.000 kr. → 2.042 kr. a week.
    if (older >= '2026-01') {
      const prices = billing.rows.flatMap((r) => r.programme.prices);
      expect(prices).toContainEqual(expect.objectContaining({ weeklyOre: 204_200, baseWeeklyOre: 200_000 }));
    }
  });

  it('has meetings with agendas of real figures, the lead’s comments, a complaint and an overdue action', async () => {
    const meetings = await database.db
      .selectFrom('providerMeeting')
      .select(['id', 'agenda'])
      .where('providerId', '=', providerId)
      .orderBy('heldOn')
      .execute();
    expect(meetings).toHaveLength(2);
    for (const meeting of meetings) {
      const agenda = agendaSchema.parse(meeting.agenda);
      const billing = agenda.sections.find((s) => s.key === 'billing')!;
      expect(billing.available).toBe(true);
      expect(billing.figures.every((f) => (f.value ?? 0) > 0)).toBe(true);
      const complaints = agenda.sections.find((s) => s.key === 'complaints')!;
      expect(complaints.figures.some((f) => (f.value ?? 0) > 0)).toBe(true);
    }
    const lead = await ctxOf('eksempel-leder');
    const comments = await database.db
      .selectFrom('providerMeetingComment')
      .select(['authorId', 'actionId'])
      .where('meetingId', '=', meetings[1]!.id)
      .execute();
    expect(comments.map((c) => [c.authorId, c.actionId === null])).toEqual(
      expect.arrayContaining([
        [lead.actor.userId, true],
        [lead.actor.userId, false],
      ]),
    );
    const tasks = await listOverdueActionTasks(await ctxOf('indkoeb'));
    expect(tasks.length).toBeGreaterThanOrEqual(1);
    const complaints = await database.db
      .selectFrom('providerComplaint')
      .select(['providerId', 'descriptionEncrypted'])
      .execute();
    expect(complaints.map((c) => c.providerId)).toEqual([providerId]);
    expect(complaints[0]!.descriptionEncrypted.toString('utf8')).not.toContain('borger');
  });

  it('is paid: the older month approved and invoiced at the same amount, the newer accepted', async () => {
    const admin = await ctxOf('indkoeb');
    const [older, newer] = demoBillingMonths(todayInCopenhagen());
    const approved = (await getBasisMonth(admin, { month: older, providerId })).providers[0]!;
    expect(approved.basis?.status).toBe('approved');
    expect(approved.basis!.totalOre).toBeGreaterThan(0);
    expect(approved.invoices.map((i) => i.amountOre)).toEqual([approved.basis!.totalOre]);
    const waiting = (await getBasisMonth(admin, { month: newer, providerId })).providers[0]!;
    expect(waiting.basis?.status).toBe('accepted');

    const year = Number(todayInCopenhagen().slice(0, 4));
    const status = await getBudgetStatus(admin, { year });
    const own = status.providers.find((p) => p.providerId === providerId)!;
    if (older.startsWith(String(year))) expect(own.approvedOre).toBe(approved.basis!.totalOre);
    expect(own.billedNotApprovedOre).toBeGreaterThan(0);
  });

  it('is in a committee pack built from saved reports that include it, with no decision', async () => {
    const pack = await database.db
      .selectFrom('committeePack')
      .select('id')
      .where('title', '=', SYNTHETIC_PACK_TITLE)
      .executeTakeFirstOrThrow();
    const view = await getPack(await ctxOf('analytiker'), pack.id);
    expect(view.decision).toBeNull();
    expect(view.budgetStatus.providers.some((p) => p.providerId === providerId)).toBe(true);
    for (const id of [view.reportId, view.previousReportId!]) {
      const saved = await database.db
        .selectFrom('outcomeReport')
        .select('results')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const results = saved.results as unknown as OutcomeReport;
      expect(results.exit.rows.some((r) => r.providerCode === SYNTHETIC_PROVIDER_CODE)).toBe(true);
    }
  });
});
