import { describe, expect, it } from 'vitest';
import { parsePartyInput, parseWeightsInput, partyList, voteLine, weightsText } from './decision.format.ts';

const labels = { for: 'For', against: 'Imod', abstaining: 'Undlod' };

describe('the decision record as text', () => {
  it('lists parties the Danish way, as seed 003 writes them', () => {
    expect(partyList(['Ø', 'Å'], 'da')).toBe('Ø og Å');
    expect(partyList(['F', 'B', 'A'], 'da')).toBe('F, B og A');
  });

  it('writes a vote line with counts and parties, leaving out an empty party list', () => {
    const votes = {
      for: { count: 8, parties: ['Ø', 'F', 'A', 'Å'] },
      against: { count: 0, parties: [] },
      abstaining: { count: 3, parties: ['B', 'C', 'V'] },
    };
    expect(voteLine(votes, labels, 'da')).toBe('For: 8 (Ø, F, A og Å) · Imod: 0 · Undlod: 3 (B, C og V)');
  });

  it('writes and reads a weighting, and reads party letters typed with "og"', () => {
    expect(weightsText({ progression: 30, local: 40, individual: 30 }, 'da')).toBe(
      'progression 30, local 40, individual 30',
    );
    expect(parseWeightsInput('progression=30, local: 40, individual=30 %')).toEqual({
      progression: 30,
      local: 40,
      individual: 30,
    });
    expect(parseWeightsInput('  ')).toBeNull();
    expect(parseWeightsInput('tredive procent')).toBeUndefined();
    expect(parsePartyInput('F, B og A')).toEqual(['F', 'B', 'A']);
  });
});
