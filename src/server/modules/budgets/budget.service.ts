// Budgets use cases: budget frames, capacity and budget notes. Routes and other modules call these;
// the work is in services/ (one file per subject).
export { getCapacity, currentYear } from './services/capacity.ts';
export { createBudgetFrame, getBudgetFrame, listBudgetFrames, updateBudgetFrame } from './services/frames.ts';
export { createBudget, getBudget, listBudgets, replaceBudgetTables } from './services/budgets.ts';
export { exportBudget, exportCapacity, exportFrames } from './services/exports.ts';
export { concurrentPlacesByProvider, frameShareByProvider } from './services/provider-places.ts';
