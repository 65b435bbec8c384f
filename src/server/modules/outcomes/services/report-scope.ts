// Who sees which rows. The tables are aggregates over every provider's courses, so they are computed
// without the row scope (withAggregateTransaction); what leaves is scoped here: the administration's
// analysts and procurement see every provider's row, a provider user only its own row and the total.
import type { Comparison, OutcomeReport } from '../../../../shared/outcomes/outcome.schemas.ts';
import { OUTCOME_TABLES } from '../../../../shared/outcomes/outcome.schemas.ts';
import type { Actor, Tx } from '../../../platform/context.ts';
import { findOrganisationCode } from '../outcome.repository.ts';
import { isProviderUser } from '../../../platform/access/provider-scope.ts';

/** The provider code whose row the actor may see, or null for "every row". */
export async function visibleProviderCode(tx: Tx, actor: Actor): Promise<string | null> {
  if (!isProviderUser(actor)) return null;
  // A provider without a code sees no provider row, only the totals.
  return (await findOrganisationCode(tx, actor.organisationId)) ?? '';
}

export function scopeReport<R extends OutcomeReport>(report: R, code: string | null): R {
  if (code === null) return report;
  const scoped = { ...report };
  for (const table of OUTCOME_TABLES) {
    scoped[table] = {
      ...report[table],
      rows: report[table].rows.filter((r) => r.providerCode === code),
    } as never;
  }
  return scoped;
}

export function scopeComparison(comparison: Comparison, code: string | null): Comparison {
  if (code === null) return comparison;
  const scoped = { ...comparison };
  for (const table of OUTCOME_TABLES) {
    scoped[table] = {
      ...comparison[table],
      rows: comparison[table].rows.filter((r) => r.providerCode === code),
    };
  }
  return scoped;
}
