// Data hooks of the monthly billing basis (afregningsgrundlag, issue 14). Shapes come from
// src/shared/payments/payment.schemas.ts (types only, so zod stays out of the browser bundle).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BasisMonthView,
  BasisView,
  BudgetStatusView,
  CorrectionInput,
  InvoiceInput,
  ProviderMonth,
} from '../../../../shared/payments/payment.schemas.ts';
import type { ExportFormat } from '../../../../shared/export-formats.ts';
import { api, withQuery } from '../../../app/api.ts';

export type { BasisMonthView, BasisView, ProviderMonth };

const basisKeys = {
  all: ['payments', 'basis'] as const,
  month: (month: string, providerId: string | undefined) => ['payments', 'basis', month, providerId] as const,
};

export function useBasisMonth(month: string, providerId: string | undefined) {
  return useQuery({
    queryKey: basisKeys.month(month, providerId),
    queryFn: ({ signal }) =>
      api.get<BasisMonthView>(withQuery('/api/billing-bases', { month, providerId }), { signal }),
    retry: false,
  });
}

function useBasisChange<I, R>(request: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: basisKeys.all }),
  });
}

export function usePrepareBasis() {
  return useBasisChange((input: { providerId: string; month: string }) =>
    api.post<BasisView>('/api/billing-bases', input),
  );
}

export function useBasisStep(step: 'accept' | 'approve') {
  return useBasisChange((id: string) => api.post<BasisView>(`/api/billing-bases/${id}/${step}`));
}

export function useAddCorrection(basisId: string) {
  return useBasisChange((input: CorrectionInput) =>
    api.post<BasisView>(`/api/billing-bases/${basisId}/corrections`, input),
  );
}

export function useRecordInvoice() {
  return useBasisChange((input: InvoiceInput) => api.post<ProviderMonth>('/api/billing-invoices', input));
}

export function financeExportHref(month: string, format: ExportFormat): string {
  return withQuery('/api/billing-bases/export', { month, format });
}

export function useBudgetStatus(year: number) {
  return useQuery({
    queryKey: ['payments', 'budget-status', year],
    queryFn: ({ signal }) => api.get<BudgetStatusView>(withQuery('/api/budget-status', { year }), { signal }),
    retry: false,
  });
}
