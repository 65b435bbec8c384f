import { describe, expect, it } from 'vitest';
import {
  checkRunningPlacements,
  checkPlacement,
  isInNetwork,
  normalisePlacement,
  type PlacementContext,
  type PlacementDraft,
} from './placement.rules.ts';

const CONTEXT: PlacementContext = {
  course: { startsOn: '2026-01-05', endsOn: null },
  partnerships: [{ startsOn: '2025-01-01', endsOn: null }],
};

function draft(values: Partial<PlacementDraft> = {}): PlacementDraft {
  return normalisePlacement({
    kind: 'internship',
    startsOn: '2026-02-02',
    endsOn: '2026-05-03', // 13 weeks, both days included
    weeklyHoursTenths: null,
    extensionBasis: 'base',
    specialNeedExtensions: 0,
    assessmentNote: null,
    ...values,
  });
}

const fieldsOf = (d: PlacementDraft, context: PlacementContext = CONTEXT) =>
  checkPlacement(d, context).problems.map((p) => `${p.field}:${p.message}`);

describe('internship length (LAB § 61, the rule in force at the start)', () => {
  // 2026-02-02 + 13 weeks - 1 day = 2026-05-03; + 26 weeks - 1 day = 2026-08-02; 39 weeks: 2026-11-01.
  it.each<[string, Partial<PlacementDraft>, number, number, boolean]>([
    ['13 weeks on the base period', { endsOn: '2026-05-03' }, 13, 13, true],
    ['one day more than 13 weeks', { endsOn: '2026-05-04' }, 14, 13, false],
    [
      '26 weeks after a concrete assessment',
      { endsOn: '2026-08-02', extensionBasis: 'concrete_assessment', assessmentNote: 'Vurderet' },
      26,
      26,
      true,
    ],
    [
      '27 weeks after a concrete assessment',
      { endsOn: '2026-08-03', extensionBasis: 'concrete_assessment', assessmentNote: 'Vurderet' },
      27,
      26,
      false,
    ],
    [
      '39 weeks with one special-need extension',
      { endsOn: '2026-11-01', extensionBasis: 'special_need', specialNeedExtensions: 1, assessmentNote: 'x' },
      39,
      39,
      true,
    ],
    [
      '40 weeks with one special-need extension',
      { endsOn: '2026-11-02', extensionBasis: 'special_need', specialNeedExtensions: 1, assessmentNote: 'x' },
      40,
      39,
      false,
    ],
    [
      '40 weeks with two special-need extensions',
      { endsOn: '2026-11-02', extensionBasis: 'special_need', specialNeedExtensions: 2, assessmentNote: 'x' },
      40,
      52,
      true,
    ],
  ])('%s', (_name, values, weeks, maxWeeks, ok) => {
    const verdict = checkPlacement(draft(values), CONTEXT);
    expect(verdict.internshipCheck).toMatchObject({ weeks, maxWeeks, ok });
    expect(verdict.internshipCheck!.source).toContain('LAB § 61');
    const tooLong = verdict.problems.find((p) => p.message === 'course.placement_too_long');
    if (ok) expect(verdict.problems).toEqual([]);
    else
      expect(tooLong).toEqual({
        field: 'endsOn',
        message: 'course.placement_too_long',
        params: { weeks, maxWeeks, source: verdict.internshipCheck!.source },
      });
  });
});

describe('placement rules', () => {
  it.each<[string, Partial<PlacementDraft>, PlacementContext, string[]]>([
    ['a good internship', {}, CONTEXT, []],
    [
      'an internship without an end date',
      { endsOn: null },
      CONTEXT,
      ['endsOn:course.placement_end_required'],
    ],
    [
      'an assessed internship without the assessment',
      { extensionBasis: 'concrete_assessment', endsOn: '2026-06-01' },
      CONTEXT,
      ['assessmentNote:course.placement_assessment_note_required'],
    ],
    [
      'a special need without extensions',
      { extensionBasis: 'special_need', specialNeedExtensions: 0, assessmentNote: 'x' },
      CONTEXT,
      ['specialNeedExtensions:course.placement_extensions_required'],
    ],
    [
      'a small job without hours',
      { kind: 'small_job', endsOn: null },
      CONTEXT,
      ['weeklyHours:course.placement_hours_required'],
    ],
    [
      'a small job with hours and no end',
      { kind: 'small_job', endsOn: null, weeklyHoursTenths: 75 },
      CONTEXT,
      [],
    ],
    ['a wage subsidy without hours or end', { kind: 'wage_subsidy', endsOn: null }, CONTEXT, []],
    [
      'an end before the start',
      { kind: 'wage_subsidy', endsOn: '2026-02-01' },
      CONTEXT,
      ['endsOn:course.period'],
    ],
    [
      'a start before the course',
      { startsOn: '2026-01-04', endsOn: '2026-02-28' },
      CONTEXT,
      ['startsOn:course.placement_before_course'],
    ],
    [
      'a start after the course ended',
      { startsOn: '2026-07-01', endsOn: '2026-07-31' },
      { ...CONTEXT, course: { startsOn: '2026-01-05', endsOn: '2026-06-30' } },
      ['startsOn:course.placement_outside_course'],
    ],
    [
      'a company outside the network',
      {},
      { ...CONTEXT, partnerships: [] },
      ['companyId:course.placement_not_in_network'],
    ],
    [
      'a partnership that ended before the start',
      {},
      { ...CONTEXT, partnerships: [{ startsOn: '2025-01-01', endsOn: '2026-02-01' }] },
      ['companyId:course.placement_not_in_network'],
    ],
    [
      'a partnership that begins after the start',
      {},
      { ...CONTEXT, partnerships: [{ startsOn: '2026-02-03', endsOn: null }] },
      ['companyId:course.placement_not_in_network'],
    ],
  ])('%s', (_name, values, context, expected) => {
    expect(fieldsOf(draft(values), context)).toEqual(expected);
  });

  it('drops the extension basis of placements that are not internships', () => {
    expect(
      normalisePlacement({
        kind: 'small_job',
        startsOn: '2026-02-02',
        endsOn: null,
        weeklyHoursTenths: 50,
        extensionBasis: 'special_need',
        specialNeedExtensions: 2,
        assessmentNote: 'x',
      }),
    ).toMatchObject({ extensionBasis: 'base', specialNeedExtensions: 0, assessmentNote: null });
    expect(
      draft({ extensionBasis: 'concrete_assessment', specialNeedExtensions: 3 }).specialNeedExtensions,
    ).toBe(0);
  });

  it.each([
    ['2025-01-01', true],
    ['2026-02-01', true],
    ['2026-02-02', false],
    ['2024-12-31', false],
  ])('counts a partnership 2025-01-01 – 2026-02-01 as network on %s: %s', (onDate, expected) => {
    expect(isInNetwork([{ startsOn: '2025-01-01', endsOn: '2026-02-01' }], onDate)).toBe(expected);
  });
});

describe('placements running past a course end (issue 12)', () => {
  const running = [
    { id: 'a', startsOn: '2026-11-02' },
    { id: 'b', startsOn: '2026-12-14' },
  ];
  it.each([
    ['none decided', [], true, ['placements:course.placements_undecided']],
    ['one decided', [{ id: 'a', decision: 'end' }], true, ['placements:course.placements_undecided']],
    [
      'both decided, with aftercare',
      [
        { id: 'a', decision: 'end' },
        { id: 'b', decision: 'continue_in_aftercare' },
      ],
      true,
      [],
    ],
    [
      'continue without aftercare; end before it starts',
      [
        { id: 'a', decision: 'continue_in_aftercare' },
        { id: 'b', decision: 'end' },
      ],
      false,
      [
        'placements.a:course.placement_continue_needs_aftercare',
        'placements.b:course.placement_starts_after_end',
      ],
    ],
  ] as const)('%s', (_name, decisions, hasAftercare, expected) => {
    const problems = checkRunningPlacements(running, decisions, { endsOn: '2026-12-04', hasAftercare });
    expect(problems.map((p) => `${p.field}:${p.message}`)).toEqual(expected);
  });
});
