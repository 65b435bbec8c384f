// The talks module's job-talk use cases: talks on a course and on the citizen page (with or without a
// course), their follow-up statistics and the user's task list. Other parts call these, never the repository.
export { createTalk, getCourseTalks, loadJobTalkRules, updateTalk } from './services/talk-manage.ts';
export { createCitizenTalk, getCitizenTalks } from './services/citizen-talks.ts';
export { exportTalkFollowUp, getTalkFollowUp } from './services/followup-talks.ts';
export { listTasks } from './services/task-list.ts';
