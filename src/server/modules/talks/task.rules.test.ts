import { describe, expect, it } from 'vitest';
import { jobTalkRulesWithFollowUp } from '../../../shared/courses/legal-rules.ts';
import type { TalkFact } from './talk.rules.ts';
import { deriveTasks, type TaskFacts } from './task.rules.ts';

const TODAY = '2026-11-30';
const citizen = { citizenId: 'c1', citizenName: 'Alma Jensen' };
const none: TaskFacts = {
  today: TODAY,
  talkCourses: [],
  referrals: [],
  internships: [],
  providerCourses: [],
};

const talkCourse = (startsOn: string, talks: TalkFact[] = [], endsOn: string | null = null) => ({
  ...citizen,
  courseId: 'k1',
  startsOn,
  endsOn,
  talks,
});
const planned = (scheduledOn: string): TalkFact => ({
  id: 'p',
  outcome: 'planned',
  scheduledOn,
  heldOn: null,
  deadline: null,
});
const held = (heldOn: string): TalkFact => ({
  id: 'h',
  outcome: 'held',
  scheduledOn: heldOn,
  heldOn,
  deadline: null,
});
const providerCourse = (values: Partial<TaskFacts['providerCourses'][number]>) => ({
  ...citizen,
  courseId: 'k1',
  startsOn: '2026-11-01',
  endsOn: null,
  aftercareStartsOn: null,
  aftercarePlannedEndsOn: null,
  aftercareEndsOn: null,
  lastEntryOn: null,
  finalReportCompletedOn: null,
  ...values,
});

type Row = [
  string,
  Partial<TaskFacts>,
  [kind: string, dueOn: string, overdue: boolean, detail?: string | null][],
];

const CASES: Row[] = [
  ['nothing to do', {}, []],
  // talk_due
  [
    'first talk due in 7 days',
    { talkCourses: [talkCourse('2026-11-30')] },
    [['talk_due', '2026-12-07', false, 'first']],
  ],
  [
    'first talk overdue',
    { talkCourses: [talkCourse('2026-11-01')] },
    [['talk_due', '2026-11-08', true, 'first']],
  ],
  [
    'first talk planned before the deadline: no task',
    { talkCourses: [talkCourse('2026-11-25', [planned('2026-12-01')])] },
    [],
  ],
  [
    'talk planned after the deadline: still a task',
    { talkCourses: [talkCourse('2026-11-25', [planned('2026-12-03')])] },
    [['talk_due', '2026-12-02', false, 'first']],
  ],
  [
    'follow-up 6 months after a talk held in August: not yet within 14 days',
    { talkCourses: [talkCourse('2026-08-03', [held('2026-08-05')])] },
    [],
  ],
  [
    // Was "3 months after the last talk" (not the law, issue 12): talks 2–4 are due within 6 months.
    "follow-up due on the first period's last day, within 14 days",
    { talkCourses: [talkCourse('2026-06-01', [held('2026-06-03')])] },
    [['talk_due', '2026-11-30', false, 'follow_up']],
  ],
  [
    'after the first 6 months: when needed, no false overdue task',
    { talkCourses: [talkCourse('2026-03-02', [held('2026-06-10')])] },
    [],
  ],
  [
    'talk due exactly 14 days ahead',
    { talkCourses: [talkCourse('2026-12-07')] },
    [['talk_due', '2026-12-14', false, 'first']],
  ],
  ['talk due 15 days ahead: not yet', { talkCourses: [talkCourse('2026-12-08')] }, []],
  ['ended course: no talk task', { talkCourses: [talkCourse('2026-11-01', [], '2026-11-20')] }, []],
  // referral_waiting
  [
    'a referral waiting for the provider (caseworker)',
    { referrals: [{ ...citizen, referralId: 'r1', referredOn: '2026-11-20', side: 'job_centre' }] },
    [['referral_waiting', '2026-11-27', true, 'waiting']],
  ],
  [
    'a referral that needs the provider’s answer',
    { referrals: [{ ...citizen, referralId: 'r1', referredOn: '2026-11-29', side: 'provider' }] },
    [['referral_waiting', '2026-12-06', false, 'answer']],
  ],
  // internship_ending
  ...(
    [
      ['today', '2026-11-30', true],
      ['in 14 days', '2026-12-14', true],
      ['in 15 days', '2026-12-15', false],
      ['yesterday', '2026-11-29', false],
    ] as const
  ).map(([when, endsOn, shown]): Row => [
    `internship ending ${when}`,
    { internships: [{ ...citizen, courseId: 'k1', placementId: 'p1', endsOn, companyName: 'Café Sydhavn' }] },
    shown ? [['internship_ending', endsOn, false, null]] : [],
  ]),
  // aftercare_ending
  [
    'aftercare planned to end in 10 days',
    {
      providerCourses: [
        providerCourse({
          endsOn: '2026-09-30',
          aftercareStartsOn: '2026-10-01',
          aftercarePlannedEndsOn: '2026-12-10',
          finalReportCompletedOn: '2026-10-05',
        }),
      ],
    },
    [['aftercare_ending', '2026-12-10', false, null]],
  ],
  [
    'aftercare past its planned end and not ended',
    {
      providerCourses: [
        providerCourse({
          endsOn: '2026-08-31',
          aftercareStartsOn: '2026-09-01',
          aftercarePlannedEndsOn: '2026-11-30',
          finalReportCompletedOn: '2026-09-05',
        }),
      ],
    },
    [['aftercare_ending', '2026-11-30', false, null]],
  ],
  [
    'aftercare ended: no task',
    {
      providerCourses: [
        providerCourse({
          endsOn: '2026-08-31',
          aftercareStartsOn: '2026-09-01',
          aftercarePlannedEndsOn: '2026-11-30',
          aftercareEndsOn: '2026-11-20',
          finalReportCompletedOn: '2026-09-05',
        }),
      ],
    },
    [],
  ],
  // documentation_missing
  [
    'a new course has 14 days for its first entry',
    { providerCourses: [providerCourse({ startsOn: '2026-11-17' })] },
    [],
  ],
  [
    'no entry since the start 14 days ago',
    { providerCourses: [providerCourse({ startsOn: '2026-11-16' })] },
    [['documentation_missing', '2026-11-30', false, 'entries']],
  ],
  [
    'last entry 20 days ago',
    { providerCourses: [providerCourse({ startsOn: '2026-01-05', lastEntryOn: '2026-11-10' })] },
    [['documentation_missing', '2026-11-24', true, 'entries']],
  ],
  [
    'an entry within 14 days',
    { providerCourses: [providerCourse({ startsOn: '2026-01-05', lastEntryOn: '2026-11-20' })] },
    [],
  ],
  [
    'ended without a completed final report',
    { providerCourses: [providerCourse({ endsOn: '2026-11-25' })] },
    [['documentation_missing', '2026-12-09', false, 'final_report']],
  ],
  [
    'a final report missing for 90 days after its due date is still a task',
    { providerCourses: [providerCourse({ endsOn: '2026-08-18' })] },
    [['documentation_missing', '2026-09-01', true, 'final_report']],
  ],
  [
    'a final report missing for longer is history, not a task',
    { providerCourses: [providerCourse({ endsOn: '2026-08-17' })] },
    [],
  ],
  [
    'ended with a completed final report',
    { providerCourses: [providerCourse({ endsOn: '2026-11-25', finalReportCompletedOn: '2026-11-26' })] },
    [],
  ],
];

describe('the task list, derived from dates', () => {
  it.each(CASES)('%s', (_name, facts, expected) => {
    const tasks = deriveTasks({ ...none, ...facts });
    expect(tasks.map((t) => [t.kind, t.dueOn, t.overdue, t.detail])).toEqual(
      expected.map(([kind, dueOn, overdue, detail]) => [kind, dueOn, overdue, detail ?? null]),
    );
  });

  it('sorts by due date and links each task to its course or referral', () => {
    const tasks = deriveTasks({
      ...none,
      talkCourses: [{ ...talkCourse('2026-11-01'), courseId: 'k2', citizenName: 'Bo' }],
      referrals: [{ ...citizen, referralId: 'r1', referredOn: '2026-11-20', side: 'job_centre' }],
      internships: [
        { ...citizen, courseId: 'k3', placementId: 'p1', endsOn: '2026-12-01', companyName: 'Café' },
      ],
    });
    expect(tasks.map((t) => [t.key, t.courseId, t.referralId, t.companyName])).toEqual([
      ['talk_due:k2', 'k2', null, null],
      ['referral_waiting:r1', null, 'r1', null],
      ['internship_ending:p1', 'k3', null, 'Café'],
    ]);
  });

  it('uses the configured follow-up interval', () => {
    const facts = { ...none, talkCourses: [talkCourse('2026-08-03', [held('2026-09-01')])] };
    expect(deriveTasks(facts)).toEqual([]);
    expect(deriveTasks(facts, jobTalkRulesWithFollowUp(3))).toMatchObject([
      { kind: 'talk_due', dueOn: '2026-12-01', overdue: false },
    ]);
  });
});

describe('absence follow-up tasks (issue 12)', () => {
  it.each([
    ['2026-06-01', '2026-06-08', true],
    ['2026-06-03', '2026-06-10', false],
  ])('an absence on %s is due on %s (overdue: %s on 2026-06-09)', (absentOn, dueOn, overdue) => {
    const tasks = deriveTasks({
      today: '2026-06-09',
      talkCourses: [],
      referrals: [],
      internships: [],
      providerCourses: [],
      absences: [
        { absenceId: 'x', courseId: 'c', citizenId: 'p', citizenName: 'Syntetisk Borger', absentOn },
      ],
    });
    expect(tasks).toEqual([
      expect.objectContaining({
        kind: 'absence_follow_up',
        dueOn,
        overdue,
        courseId: 'c',
        key: 'absence_follow_up:x',
      }),
    ]);
  });
});
