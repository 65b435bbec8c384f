-- Absence (fravær) from the programme on a course (issue 12): the provider reports the day, the hours and
-- the reason if known; the citizen's caseworker gets a task and records what was done: contact made, a
-- reasonable reason, or the date a sanction decision was made under aktivloven. The product records the
-- facts and dates, not the sanction. The reason is a category, never free text (no health details here).
CREATE TABLE course_absence (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  absent_on date NOT NULL,
  -- Hours of the programme missed that day, in tenths (7,5 hours = 75).
  hours_tenths integer NOT NULL CHECK (hours_tenths BETWEEN 1 AND 240),
  -- NULL: the reason is not known to the provider.
  reason text CHECK (reason IN ('illness', 'personal', 'no_show', 'other')),
  reported_by uuid REFERENCES app_user (id),
  follow_up text CHECK (follow_up IN ('contact_made', 'reasonable_reason', 'sanction_decision')),
  followed_up_on date,
  -- The date the job centre made a decision on a sanction under aktivloven (the decision itself lives in
  -- the case system).
  sanction_decision_on date,
  followed_up_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((follow_up IS NULL) = (followed_up_on IS NULL)),
  CHECK ((follow_up = 'sanction_decision') = (sanction_decision_on IS NOT NULL))
);
CREATE INDEX course_absence_course_idx ON course_absence (course_id, absent_on);
CREATE INDEX course_absence_open_idx ON course_absence (citizen_id) WHERE follow_up IS NULL;

ALTER TABLE course_absence ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON course_absence TO indsats_app;
CREATE POLICY course_absence_scope ON course_absence
  USING (indsats_citizen_visible(citizen_id) AND indsats_course_row_visible(course_id));
