// Kysely table types of the committee's reports (migration 0028, issue 14): the report schedule, committee
// packs (frozen once created) and the committee's decision on a pack. Re-exported by schema.ts.
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';

export type CommitteeReportKind = 'results' | 'budget_status' | 'other';
export type CommitteeCadence = 'half_yearly' | 'quarterly' | 'dates';

export interface CommitteeReportScheduleTable {
  id: Generated<string>;
  title: string;
  kind: CommitteeReportKind;
  cadence: CommitteeCadence;
  firstDueOn: string;
  dueDates: ColumnType<string[], string[] | undefined, string[]>;
  contents: string;
  ownerId: string;
  isActive: ColumnType<boolean, boolean | undefined, boolean>;
  createdBy: string;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface CommitteePackTable {
  id: Generated<string>;
  title: string;
  caseNumber: string | null;
  meetingOn: string;
  reportId: string;
  previousReportId: string | null;
  reports: JSONColumnType<unknown[], string, never>;
  budgetYear: number;
  budgetStatus: JSONColumnType<object, string, never>;
  summary: string;
  recommendation: string;
  presentation: string;
  scheduleIds: ColumnType<string[], string[] | undefined, never>;
  createdBy: string;
  createdAt: CreatedAt;
}

export interface CommitteePackDecisionTable {
  packId: string;
  decidedOn: string;
  decision: string;
  recordedBy: string;
  recordedAt: ColumnType<Date, Date | undefined, never>;
}
