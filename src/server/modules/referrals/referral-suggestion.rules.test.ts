import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  suggestProviders,
  type SuggestionCandidate,
  type SuggestionInput,
} from './referral-suggestion.rules.ts';

const VESTERBRO = 'Vesterbro/Kongens Enghave';
const NOT_ACTIVITY_READY = { kind: 'activity_ready_cash_benefit', reason: 'Ikke aktivitetsparat.' } as const;
const ABUSE_UNKNOWN = { kind: 'abuse_problem', reason: 'Misbrug ikke registreret.' } as const;

type Eligibility = 'met' | 'fails' | 'unknown' | 'no_rules';

/** A candidate named after its provider: district, places (null: no frame), occupied, eligibility. */
function candidate(
  name: string,
  district: string | null,
  places: number | null,
  occupied: number,
  eligibility: Eligibility = 'met',
  area = 'Udsatte borgere',
): SuggestionCandidate {
  return {
    agreementId: `agreement-${name}-${area}`,
    provider: { id: `provider-${name}`, name, district },
    tenderArea: { id: `area-${area}`, name: area },
    eligibility: {
      eligible: eligibility === 'fails' ? false : eligibility === 'unknown' ? null : true,
      ruleCount: eligibility === 'no_rules' ? 0 : 2,
      failing: eligibility === 'fails' ? [NOT_ACTIVITY_READY] : [],
      unknown: eligibility === 'unknown' ? [ABUSE_UNKNOWN] : [],
    },
    capacity: { places, occupied },
  };
}

const input = (candidates: SuggestionCandidate[], citizenDistrict: string | null = VESTERBRO) => ({
  year: 2026,
  citizenDistrict,
  candidates,
});

const names = (items: { provider: { name: string } }[]) => items.map((s) => s.provider.name);

describe('the order of suggested providers', () => {
  it.each<[string, SuggestionCandidate[], string[], string[]]>([
    [
      'own district before more free places elsewhere',
      [candidate('Servisio', 'Bispebjerg', 40, 0), candidate('Settlementet', VESTERBRO, 10, 8)],
      ['Settlementet', 'Servisio'],
      [],
    ],
    [
      'eligible with capacity before an own-district provider without a frame',
      [candidate('Opzoomerne', VESTERBRO, null, 3), candidate('Servisio', 'Bispebjerg', 5, 1)],
      ['Servisio', 'Opzoomerne'],
      [],
    ],
    [
      'eligible with capacity before an own-district provider where a fact is not recorded',
      [candidate('Opzoomerne', VESTERBRO, 9, 0, 'unknown'), candidate('Servisio', 'Bispebjerg', 5, 1)],
      ['Servisio', 'Opzoomerne'],
      [],
    ],
    [
      'most free places within the same district',
      [
        candidate('A-huset', VESTERBRO, 10, 9),
        candidate('B-huset', VESTERBRO, 10, 2),
        candidate('C-huset', VESTERBRO, 20, 15),
      ],
      ['B-huset', 'C-huset', 'A-huset'],
      [],
    ],
    [
      'a tie broken by name (Danish order: Æ, Ø, Å last)',
      [
        candidate('Åbent Hus', 'Valby', 5, 0),
        candidate('Ørsted', 'Valby', 5, 0),
        candidate('Zebra', 'Valby', 5, 0),
      ],
      ['Zebra', 'Ørsted', 'Åbent Hus'],
      [],
    ],
    [
      'full and not eligible providers are not suggested, by name',
      [
        candidate('Settlementet', VESTERBRO, 10, 10),
        candidate('Servisio', 'Bispebjerg', 10, 2, 'fails'),
        candidate('HKI', null, 10, 0),
      ],
      ['HKI'],
      ['Servisio', 'Settlementet'],
    ],
    [
      'no frame and a fact not recorded: still suggested, last',
      [candidate('Uvis', VESTERBRO, null, 0, 'unknown'), candidate('Viss', 'Valby', null, 0)],
      ['Uvis', 'Viss'],
      [],
    ],
    ['nothing to suggest from nothing', [], [], []],
  ])('%s', (_title, candidates, suggested, notSuggested) => {
    const result = suggestProviders(input(candidates));
    expect(names(result.suggested)).toEqual(suggested);
    expect(names(result.notSuggested)).toEqual(notSuggested);
  });
});

describe('the reasons of a suggestion', () => {
  it.each<[string, SuggestionCandidate, string | null, unknown[]]>([
    [
      'own district, free places, target group met',
      candidate('SydhavnsCompagniet', VESTERBRO, 20, 6),
      VESTERBRO,
      [
        { key: 'own_district', tone: 'for', values: { district: VESTERBRO } },
        { key: 'free_capacity', tone: 'for', values: { year: 2026, free: 14, places: 20 } },
        { key: 'eligible', tone: 'for', values: {} },
      ],
    ],
    [
      'another district, no frame, no target-group rules',
      candidate('Servisio', 'Bispebjerg', null, 2, 'no_rules'),
      VESTERBRO,
      [
        {
          key: 'other_district',
          tone: 'neutral',
          values: { providerDistrict: 'Bispebjerg', citizenDistrict: VESTERBRO },
        },
        { key: 'capacity_unknown', tone: 'neutral', values: { year: 2026 } },
        { key: 'no_rules', tone: 'for', values: {} },
      ],
    ],
    [
      'district not recorded, a fact not recorded',
      candidate('HKI', null, 5, 0, 'unknown'),
      null,
      [
        { key: 'district_unknown', tone: 'neutral', values: {} },
        { key: 'free_capacity', tone: 'for', values: { year: 2026, free: 5, places: 5 } },
        {
          key: 'eligibility_unknown',
          tone: 'neutral',
          values: { rule: 'abuse_problem', reason: 'Misbrug ikke registreret.' },
        },
      ],
    ],
  ])('%s', (_title, one, citizenDistrict, reasons) => {
    const [suggestion] = suggestProviders(input([one], citizenDistrict)).suggested;
    expect(suggestion?.reasons).toEqual(reasons);
  });

  it('says first why a provider is not suggested: the failing rule and the taken places', () => {
    const result = suggestProviders(input([candidate('Servisio', VESTERBRO, 12, 15, 'fails')]));
    expect(result.notSuggested[0]).toMatchObject({
      eligible: false,
      ownDistrict: true,
      places: 12,
      freePlaces: 0,
      reasons: [
        { key: 'no_capacity', tone: 'against', values: { year: 2026, occupied: 15, places: 12 } },
        {
          key: 'not_eligible',
          tone: 'against',
          values: { rule: 'activity_ready_cash_benefit', reason: 'Ikke aktivitetsparat.' },
        },
        { key: 'own_district', tone: 'for', values: { district: VESTERBRO } },
      ],
    });
  });

  it('treats a frame that buys no place as no capacity, not as unknown', () => {
    const result = suggestProviders(input([candidate('Tom', 'Valby', 0, 0)]));
    expect(result.suggested).toEqual([]);
    expect(result.notSuggested[0]?.reasons[0]).toMatchObject({ key: 'no_capacity' });
  });
});

describe('invariants', () => {
  const candidateArb = fc
    .record({
      name: fc.constantFrom('A', 'B', 'Ø', 'Å', 'Settlementet', 'Servisio'),
      district: fc.constantFrom(VESTERBRO, 'Valby', 'Bispebjerg', null),
      places: fc.option(fc.integer({ min: 0, max: 40 })),
      occupied: fc.integer({ min: 0, max: 50 }),
      eligibility: fc.constantFrom<Eligibility>('met', 'fails', 'unknown', 'no_rules'),
      area: fc.constantFrom('Udsatte borgere', 'Kvinder'),
    })
    .map((c) => candidate(c.name, c.district, c.places, c.occupied, c.eligibility, c.area));
  const inputArb = fc.record({
    candidates: fc.uniqueArray(candidateArb, { selector: (c) => c.agreementId, maxLength: 8 }),
    citizenDistrict: fc.constantFrom(VESTERBRO, 'Valby', null),
  });

  it('keeps every candidate exactly once, whatever the input order', () => {
    fc.assert(
      fc.property(inputArb, (arb) => {
        const given: SuggestionInput = { year: 2026, ...arb };
        const result = suggestProviders(given);
        const reversed = suggestProviders({ ...given, candidates: [...given.candidates].reverse() });
        expect(reversed).toEqual(result);
        const ids = [...result.suggested, ...result.notSuggested].map((s) => s.agreementId).sort();
        expect(ids).toEqual(given.candidates.map((c) => c.agreementId).sort());
      }),
    );
  });

  it('suggests nothing that fails the target group or is full', () => {
    fc.assert(
      fc.property(inputArb, (arb) => {
        const { suggested, notSuggested } = suggestProviders({ year: 2026, ...arb });
        for (const s of suggested) {
          expect(s.eligible).not.toBe(false);
          expect(s.freePlaces).not.toBe(0);
        }
        for (const s of notSuggested) expect(s.reasons[0]?.tone).toBe('against');
      }),
    );
  });
});
