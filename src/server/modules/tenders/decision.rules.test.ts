import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseParties,
  outcomeOf,
  voteProblems,
  weightingProblems,
  type Votes,
} from './decision.rules.ts';

const group = (count: number, parties: string[] = []) => ({ count, parties });
const votes = (f: number, a: number, u: number): Votes => ({
  for: group(f),
  against: group(a),
  abstaining: group(u),
});

describe('the outcome of a vote', () => {
  it.each([
    { f: 4, a: 5, u: 2, outcome: 'rejected', note: "seed 003: Enhedslisten's amendment" },
    { f: 8, a: 0, u: 3, outcome: 'adopted', note: 'seed 003: the recommendation' },
    { f: 5, a: 5, u: 1, outcome: 'rejected', note: 'a tie' },
    { f: 0, a: 0, u: 11, outcome: 'rejected', note: 'everyone abstains' },
    { f: 1, a: 0, u: 0, outcome: 'adopted', note: 'one vote for' },
  ])('is $outcome with $f for, $a against and $u abstaining ($note)', ({ f, a, u, outcome }) => {
    expect(outcomeOf(votes(f, a, u))).toBe(outcome);
  });

  it('is not there before the proposal is voted on', () => {
    expect(outcomeOf(null)).toBeNull();
  });

  it('is adopted exactly when more vote for than against, whatever the abstentions', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (f, a, u) => {
        expect(outcomeOf(votes(f, a, u)) === 'adopted').toBe(f > a);
      }),
    );
  });
});

describe('recorded votes', () => {
  it('are accepted as seed 003 records them', () => {
    const seed: Votes = {
      for: group(4, ['Ø', 'Å']),
      against: group(5, ['F', 'B', 'A']),
      abstaining: group(2, ['C', 'V']),
    };
    expect(voteProblems(seed)).toEqual([]);
  });

  it('refuse negative or fractional counts, long party codes and parties on zero votes', () => {
    const problems = voteProblems({
      for: group(-1),
      against: group(1.5, ['Venstre']),
      abstaining: group(0, ['C']),
    });
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['votes.for.count', 'tender.vote_count'],
      ['votes.against.count', 'tender.vote_count'],
      ['votes.against.parties', 'tender.party_code'],
      ['votes.abstaining.parties', 'tender.vote_parties_without_votes'],
    ]);
  });

  it('have their party letters trimmed, upper-cased and without repeats', () => {
    expect(normaliseParties([' ø', 'Å', 'Ø', ''])).toEqual(['Ø', 'Å']);
  });
});

describe('an alternative sub-criteria weighting', () => {
  it("is accepted in percent (Enhedslisten's 30/40/30) and as fractions", () => {
    expect(weightingProblems({ progression: 30, local: 40, individual: 30 })).toEqual([]);
    expect(weightingProblems({ progression: 0.3, local: 0.4, individual: 0.3 })).toEqual([]);
  });

  it('is refused when it does not sum to 100 or 1, naming the sum', () => {
    expect(weightingProblems({ progression: 30, local: 40, individual: 20 })).toEqual([
      { field: 'criteriaWeights', key: 'tender.weights_sum', params: { sum: 90 } },
    ]);
  });

  it('is refused when empty, with a bad code or a negative weight', () => {
    expect(weightingProblems({})[0]?.key).toBe('tender.weights_empty');
    expect(weightingProblems({ 'Pris!': 100 })[0]?.key).toBe('tender.criterion_code');
    expect(weightingProblems({ a: 110, b: -10 })[0]?.key).toBe('tender.weight_negative');
  });
});
