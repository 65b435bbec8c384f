// The watch on creaming and parking (issue 13, docs/fairness.md "Selection"). Pure.
//   Expected-chance band of a cell: the cells of the exit table that hold courses, ordered by their
//   pooled exit rate (ties by age, then history band), split in thirds: low, middle, high.
//   Per provider and band, the referrals made in the period: referred, accepted, rejected, withdrawn, and
//   early ends (the referral's course ended within 28 days of its start).
//   creamingP: Fisher's exact test, one-sided, that the provider rejects a larger share of its decided
//   referrals (accepted or rejected) in the low band than in the high band; flagged when p < 0.05.
import {
  CHANCE_BANDS,
  type FairnessCell,
  type SelectionRow,
} from '../../../shared/outcomes/fairness.schemas.ts';
import type { Provider } from './outcome-tables.ts';

export { CHANCE_BANDS };
export type ChanceBand = (typeof CHANCE_BANDS)[number];
/** A course that ended within this many days of its start is an early end. */
export const EARLY_END_DAYS = 28;
/** Flag below this one-sided p. */
export const CREAMING_ALPHA = 0.05;

const lnFactorials: number[] = [0];
function lnFactorial(n: number): number {
  for (let k = lnFactorials.length; k <= n; k++) lnFactorials.push(lnFactorials[k - 1]! + Math.log(k));
  return lnFactorials[n]!;
}

/**
 * Fisher's exact test, one-sided ("greater"), of the 2 × 2 table [[a, b], [c, d]]: the probability, with
 * all margins fixed, of an upper-left cell of a or more (R: fisher.test(matrix(c(a, c, b, d), 2),
 * alternative = "greater")$p.value). 1 for an empty table.
 */
export function fisherExactGreater(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lnChoose = (m: number, k: number) => lnFactorial(m) - lnFactorial(k) - lnFactorial(m - k);
  // P(X = x) = C(row1, x) · C(row2, col1 − x) / C(n, col1), the hypergeometric distribution.
  const lnDenominator = lnChoose(row1 + row2, col1);
  let p = 0;
  for (let x = a; x <= Math.min(row1, col1); x++) {
    p += Math.exp(lnChoose(row1, x) + lnChoose(row2, col1 - x) - lnDenominator);
  }
  return Math.min(1, p);
}

const cellKey = (age: string, history: string) => `${age}|${history}`;

/** The band of each exit cell with courses, by the key `age|history`. */
export function chanceBands(cells: readonly FairnessCell[]): Map<string, ChanceBand> {
  const ranked = cells
    .filter((c) => c.table === 'exit' && c.rate !== null)
    .map((c, order) => ({ key: cellKey(c.ageBand, c.historyBand), rate: c.rate!, order }))
    .sort((x, y) => x.rate - y.rate || x.order - y.order);
  return new Map(ranked.map((c, i) => [c.key, CHANCE_BANDS[Math.floor((3 * i) / ranked.length)]!]));
}

export function bandOf(
  bands: ReadonlyMap<string, ChanceBand>,
  age: string,
  history: string,
): ChanceBand | null {
  return bands.get(cellKey(age, history)) ?? null;
}

export interface SelectionItem {
  providerId: string;
  band: ChanceBand;
  status: 'pending' | 'accepted' | 'rejected' | 'withdrawn';
  isEarlyEnd: boolean;
  /** Referrals alike in all of the above (default 1). */
  count?: number;
}

const countOf = (items: readonly SelectionItem[]) => items.reduce((n, item) => n + (item.count ?? 1), 0);

/** Three rows (low, middle, high) per provider with a referral, providers by name: no ranks. */
export function buildSelectionRows(
  providers: ReadonlyMap<string, Provider>,
  items: readonly SelectionItem[],
): SelectionRow[] {
  const byProvider = new Map<string, SelectionItem[]>();
  for (const item of items) {
    const list = byProvider.get(item.providerId);
    if (list) list.push(item);
    else byProvider.set(item.providerId, [item]);
  }
  return [...byProvider.entries()]
    .map(([id, own]) => ({ provider: providers.get(id) ?? { id, code: id, name: id }, own }))
    .sort((x, y) => x.provider.name.localeCompare(y.provider.name, 'da'))
    .flatMap(({ provider, own }) => {
      const counts = CHANCE_BANDS.map((band) => {
        const inBand = own.filter((i) => i.band === band);
        const count = (status: SelectionItem['status']) => countOf(inBand.filter((i) => i.status === status));
        return {
          band,
          referred: countOf(inBand),
          accepted: count('accepted'),
          rejected: count('rejected'),
          withdrawn: count('withdrawn'),
          earlyEnds: countOf(inBand.filter((i) => i.isEarlyEnd)),
        };
      });
      const low = counts[0]!;
      const high = counts[2]!;
      const creamingP =
        low.accepted + low.rejected === 0 || high.accepted + high.rejected === 0
          ? null
          : fisherExactGreater(low.rejected, low.accepted, high.rejected, high.accepted);
      const flagged = creamingP !== null && creamingP < CREAMING_ALPHA;
      return counts.map((c) => ({
        providerCode: provider.code,
        providerName: provider.name,
        ...c,
        creamingP,
        flagged,
      }));
    });
}
