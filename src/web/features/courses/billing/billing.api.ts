// Data hooks of billing. Shapes come from src/shared/courses/billing.schemas.ts (types only, so zod stays
// out of the browser bundle).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { BillingView } from '../../../../shared/courses/billing.schemas.ts';
import type { ExportFormat } from '../../../../shared/export-formats.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { BillingView };

export interface BillingParams {
  from: string;
  to: string;
  providerId?: string | undefined;
}

export const billingKeys = {
  view: (params: BillingParams) => ['courses', 'billing', params] as const,
};

export function useBilling(params: BillingParams) {
  return useQuery({
    queryKey: billingKeys.view(params),
    queryFn: ({ signal }) => api.get<BillingView>(withQuery('/api/billing', { ...params }), { signal }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function billingExportHref(params: BillingParams, format: ExportFormat): string {
  return withQuery('/api/billing/export', { ...params, format });
}
