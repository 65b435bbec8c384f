// Pure rules of follow-up meetings: overdue actions, closing days, the people who may be chosen.
import { describe, expect, it } from 'vitest';
import { closedOnAfter, isActionOverdue, normaliseParticipants, unknownPeople } from './meeting.rules.ts';

describe('isActionOverdue', () => {
  it.each([
    { status: 'open', dueOn: '2026-03-01', today: '2026-03-02', overdue: true },
    { status: 'open', dueOn: '2026-03-02', today: '2026-03-02', overdue: false },
    { status: 'open', dueOn: '2026-03-03', today: '2026-03-02', overdue: false },
    { status: 'done', dueOn: '2026-01-01', today: '2026-03-02', overdue: false },
    { status: 'cancelled', dueOn: '2026-01-01', today: '2026-03-02', overdue: false },
  ] as const)(
    'is $overdue for a $status action due $dueOn on $today',
    ({ status, dueOn, today, overdue }) => {
      expect(isActionOverdue({ status, dueOn }, today)).toBe(overdue);
    },
  );
});

describe('closedOnAfter', () => {
  it('closes an open action today', () => {
    expect(closedOnAfter({ status: 'open', closedOn: null }, 'done', '2026-03-02')).toBe('2026-03-02');
  });
  it('keeps the closing day of an action that stays closed', () => {
    expect(closedOnAfter({ status: 'done', closedOn: '2026-02-01' }, 'done', '2026-03-02')).toBe(
      '2026-02-01',
    );
  });
  it('gives a new closing day when a done action is cancelled instead', () => {
    expect(closedOnAfter({ status: 'done', closedOn: '2026-02-01' }, 'cancelled', '2026-03-02')).toBe(
      '2026-03-02',
    );
  });
  it('drops the closing day of a reopened action', () => {
    expect(closedOnAfter({ status: 'done', closedOn: '2026-02-01' }, 'open', '2026-03-02')).toBeNull();
  });
});

describe('unknownPeople', () => {
  it('names each id not among the people once', () => {
    expect(unknownPeople(['a', 'x', 'x', 'b'], [{ id: 'a' }, { id: 'b' }])).toEqual(['x']);
  });
});

describe('normaliseParticipants', () => {
  it('keeps each user once and drops an empty organisation', () => {
    expect(
      normaliseParticipants({
        participantUserIds: ['u1', 'u1', 'u2'],
        externals: [
          { name: ' Bo Ekstern ', organisation: ' ' },
          { name: 'Ida', organisation: ' Lokaludvalget ' },
        ],
      }),
    ).toEqual({
      userIds: ['u1', 'u2'],
      externals: [
        { name: 'Bo Ekstern', organisation: null },
        { name: 'Ida', organisation: 'Lokaludvalget' },
      ],
    });
  });
});
