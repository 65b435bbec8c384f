-- Referrals and the citizen's course (issue 4; seeds 001, 002, 004): the facts eligibility is checked
-- against, eligibility rules per tender area, referrals, courses with stages and caseworkers,
-- placements, documentation, the work-capacity description, the final report, preparatory-plan starts,
-- job talks and referrals to abuse treatment. Every table holding citizen data has row-level security
-- through indsats_citizen_visible; free text about health and abuse is encrypted like the CPR number.

-- What the job centre knows about a citizen that programmes' eligibility rules ask about.
CREATE TABLE citizen_circumstance (
  citizen_id uuid PRIMARY KEY REFERENCES citizen (id) ON DELETE CASCADE,
  -- Public maintenance the citizen receives (kontanthjælp, uddannelseshjælp, ...).
  benefit_type text CHECK (benefit_type IN ('cash_benefit', 'education_benefit', 'integration_benefit', 'sickness_benefit', 'other', 'none')),
  -- Aktivitetsparat (activity-ready) as opposed to jobparat.
  activity_ready boolean,
  -- The first day of the current unbroken period on benefits (for "fewer than 5 years on benefits").
  on_benefits_since date,
  minority_background boolean,
  abuse_problem boolean,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Date-versioned eligibility rules of a programme (tender area). Parameters by kind:
--   activity_ready_cash_benefit: {}           min_age: {"years": 30}
--   women_minority_background: {}            max_years_on_benefits: {"years": 5}
--   abuse_problem: {}
CREATE TABLE eligibility_rule (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_area_id uuid NOT NULL REFERENCES tender_area (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('activity_ready_cash_benefit', 'min_age', 'women_minority_background', 'max_years_on_benefits', 'abuse_problem')),
  params jsonb NOT NULL DEFAULT '{}',
  valid_from date NOT NULL,
  valid_to date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX eligibility_rule_area_idx ON eligibility_rule (tender_area_id);

-- A caseworker's referral (visitation) of a citizen to a provider under an agreement.
CREATE TABLE referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id),
  referred_by uuid REFERENCES app_user (id),
  referred_on date NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'withdrawn')),
  -- The citizen lives outside the provider's district: allowed, and marked.
  outside_district boolean NOT NULL DEFAULT false,
  -- The provider was full when referred: the referral waits.
  capacity_warning boolean NOT NULL DEFAULT false,
  -- The citizen has been informed about the programme and consents to the data being shared.
  consent_given boolean NOT NULL,
  informed_on date,
  -- Encrypted: may hold health or abuse information.
  note_encrypted bytea,
  decided_by uuid REFERENCES app_user (id),
  decided_on date,
  decision_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_citizen_idx ON referral (citizen_id);
CREATE INDEX referral_provider_idx ON referral (provider_id, status);

-- The course (forløb) at a provider.
CREATE TABLE course (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Bulk imports (issue 5) create courses without a referral; they carry their own reference.
  referral_id uuid UNIQUE REFERENCES referral (id),
  external_ref text UNIQUE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  agreement_id uuid REFERENCES framework_agreement (id),
  -- The fixed mentor at the provider.
  mentor_user_id uuid REFERENCES app_user (id),
  starts_on date NOT NULL,
  planned_ends_on date,
  ends_on date,
  end_reason text CHECK (end_reason IN ('job', 'small_job', 'education', 'flexjob', 'disability_pension', 'dropped_out', 'moved', 'illness', 'other')),
  -- Aftercare (efterværn) after a job, flexjob or education: its own period, billed at the aftercare price.
  aftercare_starts_on date,
  aftercare_planned_ends_on date,
  aftercare_ends_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK ((ends_on IS NULL) = (end_reason IS NULL)),
  CHECK (aftercare_ends_on IS NULL OR aftercare_starts_on IS NOT NULL AND aftercare_ends_on >= aftercare_starts_on)
);
CREATE INDEX course_citizen_idx ON course (citizen_id);
CREATE INDEX course_provider_idx ON course (provider_id, starts_on);

-- One or two fixed caseworkers at the job centre.
CREATE TABLE course_caseworker (
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user (id),
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  PRIMARY KEY (course_id, user_id)
);

-- Dated stages; the current stage has no end date.
CREATE TABLE course_stage (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  stage text NOT NULL CHECK (stage IN ('internal_training', 'external_internship', 'small_job', 'job', 'education', 'flexjob_clarification', 'disability_pension_clarification', 'aftercare')),
  starts_on date NOT NULL,
  ends_on date,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX course_stage_course_idx ON course_stage (course_id, starts_on);

-- Placements (virksomhedsplacering) at a company.
CREATE TABLE placement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  external_ref text UNIQUE,
  -- NULL for placements imported without a course (issue 5).
  course_id uuid REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  company_id uuid NOT NULL REFERENCES company (id),
  kind text NOT NULL CHECK (kind IN ('internship', 'wage_subsidy', 'small_job')),
  starts_on date NOT NULL,
  ends_on date,
  -- Hours per week in tenths (small jobs: paid hours; internships: hours in the company).
  weekly_hours_tenths integer CHECK (weekly_hours_tenths BETWEEN 1 AND 370),
  -- Internships, LAB § 61: the basis for a length beyond the base period.
  extension_basis text NOT NULL DEFAULT 'base' CHECK (extension_basis IN ('base', 'concrete_assessment', 'special_need')),
  special_need_extensions integer NOT NULL DEFAULT 0 CHECK (special_need_extensions >= 0),
  assessment_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX placement_course_idx ON placement (course_id);
CREATE INDEX placement_citizen_idx ON placement (citizen_id);

-- Dated documentation on a course: tasks solved, attendance, accommodations (skånehensyn), progression.
CREATE TABLE course_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  entry_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('task', 'attendance', 'accommodation', 'progression', 'note')),
  -- Where an accommodation or attendance applies: the internal training or an internship.
  setting text CHECK (setting IN ('training', 'internship')),
  -- Attendance entries: attended or not.
  attended boolean,
  text_encrypted bytea NOT NULL,
  -- Sensitive entries are shown only to the course's mentor and caseworkers and the author.
  is_sensitive boolean NOT NULL DEFAULT false,
  author_user_id uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_entry_course_idx ON course_entry (course_id, entry_on);

-- Work-capacity description (arbejdsevnebeskrivelse) and final report (afsluttende rapport): one each
-- per course, the content encrypted JSON.
CREATE TABLE course_document (
  course_id uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('work_capacity', 'final_report')),
  content_encrypted bytea NOT NULL,
  completed_on date,
  updated_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, kind)
);

-- When the caseworker started a preparatory plan, or from 1 Feb 2026 the "samlet beskrivelse".
CREATE TABLE plan_start (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  external_ref text UNIQUE,
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  course_id uuid REFERENCES course (id) ON DELETE SET NULL,
  plan_type text NOT NULL CHECK (plan_type IN ('forberedende_plan', 'samlet_beskrivelse')),
  started_on date NOT NULL,
  recorded_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_start_citizen_idx ON plan_start (citizen_id);

-- Job talks (jobsamtaler): the deadline is set from the rule version in force when the obligation arose.
CREATE TABLE job_talk (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  course_id uuid REFERENCES course (id) ON DELETE SET NULL,
  obligation text NOT NULL CHECK (obligation IN ('first', 'follow_up')),
  deadline date,
  scheduled_on date NOT NULL,
  venue text NOT NULL CHECK (venue IN ('provider', 'job_centre', 'phone', 'video')),
  outcome text NOT NULL DEFAULT 'planned' CHECK (outcome IN ('planned', 'held', 'not_attended', 'cancelled')),
  held_on date,
  rule_source text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((outcome = 'held') = (held_on IS NOT NULL))
);
CREATE INDEX job_talk_citizen_idx ON job_talk (citizen_id, scheduled_on);

-- Referral to abuse treatment through social services' outreach worker (Sydhavnen measure).
CREATE TABLE treatment_referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  course_id uuid REFERENCES course (id) ON DELETE SET NULL,
  referred_on date NOT NULL,
  outreach_worker text,
  outcome text NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'started', 'not_started')),
  outcome_on date,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX treatment_referral_citizen_idx ON treatment_referral (citizen_id);

-- A provider now sees a citizen with a referral there (unless the job centre withdrew it) or a course
-- there, and, as before, a manual link. Replaces the function of migration 0001.
CREATE OR REPLACE FUNCTION indsats_provider_has_citizen(target uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT indsats_organisation_kind() = 'provider' AND (
      EXISTS (SELECT 1 FROM course c WHERE c.citizen_id = target AND c.provider_id = indsats_organisation_id())
      OR EXISTS (SELECT 1 FROM referral r WHERE r.citizen_id = target AND r.provider_id = indsats_organisation_id()
                   AND r.status <> 'withdrawn')
      OR EXISTS (SELECT 1 FROM citizen_provider_link l WHERE l.citizen_id = target AND l.provider_id = indsats_organisation_id()))
  $$;

-- Within a citizen both a provider and the job centre see, a provider sees only its own referrals and
-- courses, and only the rows of its own courses (rows without a course follow the citizen).
CREATE FUNCTION indsats_provider_row_visible(row_provider uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT indsats_organisation_kind() <> 'provider' OR row_provider = indsats_organisation_id() $$;

CREATE FUNCTION indsats_course_row_visible(target_course uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT target_course IS NULL OR indsats_organisation_kind() <> 'provider' OR EXISTS (
      SELECT 1 FROM course c WHERE c.id = target_course AND c.provider_id = indsats_organisation_id())
  $$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['citizen_circumstance', 'referral', 'course', 'course_caseworker', 'course_stage',
    'placement', 'course_entry', 'course_document', 'plan_start', 'job_talk', 'treatment_referral']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO indsats_app', t);
  END LOOP;
END
$$;

CREATE POLICY citizen_circumstance_scope ON citizen_circumstance USING (indsats_citizen_visible(citizen_id));
CREATE POLICY referral_scope ON referral
  USING (indsats_citizen_visible(citizen_id) AND indsats_provider_row_visible(provider_id));
CREATE POLICY course_scope ON course
  USING (indsats_citizen_visible(citizen_id) AND indsats_provider_row_visible(provider_id));
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['course_caseworker', 'course_stage', 'placement', 'course_entry', 'course_document',
    'plan_start', 'job_talk', 'treatment_referral']
  LOOP
    EXECUTE format('CREATE POLICY %I ON %I USING (indsats_citizen_visible(citizen_id) AND indsats_course_row_visible(course_id))',
      t || '_scope', t);
  END LOOP;
END
$$;

GRANT EXECUTE ON FUNCTION indsats_provider_row_visible(uuid), indsats_course_row_visible(uuid) TO indsats_app;

GRANT SELECT, INSERT, UPDATE, DELETE ON eligibility_rule TO indsats_app;
