-- Price indexation and pauses in billing (issue 14; docs/billing.md "Indexation and pauses").
--
-- Price indexation (pristalsregulering): a yearly index percentage per framework agreement, effective from
-- a date. The agreement's prices (agreement_price) are never changed by it: billing applies the
-- indexations to them (billing.rules.ts, agreement-indexation.rules.ts), so the original prices and every
-- earlier price stay as history. Rows are never updated or deleted: a wrong indexation is met by a new one.
CREATE TABLE agreement_price_indexation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
  effective_from date NOT NULL,
  -- The index percentage in hundredths of a percent: 2,35 % = 235 (a fall in the index is negative).
  basis_points integer NOT NULL CHECK (basis_points BETWEEN -5000 AND 5000 AND basis_points <> 0),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agreement_id, effective_from)
);

-- Which kinds of pause the agreement excludes from payment. No row: every pause week is paid (the
-- default, and what the seeds' agreements say, since none of them names pauses).
CREATE TABLE agreement_pause_exclusion (
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
  pause_kind text NOT NULL CHECK (pause_kind IN ('illness', 'hospital_stay', 'other')),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, pause_kind)
);

GRANT SELECT, INSERT ON agreement_price_indexation TO indsats_app;
GRANT SELECT, INSERT, DELETE ON agreement_pause_exclusion TO indsats_app;

-- A pause (illness, hospital stay, other) in a citizen's course, recorded by the provider running the
-- course or the citizen's caseworker. The kind is a category; the note must not hold health details
-- (the form says so). Citizen data: a row is visible exactly when its course is (the course's own
-- row-level security decides, through the subquery); deleting the course (retention) deletes its pauses.
CREATE TABLE course_pause (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('illness', 'hospital_stay', 'other')),
  from_date date NOT NULL,
  to_date date NOT NULL,
  note text CHECK (length(note) BETWEEN 1 AND 500),
  recorded_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (to_date >= from_date)
);
CREATE INDEX course_pause_course_idx ON course_pause (course_id, from_date);

ALTER TABLE course_pause ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON course_pause TO indsats_app;
CREATE POLICY course_pause_scope ON course_pause
  USING (EXISTS (SELECT 1 FROM course c WHERE c.id = course_pause.course_id));
