// The courses module's absence use cases (issue 12). Other parts call these, never the repository.
export { listAbsences, recordAbsenceFollowUp, reportAbsence } from './services/absence-manage.ts';
