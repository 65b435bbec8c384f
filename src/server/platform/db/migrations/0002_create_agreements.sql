-- Tenders, tender areas, provider details, framework agreements with extensions and weekly prices
-- (seeds 000, 002, 003). Area numbers are data: the 2020 and 2023 tenders number the same areas differently.

CREATE TABLE provider_profile (
  organisation_id uuid PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
  cvr text UNIQUE CHECK (cvr ~ '^[0-9]{8}$'),
  -- The local anchor: one of Copenhagen's districts, and optionally a neighbourhood (Sydhavnen, Nordvest).
  -- NULL only when the seeds do not say (HKI, 2017–2020): the app requires a district for new providers.
  district text,
  neighbourhood text,
  address text,
  contact_name text,
  contact_email text,
  contact_phone text,
  -- "Provider since 2013" (seed 000).
  provider_since integer CHECK (provider_since BETWEEN 1900 AND 2100),
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tender (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  case_number text,
  decided_on date,
  -- The tender's requirement of binding company partnerships per provider (10–15 in the seeds).
  min_binding_partnerships integer CHECK (min_binding_partnerships >= 0),
  max_binding_partnerships integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (max_binding_partnerships IS NULL OR max_binding_partnerships >= coalesce(min_binding_partnerships, 0))
);

-- Price bands a tender may set per price element (seed 002: 1,850–2,150 and 575–700 kr./week).
CREATE TABLE tender_price_band (
  tender_id uuid NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
  price_kind text NOT NULL CHECK (price_kind IN ('programme', 'aftercare')),
  min_weekly_ore bigint NOT NULL CHECK (min_weekly_ore > 0),
  max_weekly_ore bigint NOT NULL,
  PRIMARY KEY (tender_id, price_kind),
  CHECK (max_weekly_ore >= min_weekly_ore)
);

CREATE TABLE tender_area (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_id uuid NOT NULL REFERENCES tender (id),
  number integer NOT NULL CHECK (number > 0),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  target_group text NOT NULL DEFAULT '',
  providers_to_select integer NOT NULL CHECK (providers_to_select > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tender_id, number)
);

CREATE TABLE framework_agreement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tender_area_id uuid NOT NULL REFERENCES tender_area (id),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  case_number text,
  starts_on date NOT NULL,
  original_ends_on date NOT NULL,
  -- The current end: the original end, moved by exercised extensions, or set by termination with notice.
  ends_on date NOT NULL,
  notice_weeks integer NOT NULL DEFAULT 8 CHECK (notice_weeks >= 0),
  -- 'expired' is not stored: it follows from ends_on and today.
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'terminated')),
  notice_given_on date,
  termination_reason text,
  -- The light regime allows more than 4 years including extensions when justified.
  long_duration_justification text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (original_ends_on >= starts_on),
  CHECK (ends_on >= starts_on),
  UNIQUE (tender_area_id, provider_id, starts_on)
);
CREATE INDEX framework_agreement_provider_idx ON framework_agreement (provider_id);

CREATE TABLE agreement_extension (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position > 0),
  months integer NOT NULL CHECK (months > 0),
  exercised_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agreement_id, position)
);

-- Weekly prices per agreement and period, in øre, separately for the programme and for aftercare.
CREATE TABLE agreement_price (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agreement_id uuid NOT NULL REFERENCES framework_agreement (id) ON DELETE CASCADE,
  price_kind text NOT NULL CHECK (price_kind IN ('programme', 'aftercare')),
  valid_from date NOT NULL,
  valid_to date,
  weekly_ore bigint NOT NULL CHECK (weekly_ore > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from),
  UNIQUE (agreement_id, price_kind, valid_from)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON provider_profile, tender, tender_price_band, tender_area,
  framework_agreement, agreement_extension, agreement_price TO indsats_app;
GRANT INSERT, UPDATE ON organisation TO indsats_app;
