// Tenders and their areas: the use cases of the tender as master data (the evaluation and decision are in
// evaluation.service.ts, the committee's decision record in decision.service.ts). The tenders module owns
// the tender, tender_price_band and tender_area tables (platform/db/table-owners.ts).
export {
  listTenders,
  getTender,
  createTender,
  updateTender,
  addTenderArea,
  updateTenderArea,
} from './services/tenders.ts';
