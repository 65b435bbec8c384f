// The courses module's absence use cases (issue 12). Other parts call these, never the repository.
export { listAbsences, recordAbsenceFollowUp, reportAbsence } from './services/absence-manage.ts';
/** Open absences awaiting the caseworker's follow-up, for the task list (talks module). */
export { listOpenAbsencesForCaseworker } from './absence.repository.ts';
