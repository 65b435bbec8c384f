// The committee module's use cases (the committee's reports, issue 14): the report schedule and the
// owner's next due report, committee packs built from saved outcome reports with a frozen budget status,
// their Word and PDF files, and the committee's decision. Routes and the demo call these.
export {
  createScheduleLine,
  listCommitteeReportTasks,
  listCommitteeTasks,
  updateScheduleLine,
  type CommitteeOptions,
} from './services/manage-schedule.ts';
export { createPack, getCommitteeOverview, getPack, recordDecision } from './services/manage-packs.ts';
export { renderPackFile, type PackFile } from './services/pack-files.ts';
