-- Tender evaluation (issue 6): per tender the award model (quality/price weighting, point scale, price
-- model), quality sub-criteria with what the evaluators emphasise (seed 003, Tabel 1), price elements with
-- their stated volumes, bids per tender area with weekly prices and the solution description, evaluators,
-- their individual scores, and the consensus scores (only these count). When the tender is decided
-- (tender.decided_on), everything here is read-only (enforced by the tenders service).
-- Weights are percents; points are on the tender's scale; money is øre.

CREATE TABLE tender_evaluation (
  tender_id uuid PRIMARY KEY REFERENCES tender (id) ON DELETE CASCADE,
  quality_weight double precision NOT NULL CHECK (quality_weight BETWEEN 0 AND 100),
  price_weight double precision NOT NULL CHECK (price_weight BETWEEN 0 AND 100),
  scale_min double precision NOT NULL DEFAULT 0,
  scale_max double precision NOT NULL DEFAULT 10,
  price_model text NOT NULL CHECK (price_model IN ('proportional', 'linear', 'interval')),
  -- linear: points fall by slope × S per 100 % above the lowest price.
  price_slope double precision CHECK (price_slope IS NULL OR price_slope > 0),
  -- interval: the evaluated prices (øre) that give full and zero points, e.g. 1.850 and 2.150 kr./week.
  price_best_ore bigint CHECK (price_best_ore IS NULL OR price_best_ore >= 0),
  price_worst_ore bigint,
  -- Alternative sub-criteria weightings to test, [{ "name": …, "weights": { code: percent } }]; the
  -- committee's amendments with a weighting are added from the decision record when the tender is evaluated.
  alternatives json NOT NULL DEFAULT '[]',
  -- Who decided the tender through the evaluation, and the committee item the decision rests on.
  decided_by uuid REFERENCES app_user (id),
  decided_at timestamptz,
  committee_item_id uuid REFERENCES committee_item (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (scale_max > scale_min),
  CHECK (price_model <> 'linear' OR price_slope IS NOT NULL),
  CHECK (price_model <> 'interval' OR (price_best_ore IS NOT NULL AND price_worst_ore > price_best_ore))
);

CREATE TABLE tender_criterion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_id uuid NOT NULL REFERENCES tender_evaluation (tender_id) ON DELETE CASCADE,
  -- The code the committee's alternative weightings use, e.g. 'progression'.
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
  weight double precision NOT NULL CHECK (weight >= 0),
  -- What the administration emphasises when scoring the criterion (seed 003, Tabel 1, right column).
  emphasis text NOT NULL DEFAULT '' CHECK (length(emphasis) <= 10000),
  position integer NOT NULL CHECK (position > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tender_id, code)
);

CREATE TABLE tender_price_element (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_id uuid NOT NULL REFERENCES tender_evaluation (tender_id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- The stated volume the weekly price is multiplied by, e.g. 26 programme weeks.
  volume double precision NOT NULL CHECK (volume > 0),
  -- The agreement price the element becomes when the tender is decided ('programme' / 'aftercare').
  price_kind text CHECK (price_kind IN ('programme', 'aftercare')),
  position integer NOT NULL CHECK (position > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tender_id, code)
);
CREATE UNIQUE INDEX tender_price_element_kind_idx ON tender_price_element (tender_id, price_kind)
  WHERE price_kind IS NOT NULL;

-- A bid in one tender area: from an existing provider, or from a bidder named by name and CVR number that
-- becomes a provider if the tender selects it.
CREATE TABLE tender_bid (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_id uuid NOT NULL REFERENCES tender_evaluation (tender_id) ON DELETE CASCADE,
  tender_area_id uuid NOT NULL REFERENCES tender_area (id),
  provider_id uuid REFERENCES organisation (id),
  bidder_name text CHECK (bidder_name IS NULL OR length(bidder_name) BETWEEN 1 AND 300),
  bidder_cvr text CHECK (bidder_cvr IS NULL OR bidder_cvr ~ '^[0-9]{8}$'),
  bidder_district text,
  -- The bidder's solution description (løsningsbeskrivelse) as text; files in tender_bid_attachment.
  solution text NOT NULL DEFAULT '' CHECK (length(solution) <= 50000),
  received_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (provider_id IS NOT NULL OR (bidder_name IS NOT NULL AND bidder_cvr IS NOT NULL))
);
CREATE INDEX tender_bid_tender_idx ON tender_bid (tender_id);
CREATE UNIQUE INDEX tender_bid_provider_idx ON tender_bid (tender_area_id, provider_id)
  WHERE provider_id IS NOT NULL;
CREATE UNIQUE INDEX tender_bid_cvr_idx ON tender_bid (tender_area_id, bidder_cvr)
  WHERE provider_id IS NULL;

CREATE TABLE tender_bid_price (
  bid_id uuid NOT NULL REFERENCES tender_bid (id) ON DELETE CASCADE,
  price_element_id uuid NOT NULL REFERENCES tender_price_element (id) ON DELETE CASCADE,
  weekly_ore bigint NOT NULL CHECK (weekly_ore > 0),
  PRIMARY KEY (bid_id, price_element_id)
);

-- Small files of a bid (its solution description as PDF, CVs, …). The size limit is the API's body limit.
CREATE TABLE tender_bid_attachment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  bid_id uuid NOT NULL REFERENCES tender_bid (id) ON DELETE CASCADE,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  content_type text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 200),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  content bytea NOT NULL,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tender_bid_attachment_bid_idx ON tender_bid_attachment (bid_id);

CREATE TABLE tender_evaluator (
  tender_id uuid NOT NULL REFERENCES tender_evaluation (tender_id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tender_id, user_id)
);

-- Each evaluator's own points per bid and sub-criterion, with a written justification.
CREATE TABLE tender_score (
  bid_id uuid NOT NULL REFERENCES tender_bid (id) ON DELETE CASCADE,
  criterion_id uuid NOT NULL REFERENCES tender_criterion (id) ON DELETE CASCADE,
  evaluator_id uuid NOT NULL REFERENCES app_user (id),
  points double precision NOT NULL,
  justification text NOT NULL CHECK (length(justification) BETWEEN 1 AND 10000),
  recorded_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bid_id, criterion_id, evaluator_id)
);

-- The evaluators' agreed points per bid and sub-criterion: only these count in the evaluation.
CREATE TABLE tender_consensus_score (
  bid_id uuid NOT NULL REFERENCES tender_bid (id) ON DELETE CASCADE,
  criterion_id uuid NOT NULL REFERENCES tender_criterion (id) ON DELETE CASCADE,
  points double precision NOT NULL,
  justification text NOT NULL CHECK (length(justification) BETWEEN 1 AND 10000),
  recorded_by uuid REFERENCES app_user (id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (bid_id, criterion_id)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON tender_evaluation, tender_criterion, tender_price_element, tender_bid,
  tender_bid_price, tender_bid_attachment, tender_evaluator, tender_score, tender_consensus_score TO indsats_app;
