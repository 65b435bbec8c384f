// Budget frames and budget notes with their tables (the budgets module's tables).
import type { Generated } from 'kysely';
import type { CreatedAt, UpdatedAt } from './schema-columns.ts';

export interface BudgetFrameTable {
  id: Generated<string>;
  programme: string;
  tenderId: string | null;
  tenderAreaId: string | null;
  year: number;
  amountOre: number;
  expectedCourseWeeks: Generated<number>;
  expectedAftercareWeeks: Generated<number>;
  note: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface BudgetTable {
  id: Generated<string>;
  title: string;
  caseNumber: string | null;
  priceLevelYear: number;
  firstYear: number;
  lastYear: number;
  note: string | null;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface BudgetActivityTable {
  id: Generated<string>;
  budgetId: string;
  position: number;
  activity: string;
  steeringArea: Generated<string>;
}

export interface BudgetActivityAmountTable {
  activityId: string;
  year: number;
  grossOre: number;
  cofinancingOre: Generated<number>;
  cofinancingSource: string | null;
}

export interface BudgetAppropriationTable {
  id: Generated<string>;
  budgetId: string;
  position: number;
  steeringArea: Generated<string>;
  committee: string;
  appropriationNumber: string;
  direction: 'I' | 'U';
}

export interface BudgetAppropriationAmountTable {
  appropriationId: string;
  year: number;
  amountOre: number;
}

export interface BudgetStatedTotalTable {
  id: Generated<string>;
  budgetId: string;
  tableName: 'activities' | 'appropriations';
  rowPosition: number | null;
  year: number | null;
  amountOre: number;
}
