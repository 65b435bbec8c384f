// The documentation module: dated entries on a course, the work-capacity description, the final
// report, preparatory-plan starts and the PDF "input to the preparatory plan". Other parts call these,
// never the repository.
export { createCourseEntry, deleteCourseEntry, listCourseEntries } from './services/documentation-entries.ts';
export {
  getFinalReport,
  getWorkCapacity,
  saveFinalReport,
  saveWorkCapacity,
} from './services/documentation-documents.ts';
export { deletePlanStart, listCoursePlanStarts, recordPlanStart } from './services/documentation-plans.ts';
export { exportPlanInput, gatherPlanInput } from './services/documentation-plan-input.ts';

// The bulk import writes plan starts through this (imports/services/plans.ts).
export { writeImportedPlanStarts } from './plan-import.ts';
