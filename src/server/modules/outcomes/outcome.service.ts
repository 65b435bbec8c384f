// The outcomes module's use cases: the three tables of seed 003 per provider for chosen periods, saved
// reports that keep their figures and the imports behind them, comparisons in percentage points, and
// exports. Other modules and the CLI call these, never the repository.
export { computeOutcomes, resolveParameters } from './services/compute-report.ts';
export { getOutcomes, runOutcomeReport, type OutcomeRequest } from './services/read-outcomes.ts';
export {
  createOutcomeReport,
  getOutcomeReport,
  listOutcomeReports,
  saveOutcomeReport,
} from './services/saved-reports.ts';
export {
  exportOutcomes,
  outcomeFilename,
  renderOutcomes,
  type RenderFormat,
} from './services/export-outcomes.ts';
export { compareReports } from './services/compare-reports.ts';
// The tables laid out like seed 003's appendix, for other modules' documents (the committee pack).
export { presentTables, type PresentedTable } from './services/present-tables.ts';
export {
  computeFairness,
  getFairness,
  runFairnessReport,
  type FairnessRequest,
} from './services/fairness-report.ts';
export { renderFairness, type FairnessRenderFormat } from './services/fairness-render.ts';
export { exportFairness, renderFairnessFile } from './services/fairness-export.ts';
