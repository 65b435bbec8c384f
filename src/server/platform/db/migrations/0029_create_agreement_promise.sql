-- What the provider promised (issue 14): per framework agreement, the promises of its bid (the tender's
-- sub-criteria, e.g. a number of binding company partnerships, local partners, courses per mentor) or of
-- the agreement itself (a clause), compared by agreement-promise.rules.ts with what indsats records today.
-- Binding partnerships need nothing new: company_partnership.is_binding (migration 0004) records them.
--
-- A promised value is stored in tenths, so a ratio such as 12,5 courses per mentor is exact; counts are
-- whole tenths (10 partnerships = 100). A kind indsats does not record ('other') names itself and its unit.
CREATE TABLE agreement_promise (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('binding_partnerships', 'local_partners', 'mentor_ratio', 'other')),
  label text CHECK (length(label) BETWEEN 1 AND 200),
  unit text CHECK (length(unit) BETWEEN 1 AND 50),
  promised_tenths integer NOT NULL CHECK (promised_tenths BETWEEN 0 AND 10000000),
  -- Where the promise stands: the bid (optionally its sub-criterion) or a clause of the agreement.
  source text NOT NULL CHECK (source IN ('bid', 'agreement')),
  bid_id uuid REFERENCES tender_bid (id) ON DELETE SET NULL,
  criterion_id uuid REFERENCES tender_criterion (id) ON DELETE SET NULL,
  -- The agreement's clause as written, or for a bid an optional quote of it.
  source_text text CHECK (length(source_text) BETWEEN 1 AND 5000),
  recorded_by uuid REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'other') = (label IS NOT NULL AND unit IS NOT NULL)),
  CHECK (kind = 'other' OR (label IS NULL AND unit IS NULL)),
  CHECK (source = 'bid' OR (source_text IS NOT NULL AND bid_id IS NULL AND criterion_id IS NULL))
);
CREATE INDEX agreement_promise_agreement_idx ON agreement_promise (agreement_id);

GRANT SELECT, INSERT, DELETE ON agreement_promise TO indsats_app;
