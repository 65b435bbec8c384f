-- Which process runs an import (issue 10, defect 9): an import killed with -9 left its batch 'running'
-- for ever. The process is its host, pid and start time; while it runs it stamps heartbeat_at every few
-- seconds. A running batch whose process is gone (same host: the pid no longer lives, or is this
-- process's without the import; any host: no heartbeat for a minute) is marked failed ("interrupted")
-- when a server starts and before each import. Batches started before this migration have no owner and
-- count from started_at.
ALTER TABLE import_batch
  ADD COLUMN owner_host text,
  ADD COLUMN owner_pid integer,
  ADD COLUMN owner_started_at timestamptz,
  ADD COLUMN heartbeat_at timestamptz;

CREATE INDEX import_batch_running_idx ON import_batch (started_at) WHERE status = 'running';

-- Issue 10, defect 3: a batch's answer no longer says how many citizens it created (that told whether
-- a CPR number was known); the count stored by earlier imports goes too.
UPDATE import_batch SET details = details - 'citizensCreated' WHERE details ? 'citizensCreated';
