-- The committee's decision record (issue 6): a meeting item (udvalgsbehandling) with the administration's
-- recommendation (indstilling), amendment proposals (ændringsforslag) and the votes on each (seed 003).
-- The outcome is never stored: it follows from the votes (decision.rules.ts: adopted when for > against).

CREATE TABLE committee_item (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  committee text NOT NULL CHECK (length(committee) BETWEEN 1 AND 200),
  -- E.g. 'BIU' for Beskæftigelses- og Integrationsudvalget.
  committee_short text CHECK (committee_short IS NULL OR length(committee_short) BETWEEN 1 AND 20),
  meeting_date date NOT NULL,
  case_number text CHECK (case_number IS NULL OR length(case_number) BETWEEN 1 AND 100),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
  tender_id uuid REFERENCES tender (id),
  -- The recommendation as printed, numbered points included.
  recommendation text NOT NULL CHECK (length(recommendation) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX committee_item_meeting_idx ON committee_item (meeting_date DESC);
CREATE INDEX committee_item_tender_idx ON committee_item (tender_id);

CREATE TABLE committee_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  committee_item_id uuid NOT NULL REFERENCES committee_item (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('recommendation', 'amendment')),
  position integer NOT NULL CHECK (position > 0),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  -- Party letters of the proposers, e.g. {Ø}; empty for the administration's recommendation.
  parties text[] NOT NULL DEFAULT '{}',
  -- An alternative sub-criteria weighting, criterion code → weight (summing to 100 or 1), or NULL.
  -- json, not jsonb: the criteria keep the order they were written in.
  criteria_weights json,
  votes_for integer CHECK (votes_for >= 0),
  votes_against integer CHECK (votes_against >= 0),
  votes_abstaining integer CHECK (votes_abstaining >= 0),
  parties_for text[] NOT NULL DEFAULT '{}',
  parties_against text[] NOT NULL DEFAULT '{}',
  parties_abstaining text[] NOT NULL DEFAULT '{}',
  voted_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (committee_item_id, position),
  -- Either no vote yet, or all three counts.
  CHECK (
    (votes_for IS NULL AND votes_against IS NULL AND votes_abstaining IS NULL AND voted_at IS NULL)
    OR (votes_for IS NOT NULL AND votes_against IS NOT NULL AND votes_abstaining IS NOT NULL AND voted_at IS NOT NULL)
  )
);

GRANT SELECT, INSERT, UPDATE, DELETE ON committee_item, committee_proposal TO indsats_app;
