// The courses module's pause use cases (issue 14). Other parts call these, never the repository.
export { listPauses, recordPause } from './services/pause-manage.ts';
