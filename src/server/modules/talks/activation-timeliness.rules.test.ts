import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_RULES,
  activationDeadline,
  addActivationCounts,
  countActivation,
  isCountingOffer,
  judgeActivation,
  registerRunsOfCodes,
  type ActivationOffer,
} from './activation-timeliness.rules.ts';
import { benefitPeriodStart } from './talk.rules.ts';
import { addOutreachCounts, countOutreach } from './outreach-measure.rules.ts';

const internship = (startsOn: string, endsOn: string | null = null): ActivationOffer => ({
  kind: 'internship',
  startsOn,
  endsOn,
});

describe('the deadline of the right-and-duty offer (LAB § 102, stk. 1)', () => {
  it('falls on the day the period has run 6 months', () => {
    expect(activationDeadline('2025-01-10').deadline).toBe('2025-07-10');
  });

  it('clamps to the month end when the month is shorter', () => {
    expect(activationDeadline('2025-08-31').deadline).toBe('2026-02-28');
  });

  it('judges a period begun before 2020 by the oldest version, whose source says the older rule was not sourced', () => {
    const result = activationDeadline('2018-11-08');
    expect(result.deadline).toBe('2019-05-08');
    expect(result.source).toBe(ACTIVATION_RULES[0]!.source);
  });

  it('chooses the version by the day the period began', () => {
    expect(activationDeadline('2026-06-30').source).toBe(ACTIVATION_RULES[0]!.source);
    expect(activationDeadline('2026-07-01').source).toBe(ACTIVATION_RULES[1]!.source);
  });
});

describe('which offers count', () => {
  const rules = activationDeadline('2025-01-01').rules;

  it('counts an internship of exactly 2 weeks and not one of 13 days (stk. 2)', () => {
    expect(isCountingOffer(internship('2025-03-03', '2025-03-16'), rules)).toBe(true);
    expect(isCountingOffer(internship('2025-03-03', '2025-03-15'), rules)).toBe(false);
  });

  it('counts a running offer, whose length is not known yet', () => {
    expect(isCountingOffer(internship('2025-03-03'), rules)).toBe(true);
  });

  it('never counts guidance and upskilling, which may be a § 91 offer (stk. 6)', () => {
    expect(isCountingOffer({ kind: 'guidance', startsOn: '2025-03-03', endsOn: null }, rules)).toBe(false);
  });
});

describe('judging an obligation', () => {
  const start = '2025-01-10';

  it('is timely when the offer begins on the deadline and late the day after', () => {
    expect(judgeActivation(start, [internship('2025-07-10')], '2025-12-31').status).toBe('timely');
    const late = judgeActivation(start, [internship('2025-07-11')], '2025-12-31');
    expect(late).toMatchObject({ status: 'late', offerStartsOn: '2025-07-11', deadline: '2025-07-10' });
  });

  it('gives a wage-subsidy job 3 weeks after the deadline (stk. 3)', () => {
    const offer = (startsOn: string): ActivationOffer => ({ kind: 'wage_subsidy', startsOn, endsOn: null });
    expect(judgeActivation(start, [offer('2025-07-31')], '2025-12-31').status).toBe('timely');
    expect(judgeActivation(start, [offer('2025-08-01')], '2025-12-31').status).toBe('late');
  });

  it('is missing when no counting offer has begun by the day judged', () => {
    const offers = [internship('2025-03-03', '2025-03-10'), internship('2026-01-05')];
    expect(judgeActivation(start, offers, '2025-12-31').status).toBe('missing');
  });

  it('is not due before the deadline unless the offer has already begun', () => {
    expect(judgeActivation(start, [], '2025-07-09').status).toBeNull();
    expect(judgeActivation(start, [internship('2025-02-01')], '2025-07-09').status).toBe('timely');
  });

  it('does not count an offer begun before the period (an earlier period)', () => {
    expect(judgeActivation(start, [internship('2025-01-09')], '2025-12-31').status).toBe('missing');
  });

  it('takes the first timely offer when a too-short one came first', () => {
    const offers = [internship('2025-02-01', '2025-02-05'), internship('2025-05-01', '2025-06-30')];
    expect(judgeActivation(start, offers, '2025-12-31')).toMatchObject({
      status: 'timely',
      offerStartsOn: '2025-05-01',
    });
  });
});

describe('the period start from hand-made register rows', () => {
  // Weeks from Monday 6 Jan 2025: two weeks without benefit, 130 for three weeks, then 133 (a new benefit:
  // a new period, LAB § 9, stk. 1, nr. 2).
  const runs = registerRunsOfCodes('2025-01-06', [0, 0, 130, 130, 130, 133, 133]);
  const register = { runs, benefitCodes: new Set(['130', '133']) };

  it('groups equal codes into runs from Monday to Sunday', () => {
    expect(runs).toEqual([
      { from: '2025-01-06', to: '2025-01-19', code: null },
      { from: '2025-01-20', to: '2025-02-09', code: '130' },
      { from: '2025-02-10', to: '2025-02-23', code: '133' },
    ]);
  });

  it('starts the period with the run that holds the day, and a change of benefit starts a new one', () => {
    expect(benefitPeriodStart({ register }, '2025-02-09')).toEqual({
      startsOn: '2025-01-20',
      source: 'register',
    });
    expect(benefitPeriodStart({ register }, '2025-02-10')).toEqual({
      startsOn: '2025-02-10',
      source: 'register',
    });
  });

  it('has no period in a week without a benefit, and a recorded first request wins', () => {
    expect(benefitPeriodStart({ register }, '2025-01-10')).toBeNull();
    expect(benefitPeriodStart({ register, firstRequestOn: '2024-12-01' }, '2025-02-10')).toEqual({
      startsOn: '2024-12-01',
      source: 'recorded',
    });
  });

  it('does not take a code the codebook does not count as a benefit', () => {
    const notBenefit = { runs, benefitCodes: new Set(['130']) };
    expect(benefitPeriodStart({ register: notBenefit }, '2025-02-12')).toBeNull();
  });
});

describe('counting', () => {
  it('counts due = timely + late + missing and timeliness = timely / due', () => {
    const counts = countActivation([
      { status: 'timely', derived: false },
      { status: 'timely', derived: true },
      { status: 'late', derived: false },
      { status: 'missing', derived: false },
    ]);
    expect(counts).toEqual({
      due: 4,
      timely: 2,
      late: 1,
      missing: 1,
      derived: 1,
      timeliness: { numerator: 2, denominator: 4, percent: 50 },
    });
    expect(addActivationCounts([counts, countActivation([])])).toEqual(counts);
    expect(countActivation([]).timeliness.percent).toBeNull();
  });

  it('counts each citizen once in the outreach measure, whatever their courses', () => {
    const counts = countOutreach([
      { citizenId: 'a', firstInternshipOn: '2025-03-01', firstProgressionOn: null },
      { citizenId: 'a', firstInternshipOn: null, firstProgressionOn: '2025-04-01' },
      { citizenId: 'b', firstInternshipOn: null, firstProgressionOn: '2025-05-01' },
      { citizenId: 'c', firstInternshipOn: null, firstProgressionOn: null },
    ]);
    expect(counts).toEqual({
      citizens: 3,
      internship: 1,
      progression: 2,
      reached: 2,
      share: { numerator: 2, denominator: 3, percent: 67 },
    });
    expect(addOutreachCounts([counts, counts]).share).toEqual({ numerator: 4, denominator: 6, percent: 67 });
  });
});
