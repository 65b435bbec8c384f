// Party hearing (issue 12): the pure checks of a sending and of what came back.
import { describe, expect, it } from 'vitest';
import {
  checkPartyHearingOutcome,
  checkPartyHearingSending,
  isReceivedAfterDeadline,
} from './party-hearing.rules.ts';

const TODAY = '2026-12-10';
const course = { startsOn: '2026-09-07' };
const hearing = { sentOn: '2026-12-01', deadlineOn: '2026-12-08' };

describe('a party hearing sending', () => {
  it('accepts a sending during the course with a later deadline', () => {
    expect(
      checkPartyHearingSending({ sentOn: '2026-12-01', deadlineOn: '2026-12-15' }, course, TODAY),
    ).toEqual([]);
  });

  it.each([
    [
      { sentOn: '2026-12-11', deadlineOn: '2026-12-25' },
      [{ field: 'sentOn', message: 'party_hearing.future' }],
    ],
    [
      { sentOn: '2026-09-04', deadlineOn: '2026-09-18' },
      [{ field: 'sentOn', message: 'party_hearing.sent_before_course', params: { startsOn: '2026-09-07' } }],
    ],
    [
      { sentOn: '2026-12-01', deadlineOn: '2026-12-01' },
      [
        {
          field: 'deadlineOn',
          message: 'party_hearing.deadline_not_after_sent',
          params: { sentOn: '2026-12-01' },
        },
      ],
    ],
    [
      { sentOn: '2026-12-01', deadlineOn: '2026-11-30' },
      [
        {
          field: 'deadlineOn',
          message: 'party_hearing.deadline_not_after_sent',
          params: { sentOn: '2026-12-01' },
        },
      ],
    ],
  ])('refuses %j', (input, problems) => {
    expect(checkPartyHearingSending(input, course, TODAY)).toEqual(problems);
  });
});

describe('what came back from a party hearing', () => {
  it('accepts comments on the day sent, before, on and after the deadline', () => {
    for (const outcomeOn of ['2026-12-01', '2026-12-05', '2026-12-08', '2026-12-10']) {
      expect(checkPartyHearingOutcome({ outcome: 'comments', outcomeOn }, hearing, TODAY)).toEqual([]);
    }
  });

  it('refuses comments dated before the documentation was sent, or in the future', () => {
    expect(
      checkPartyHearingOutcome({ outcome: 'comments', outcomeOn: '2026-11-30' }, hearing, TODAY),
    ).toEqual([
      { field: 'outcomeOn', message: 'party_hearing.outcome_before_sent', params: { sentOn: '2026-12-01' } },
    ]);
    expect(
      checkPartyHearingOutcome({ outcome: 'comments', outcomeOn: '2026-12-11' }, hearing, TODAY),
    ).toEqual([{ field: 'outcomeOn', message: 'party_hearing.future' }]);
  });

  it('accepts "no comments received" only after the last day of the deadline', () => {
    expect(
      checkPartyHearingOutcome({ outcome: 'no_comments', outcomeOn: '2026-12-08' }, hearing, TODAY),
    ).toEqual([
      {
        field: 'outcomeOn',
        message: 'party_hearing.no_comments_before_deadline',
        params: { deadlineOn: '2026-12-08' },
      },
    ]);
    expect(
      checkPartyHearingOutcome({ outcome: 'no_comments', outcomeOn: '2026-12-09' }, hearing, TODAY),
    ).toEqual([]);
  });

  it('marks comments received after the deadline', () => {
    const base = { deadlineOn: '2026-12-08' };
    expect(isReceivedAfterDeadline({ ...base, outcome: 'comments', outcomeOn: '2026-12-09' })).toBe(true);
    expect(isReceivedAfterDeadline({ ...base, outcome: 'comments', outcomeOn: '2026-12-08' })).toBe(false);
    expect(isReceivedAfterDeadline({ ...base, outcome: 'no_comments', outcomeOn: '2026-12-09' })).toBe(false);
    expect(isReceivedAfterDeadline({ ...base, outcome: null, outcomeOn: null })).toBe(false);
  });
});
