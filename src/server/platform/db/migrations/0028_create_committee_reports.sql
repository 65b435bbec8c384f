-- The committee's reports (issue 14): the report schedule (what the employment committee gets and when),
-- committee packs built from saved outcome reports with a frozen budget status, and the committee's
-- decision on a pack. A pack's inputs never change once created, so its Word and PDF files can be
-- generated again later with exactly the same content: the triggers below refuse every update and delete
-- of a pack and of a recorded decision (no code path can forget it). Packs hold aggregates only.

-- One line of the schedule: e.g. the results twice a year, the budget status quarterly. Due dates repeat
-- from first_due_on every 6 ('half_yearly') or 3 ('quarterly') months, or are listed ('dates').
CREATE TABLE committee_report_schedule (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  kind text NOT NULL CHECK (kind IN ('results', 'budget_status', 'other')),
  cadence text NOT NULL CHECK (cadence IN ('half_yearly', 'quarterly', 'dates')),
  first_due_on date NOT NULL,
  due_dates date[] NOT NULL DEFAULT '{}',
  contents text NOT NULL CHECK (length(contents) BETWEEN 1 AND 4000),
  owner_id uuid NOT NULL REFERENCES app_user (id),
  is_active boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((cadence = 'dates') = (cardinality(due_dates) > 0))
);
CREATE INDEX committee_report_schedule_owner_idx ON committee_report_schedule (owner_id);

-- A committee pack (udvalgspakke): the saved outcome report it presents and, optionally, the earlier one
-- it is compared with; both reports' saved figures are copied into `reports` so a later change of the
-- saved reports cannot change the pack; the budget status as it was when the pack was made; the standard
-- text of the case presentation (sagsfremstilling); the schedule lines it delivers.
CREATE TABLE committee_pack (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  case_number text CHECK (length(case_number) BETWEEN 1 AND 50),
  meeting_on date NOT NULL,
  report_id uuid NOT NULL REFERENCES outcome_report (id),
  previous_report_id uuid REFERENCES outcome_report (id),
  reports jsonb NOT NULL,
  budget_year integer NOT NULL CHECK (budget_year BETWEEN 2000 AND 2100),
  budget_status jsonb NOT NULL,
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  recommendation text NOT NULL CHECK (length(recommendation) BETWEEN 1 AND 4000),
  presentation text NOT NULL CHECK (length(presentation) BETWEEN 1 AND 20000),
  schedule_ids uuid[] NOT NULL DEFAULT '{}',
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (previous_report_id IS NULL OR previous_report_id <> report_id)
);
CREATE INDEX committee_pack_meeting_idx ON committee_pack (meeting_on DESC);

-- The committee's decision on a pack, when there is one: recorded once, then it stands.
CREATE TABLE committee_pack_decision (
  pack_id uuid PRIMARY KEY REFERENCES committee_pack (id),
  decided_on date NOT NULL,
  decision text NOT NULL CHECK (length(decision) BETWEEN 1 AND 10000),
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);

-- The lock: a pack and a decision are never updated or deleted (raised as check_violation, as for the
-- approved billing basis, so the service can answer INVALID_STATE).
CREATE FUNCTION indsats_committee_pack_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are frozen once created', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER committee_pack_frozen BEFORE UPDATE OR DELETE ON committee_pack
  FOR EACH ROW EXECUTE FUNCTION indsats_committee_pack_frozen();
CREATE TRIGGER committee_pack_decision_frozen BEFORE UPDATE OR DELETE ON committee_pack_decision
  FOR EACH ROW EXECUTE FUNCTION indsats_committee_pack_frozen();
CREATE TRIGGER committee_pack_no_truncate BEFORE TRUNCATE ON committee_pack
  FOR EACH STATEMENT EXECUTE FUNCTION indsats_committee_pack_frozen();
CREATE TRIGGER committee_pack_decision_no_truncate BEFORE TRUNCATE ON committee_pack_decision
  FOR EACH STATEMENT EXECUTE FUNCTION indsats_committee_pack_frozen();

GRANT SELECT, INSERT, UPDATE ON committee_report_schedule TO indsats_app;
GRANT SELECT, INSERT ON committee_pack, committee_pack_decision TO indsats_app;
