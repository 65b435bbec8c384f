// Use cases of the tender evaluation (issue 6), for routes, the demo seed and tests; split by topic under
// services/. Reading bids, scores and results needs tender.read and, before the decision, tender.manage
// (procurement and the administration); every change needs tender.manage and is audited.
export { getEvaluationOverview, saveEvaluationSetup, saveEvaluators, loadSetup } from './services/setup.ts';
export {
  listBids,
  createBid,
  updateBid,
  deleteBid,
  addAttachment,
  getAttachment,
  deleteAttachment,
} from './services/bids.ts';
export { getScoreSheet, recordEvaluatorScores, recordConsensusScores } from './services/scores.ts';
export { getEvaluation } from './services/results.ts';
export { evaluationReport } from './services/report.ts';
export { decideTender } from './services/decide.ts';
