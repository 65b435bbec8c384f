// Hand-made rows of the three tables for pure tests of what the outputs say (notes, comparisons): a row
// with no rate and every count zero unless given.
import type { ExitRow, PlanRow } from '../../../shared/outcomes/outcome.schemas.ts';

export const NO_RATE = {
  providerCode: null,
  providerName: null,
  rate: null,
  ratePercent: null,
  ci95: null,
  versusRest: null,
};

export function exitRowOf(values: Partial<ExitRow> = {}): ExitRow {
  return {
    ...NO_RATE,
    completed: 0,
    pending: 0,
    notInRegister: 0,
    job: 0,
    education: 0,
    jobOrEducation: 0,
    partTime: 0,
    publicBenefit: 0,
    otherSelfSupporting: 0,
    censored: 0,
    ...values,
  };
}

export function planRowOf(values: Partial<PlanRow> = {}): PlanRow {
  return { ...NO_RATE, completed: 0, withPlan: 0, ...values };
}
