-- Paying providers (issue 14): the monthly billing basis (afregningsgrundlag) per provider, computed from
-- the billing rules (docs/billing.md), accepted by the provider's lead and approved by the administration.
-- An approved basis is locked: neither it nor its lines may change or disappear (the triggers below, so no
-- code path can forget it). A later correction is a credit or debit line in a later month's basis with its
-- reason. Amounts are integer øre; months are 'YYYY-MM'. The basis holds sums only, never a citizen.

-- The municipality's EAN number (GLN) that the provider invoices to, from the framework agreement: 13
-- digits, the last a GS1 check digit (weights 1 and 3 from the left; payment.rules.ts isValidEan).
CREATE FUNCTION indsats_is_valid_ean(ean text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT ean ~ '^[0-9]{13}$' AND (10 - (
    SELECT sum(substr(ean, i, 1)::int * CASE WHEN i % 2 = 1 THEN 1 ELSE 3 END) FROM generate_series(1, 12) AS i
  ) % 10) % 10 = substr(ean, 13, 1)::int
$$;

ALTER TABLE framework_agreement
  ADD COLUMN ean text CHECK (indsats_is_valid_ean(ean));

CREATE TABLE billing_basis (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'accepted', 'approved')),
  -- Weeks of courses are counted as of this day (the month's last day once the month has ended).
  as_of date NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- Weeks of the month without a price when it was computed: a basis with such weeks is not approved.
  problem_weeks integer NOT NULL DEFAULT 0 CHECK (problem_weeks >= 0),
  prepared_by uuid REFERENCES app_user (id),
  accepted_by uuid REFERENCES app_user (id),
  accepted_at timestamptz,
  approved_by uuid REFERENCES app_user (id),
  approved_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider_id, month),
  CHECK ((status = 'draft') = (accepted_at IS NULL)),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);

-- 'weeks': the billing rules' sum for one agreement; 'correction': a credit (negative) or debit (positive)
-- of an earlier, approved month, with its reason.
CREATE TABLE billing_basis_line (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  basis_id uuid NOT NULL REFERENCES billing_basis (id),
  kind text NOT NULL CHECK (kind IN ('weeks', 'correction')),
  agreement_id uuid REFERENCES framework_agreement (id),
  programme_weeks integer NOT NULL DEFAULT 0 CHECK (programme_weeks >= 0),
  programme_ore bigint NOT NULL DEFAULT 0,
  aftercare_weeks integer NOT NULL DEFAULT 0 CHECK (aftercare_weeks >= 0),
  aftercare_ore bigint NOT NULL DEFAULT 0,
  course_count integer NOT NULL DEFAULT 0 CHECK (course_count >= 0),
  amount_ore bigint NOT NULL,
  corrects_month text CHECK (corrects_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  reason text CHECK (length(reason) BETWEEN 1 AND 2000),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'weeks' OR (agreement_id IS NOT NULL AND amount_ore = programme_ore + aftercare_ore)),
  CHECK (kind <> 'correction' OR (corrects_month IS NOT NULL AND reason IS NOT NULL AND amount_ore <> 0))
);
CREATE INDEX billing_basis_line_basis_idx ON billing_basis_line (basis_id);

-- An invoice received from the provider for a month, matched against that month's approved basis.
CREATE TABLE billing_invoice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  invoice_number text NOT NULL CHECK (length(invoice_number) BETWEEN 1 AND 100),
  invoice_date date NOT NULL,
  amount_ore bigint NOT NULL,
  received_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider_id, invoice_number)
);
CREATE INDEX billing_invoice_month_idx ON billing_invoice (month, provider_id);

-- The lock. An approved basis may not be updated or deleted; a line of an approved basis may not be
-- inserted, updated or deleted. Raised as check_violation so the service can answer INVALID_STATE.
CREATE FUNCTION indsats_billing_basis_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'billing basis % is approved and locked', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER billing_basis_locked BEFORE UPDATE OR DELETE ON billing_basis
  FOR EACH ROW EXECUTE FUNCTION indsats_billing_basis_locked();

CREATE FUNCTION indsats_billing_basis_line_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  FOR target IN
    SELECT DISTINCT x FROM unnest(ARRAY[
      CASE WHEN TG_OP <> 'INSERT' THEN OLD.basis_id END,
      CASE WHEN TG_OP <> 'DELETE' THEN NEW.basis_id END]) AS x WHERE x IS NOT NULL
  LOOP
    IF EXISTS (SELECT 1 FROM billing_basis WHERE id = target AND status = 'approved') THEN
      RAISE EXCEPTION 'billing basis % is approved and locked', target USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER billing_basis_line_locked BEFORE INSERT OR UPDATE OR DELETE ON billing_basis_line
  FOR EACH ROW EXECUTE FUNCTION indsats_billing_basis_line_locked();

-- TRUNCATE bypasses row triggers: refuse it outright on the locked tables.
CREATE FUNCTION indsats_billing_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'billing bases are not truncated' USING ERRCODE = 'check_violation';
END;
$$;

CREATE TRIGGER billing_basis_no_truncate BEFORE TRUNCATE ON billing_basis
  FOR EACH STATEMENT EXECUTE FUNCTION indsats_billing_no_truncate();
CREATE TRIGGER billing_basis_line_no_truncate BEFORE TRUNCATE ON billing_basis_line
  FOR EACH STATEMENT EXECUTE FUNCTION indsats_billing_no_truncate();

GRANT SELECT, INSERT, UPDATE, DELETE ON billing_basis, billing_basis_line TO indsats_app;
GRANT SELECT, INSERT ON billing_invoice TO indsats_app;
