// Data hooks and calls of the outcome tables. Shapes come from src/shared/outcomes/outcome.schemas.ts
// (types only, so zod stays out of the browser bundle).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateOutcomeReportInput,
  OutcomeResponse,
  SavedReport,
  SavedReportList,
  SavedReportSummary,
} from '../../../shared/outcomes/outcome.schemas.ts';
import { api, withQuery } from '../../app/api.ts';

export type { OutcomeResponse, SavedReport, SavedReportList, SavedReportSummary };

export interface OutcomeParams {
  from: string;
  to: string;
  placementFrom: string;
  placementTo: string;
  planFrom: string;
  planTo: string;
  compareTo: string;
}

export const outcomeKeys = {
  all: ['outcomes'] as const,
  tables: (params: OutcomeParams) => ['outcomes', 'tables', params] as const,
  reports: ['outcomes', 'reports'] as const,
  report: (id: string) => ['outcomes', 'reports', id] as const,
};

function query(params: OutcomeParams): Record<string, string> {
  return {
    from: params.from,
    to: params.to,
    placementFrom: params.placementFrom,
    placementTo: params.placementTo,
    planFrom: params.planFrom,
    planTo: params.planTo,
    compareTo: params.compareTo,
  };
}

export function useOutcomes(params: OutcomeParams | null) {
  return useQuery({
    queryKey: outcomeKeys.tables(params ?? ({} as OutcomeParams)),
    queryFn: ({ signal }) => api.get<OutcomeResponse>(withQuery('/api/outcomes', query(params!)), { signal }),
    enabled: params !== null,
  });
}

export function useSavedReports() {
  return useQuery({
    queryKey: outcomeKeys.reports,
    queryFn: ({ signal }) => api.get<SavedReportList>('/api/outcome-reports', { signal }),
  });
}

export function useSavedReport(id: string) {
  return useQuery({
    queryKey: outcomeKeys.report(id),
    queryFn: ({ signal }) =>
      api.get<SavedReport>(`/api/outcome-reports/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useRefreshReports(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: outcomeKeys.reports });
}

export const outcomeApi = {
  saveReport: (input: CreateOutcomeReportInput) =>
    api.post<SavedReportSummary>('/api/outcome-reports', input),
};

export function outcomeExportHref(params: OutcomeParams, format: 'xlsx' | 'csv' | 'csv-en' | 'pdf'): string {
  return withQuery('/api/outcomes/export', { ...query(params), format });
}
