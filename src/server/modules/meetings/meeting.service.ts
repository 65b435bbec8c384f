// The meetings module's use cases (follow-up with providers, issue 14): meetings, agreed actions and
// comments. Routes and other modules (the task list) call these, never the repository.
export {
  createMeeting,
  getMeeting,
  listProviderMeetings,
  updateMeeting,
} from './services/manage-meetings.ts';
export { addAction, addComment, listOverdueActionTasks, updateAction } from './services/manage-actions.ts';
export { generateAgenda } from './services/generate-agenda.ts';
export { createComplaint, listComplaints, updateComplaint } from './services/manage-complaints.ts';
