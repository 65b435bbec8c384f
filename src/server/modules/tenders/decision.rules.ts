// Rules of the committee's decision record (seed 003, "Beslutning"): the outcome of a vote, the checks on
// recorded votes and party letters, and an amendment's alternative sub-criteria weighting. Pure functions.

export type Outcome = 'adopted' | 'rejected';

export interface VoteGroup {
  count: number;
  parties: readonly string[];
}

export interface Votes {
  for: VoteGroup;
  against: VoteGroup;
  abstaining: VoteGroup;
}

export interface RuleProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A proposal is adopted when more vote for than against (a tie rejects it); without votes there is no outcome. */
export function outcomeOf(votes: Pick<Votes, 'for' | 'against'> | null): Outcome | null {
  if (votes === null) return null;
  return votes.for.count > votes.against.count ? 'adopted' : 'rejected';
}

/** A party letter: one to three letters, e.g. Ø, Å, SF (Danish party letters are upper case). */
export const PARTY_CODE = /^[A-ZÆØÅ]{1,3}$/;

/** Trims and upper-cases party letters and drops repeats, keeping their order. */
export function normaliseParties(parties: readonly string[]): string[] {
  const result: string[] = [];
  for (const party of parties) {
    const code = party.trim().toLocaleUpperCase('da-DK');
    if (code !== '' && !result.includes(code)) result.push(code);
  }
  return result;
}

const GROUPS = ['for', 'against', 'abstaining'] as const;

/** Problems of recorded votes: counts are whole numbers ≥ 0, party letters short codes, no parties on 0 votes. */
export function voteProblems(votes: Votes): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const group of GROUPS) {
    const { count, parties } = votes[group];
    if (!Number.isInteger(count) || count < 0) {
      problems.push({ field: `votes.${group}.count`, key: 'tender.vote_count' });
    }
    const bad = parties.find((p) => !PARTY_CODE.test(p));
    if (bad !== undefined) {
      problems.push({ field: `votes.${group}.parties`, key: 'tender.party_code', params: { party: bad } });
    } else if (count === 0 && parties.length > 0) {
      problems.push({ field: `votes.${group}.parties`, key: 'tender.vote_parties_without_votes' });
    }
  }
  return problems;
}

/** A criterion code: lower-case letters, digits and underscores, e.g. "progression". */
export const CRITERION_CODE = /^[a-z][a-z0-9_]{0,39}$/;

/** Problems of an alternative weighting: known-looking codes, weights ≥ 0, summing to 100 (percent) or 1. */
export function weightingProblems(weights: Record<string, number>): RuleProblem[] {
  const field = 'criteriaWeights';
  const entries = Object.entries(weights);
  if (entries.length === 0) return [{ field, key: 'tender.weights_empty' }];
  const badCode = entries.find(([code]) => !CRITERION_CODE.test(code));
  if (badCode) return [{ field, key: 'tender.criterion_code', params: { code: badCode[0] } }];
  const badWeight = entries.find(([, w]) => !Number.isFinite(w) || w < 0);
  if (badWeight) return [{ field, key: 'tender.weight_negative', params: { code: badWeight[0] } }];
  const sum = entries.reduce((total, [, w]) => total + w, 0);
  const close = (target: number) => Math.abs(sum - target) < 1e-9 * Math.max(1, target);
  if (!close(100) && !close(1)) {
    return [{ field, key: 'tender.weights_sum', params: { sum: Number(sum.toFixed(6)) } }];
  }
  return [];
}
