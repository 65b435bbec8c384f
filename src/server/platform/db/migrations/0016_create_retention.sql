-- The data's lifecycle (issue 11): what the retention run deleted, and where the audit chain now starts.

-- One row per rule and run: which rule, what kind of row, how many, up to which date, under which
-- setting, by whom and when. No personal data: inspections ask for this log, and it is kept.
CREATE TABLE deletion_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  run_id uuid NOT NULL,
  rule text NOT NULL,
  entity text NOT NULL,
  deleted integer NOT NULL CHECK (deleted >= 0),
  -- Rows older than this (or whose last activity ended before it) were due.
  cutoff timestamptz NOT NULL,
  -- The setting in force, e.g. "5 years"; the rule's own fixed period when it has no setting.
  period text NOT NULL,
  ran_by text NOT NULL,
  ran_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deletion_log_ran_at_idx ON deletion_log (ran_at);

-- When old audit rows are deleted, the chain's new start: the chain position and hash of the last
-- deleted row, how many rows this pruning deleted and how many in all, signed with a key derived from
-- the app's secret so that rows cannot be deleted and a checkpoint forged without it. `audit verify`
-- starts from the newest checkpoint.
CREATE TABLE audit_checkpoint (
  chain_seq bigint PRIMARY KEY,
  hash text NOT NULL,
  deleted integer NOT NULL CHECK (deleted > 0),
  deleted_total bigint NOT NULL,
  -- The newest time among the deleted rows (UTC, microseconds, as signed).
  deleted_through text NOT NULL,
  signature text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Only the owner role (the retention run, `audit verify`) touches either table; the app role reads the log.
GRANT SELECT ON deletion_log TO indsats_app;
