-- Bulk imports, the DREAM register and saved outcome reports (issue 5; seed 003 appendix;
-- research/domain.md §1). Register rows hold no CPR number: persons are keyed by the same keyed hash
-- as citizen.cpr_hash, so a course finds its person by a join, never by the raw number.

-- One run of `indsats import …` or an upload in the UI: what came in and what it changed.
CREATE TABLE import_batch (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('providers', 'courses', 'placements', 'plans', 'codebook', 'register')),
  file_name text NOT NULL,
  -- SHA-256 of the file's bytes: the same file twice is recognised.
  file_sha256 text NOT NULL,
  status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
  rows_total integer NOT NULL DEFAULT 0,
  rows_created integer NOT NULL DEFAULT 0,
  rows_updated integer NOT NULL DEFAULT 0,
  rows_unchanged integer NOT NULL DEFAULT 0,
  -- The first errors (line, column, message), at most a few hundred; the count is exact.
  error_count integer NOT NULL DEFAULT 0,
  errors jsonb NOT NULL DEFAULT '[]',
  -- Columns of the file that were ignored (register: branche_*, ak*, …).
  ignored_columns text[] NOT NULL DEFAULT '{}',
  options jsonb NOT NULL DEFAULT '{}',
  -- Facts of the run beyond the counts: codes added as benefit, citizens and companies created, the
  -- register's first and last week.
  details jsonb NOT NULL DEFAULT '{}',
  started_by text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX import_batch_kind_idx ON import_batch (kind, started_at);

-- The codebook of DREAM's 3-digit codes (ydelseskoder) and what each means for the exit table.
CREATE TABLE register_code (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
  meaning text NOT NULL,
  category text NOT NULL CHECK (category IN ('benefit', 'education', 'non_benefit', 'exit_register')),
  -- False for the shipped default built from the research notes; true once STAR's list is loaded.
  verified boolean NOT NULL DEFAULT false,
  import_batch_id uuid REFERENCES import_batch (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- One row per person of the extract: weekly codes packed from the first week, monthly employment
-- degrees packed from the first month. Weeks and months outside the packed ranges are "not in the
-- extract" (pending); inside, code 0 means no benefit that week.
CREATE TABLE register_person (
  person_hash bytea PRIMARY KEY,
  -- The Monday of the first ISO week in weekly_codes.
  first_week_monday date NOT NULL,
  weekly_codes smallint[] NOT NULL,
  -- The first day of the first month in employment_degrees.
  first_month date,
  employment_degrees real[] NOT NULL DEFAULT '{}',
  import_batch_id uuid NOT NULL REFERENCES import_batch (id),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A saved outcome report: its definition version, the imports it used and its results, so a published
-- figure can be reproduced and later differences shown.
CREATE TABLE outcome_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  definition_version text NOT NULL,
  parameters jsonb NOT NULL,
  import_batch_ids uuid[] NOT NULL DEFAULT '{}',
  results jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Imports and reports are the administration's; the register holds no names and no CPR numbers, and
-- the app role reads it only inside aggregate use cases (the services enforce who sees which rows).
GRANT SELECT, INSERT, UPDATE, DELETE ON import_batch, register_code, register_person, outcome_report TO indsats_app;
