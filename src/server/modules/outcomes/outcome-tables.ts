// The three outcome tables assembled from classified courses: one row per provider with a course in
// the population and a total row that sums counts (never averages rates), each row with its share as
// the rules define it (outcome.rules.ts: exitShare, flagShare), whole percent, Wilson 95 % interval and
// whether it can be told apart from the other providers.
import type {
  ExitRow,
  OutcomePlacementKind,
  OutcomeTable,
  PlacementRow,
  PlanRow,
  VersusRest,
} from '../../../shared/outcomes/outcome.schemas.ts';
import { EXIT_STATUSES, exitShare, flagShare, type ExitStatus, type Share } from './outcome.rules.ts';
import { intervalsOverlap, wholePercent, wilsonInterval } from './wilson.ts';

export interface Provider {
  id: string;
  code: string;
  name: string;
}

export interface Period {
  from: string;
  to: string;
}

function shareFields(share: Share): Pick<ExitRow, 'rate' | 'ratePercent' | 'ci95' | 'versusRest'> {
  return {
    rate: share.denominator > 0 ? share.numerator / share.denominator : null,
    ratePercent: wholePercent(share.numerator, share.denominator),
    ci95: wilsonInterval(share.numerator, share.denominator),
    versusRest: null,
  };
}

/**
 * Marks each provider row "higher", "lower" or "indistinguishable" against the other providers taken
 * together: it can be told apart only when the two 95 % intervals do not overlap.
 */
type RowWithShare = { versusRest: VersusRest | null; ci95: [number, number] | null };

function markVersusRest<R extends RowWithShare>(rows: R[], shares: Share[], total: Share): void {
  rows.forEach((row, i) => {
    const own = shares[i]!;
    const rest = wilsonInterval(total.numerator - own.numerator, total.denominator - own.denominator);
    if (!row.ci95 || !rest) return;
    row.versusRest = intervalsOverlap(row.ci95, rest)
      ? 'indistinguishable'
      : row.ci95[0] > rest[1]
        ? 'higher'
        : 'lower';
  });
}

function groupByProvider<T extends { providerId: string }>(
  providers: ReadonlyMap<string, Provider>,
  items: readonly T[],
): { provider: Provider; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.providerId);
    if (list) list.push(item);
    else groups.set(item.providerId, [item]);
  }
  return [...groups.entries()]
    .map(([id, list]) => ({
      provider: providers.get(id) ?? { id, code: id, name: id },
      items: list,
    }))
    .sort((a, b) => a.provider.name.localeCompare(b.provider.name, 'da'));
}

function buildTable<T extends { providerId: string }, C, R extends RowWithShare>(
  providers: ReadonlyMap<string, Provider>,
  items: readonly T[],
  counts: (items: readonly T[]) => C,
  share: (counts: C) => Share,
  row: (provider: Provider | null, counts: C, share: Share) => R,
): { rows: R[]; total: R } {
  const groups = groupByProvider(providers, items);
  const groupCounts = groups.map((g) => counts(g.items));
  const shares = groupCounts.map(share);
  // The total sums the providers' counts, never their rates.
  const totalCounts = counts(items);
  const totalShare = share(totalCounts);
  const rows = groups.map((g, i) => row(g.provider, groupCounts[i]!, shares[i]!));
  markVersusRest(rows, shares, totalShare);
  return { rows, total: row(null, totalCounts, totalShare) };
}

const names = (provider: Provider | null) => ({
  providerCode: provider?.code ?? null,
  providerName: provider?.name ?? null,
});

/** A course, or `count` courses alike (the same provider and status). */
export interface ExitItem {
  providerId: string;
  status: ExitStatus;
  count?: number;
}

function exitCounts(items: readonly ExitItem[]) {
  const counts = Object.fromEntries(EXIT_STATUSES.map((s) => [s, 0])) as Record<ExitStatus, number>;
  let completed = 0;
  for (const item of items) {
    const n = item.count ?? 1;
    counts[item.status] += n;
    completed += n;
  }
  return { ...counts, completed };
}

export function buildExitTable(
  period: Period,
  providers: ReadonlyMap<string, Provider>,
  items: readonly ExitItem[],
): OutcomeTable<ExitRow> {
  const table = buildTable(providers, items, exitCounts, exitShare, (provider, c, share): ExitRow => ({
    ...names(provider),
    completed: c.completed,
    pending: c.pending,
    notInRegister: c.notInRegister,
    job: c.job,
    education: c.education,
    jobOrEducation: c.job + c.education,
    partTime: c.partTime,
    publicBenefit: c.publicBenefit,
    otherSelfSupporting: c.otherSelfSupporting,
    censored: c.censored,
    ...shareFields(share),
  }));
  return { ...period, ...table };
}

/** A course, or `count` courses alike: counted (placed, with a plan) or not. */
export interface FlagItem {
  providerId: string;
  counted: boolean;
  count?: number;
}

function flagCounts(items: readonly FlagItem[]) {
  let completed = 0;
  let counted = 0;
  for (const item of items) {
    const n = item.count ?? 1;
    completed += n;
    if (item.counted) counted += n;
  }
  return { completed, counted };
}

/** Rate = placed / completed. */
export function buildPlacementTable(
  period: Period,
  kinds: readonly OutcomePlacementKind[],
  providers: ReadonlyMap<string, Provider>,
  items: readonly FlagItem[],
): OutcomeTable<PlacementRow> & { kinds: OutcomePlacementKind[] } {
  const table = buildTable(providers, items, flagCounts, flagShare, (provider, c, share): PlacementRow => ({
    ...names(provider),
    completed: c.completed,
    placed: c.counted,
    ...shareFields(share),
  }));
  return { ...period, kinds: [...kinds], ...table };
}

/** Rate = withPlan / completed. */
export function buildPlanTable(
  period: Period,
  providers: ReadonlyMap<string, Provider>,
  items: readonly FlagItem[],
): OutcomeTable<PlanRow> {
  const table = buildTable(providers, items, flagCounts, flagShare, (provider, c, share): PlanRow => ({
    ...names(provider),
    completed: c.completed,
    withPlan: c.counted,
    ...shareFields(share),
  }));
  return { ...period, ...table };
}
