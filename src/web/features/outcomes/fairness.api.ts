// The fair comparison's data (GET /api/outcomes/fairness): the same periods as the outcome tables.
// Shapes from src/shared/outcomes/fairness.schemas.ts (types only).
import { useQuery } from '@tanstack/react-query';
import type { FairnessReport } from '../../../shared/outcomes/fairness.schemas.ts';
import { api, withQuery } from '../../app/api.ts';
import type { OutcomeParams } from './outcome.api.ts';

export type { FairnessReport };

function fairnessQuery(params: OutcomeParams) {
  return {
    from: params.from,
    to: params.to,
    placementFrom: params.placementFrom,
    placementTo: params.placementTo,
    planFrom: params.planFrom,
    planTo: params.planTo,
  };
}

export function useFairness(params: OutcomeParams) {
  const query = fairnessQuery(params);
  return useQuery({
    queryKey: ['outcomes', 'fairness', query] as const,
    queryFn: ({ signal }) => api.get<FairnessReport>(withQuery('/api/outcomes/fairness', query), { signal }),
  });
}

export function fairnessExportHref(
  params: OutcomeParams,
  format: 'xlsx' | 'pdf' | 'csv',
  part?: 'cost' | 'selection',
): string {
  return withQuery('/api/outcomes/fairness/export', { ...fairnessQuery(params), format, part });
}

/** A Danish (1.234,5) or English (1,234.5) number with a fixed number of decimals. */
export function formatNumber(value: number, decimals: number, language: 'da' | 'en'): string {
  return new Intl.NumberFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
