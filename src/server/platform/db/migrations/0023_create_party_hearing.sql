-- Party hearing (partshøring, issue 12): the provider's documentation that the job centre will use for a
-- decision on flexjob or disability pension is sent to the citizen for comments before the decision
-- (forvaltningsloven § 19, stk. 1: the authority's duty, so only the job centre records it). A row is one
-- sending of one document: the work-capacity description, the final report, or the input to a plan start.
-- The citizen's comments may hold health information, so they are sealed with the app's key like notes;
-- the provider sees that the documentation was sent and its status, never the comments.
CREATE TABLE party_hearing (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  subject text NOT NULL CHECK (subject IN ('work_capacity', 'final_report', 'plan')),
  -- The plan start whose input was sent (subject 'plan'); a plan start with a hearing is not deleted.
  plan_start_id uuid REFERENCES plan_start (id),
  -- The version sent: the document's last change when it was sent (NULL for a plan's input).
  document_updated_at timestamptz,
  sent_on date NOT NULL,
  -- The deadline for comments given to the citizen (§ 19, stk. 1: the authority may set one).
  deadline_on date NOT NULL,
  method text NOT NULL CHECK (method IN ('digital_post', 'letter', 'in_person')),
  sent_by uuid REFERENCES app_user (id),
  -- NULL while awaiting comments; 'comments': received on outcome_on; 'no_comments': none received by the
  -- deadline, noted on outcome_on.
  outcome text CHECK (outcome IN ('comments', 'no_comments')),
  outcome_on date,
  comments_encrypted bytea,
  outcome_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((subject = 'plan') = (plan_start_id IS NOT NULL)),
  CHECK (deadline_on > sent_on),
  CHECK ((outcome IS NULL) = (outcome_on IS NULL)),
  CHECK (outcome_on IS NULL OR outcome_on >= sent_on),
  CHECK ((outcome = 'comments') = (comments_encrypted IS NOT NULL))
);
CREATE INDEX party_hearing_course_idx ON party_hearing (course_id, sent_on);
CREATE INDEX party_hearing_citizen_idx ON party_hearing (citizen_id);
CREATE INDEX party_hearing_plan_start_idx ON party_hearing (plan_start_id) WHERE plan_start_id IS NOT NULL;

ALTER TABLE party_hearing ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE, DELETE ON party_hearing TO indsats_app;
CREATE POLICY party_hearing_scope ON party_hearing
  USING (indsats_citizen_visible(citizen_id) AND indsats_course_row_visible(course_id));
