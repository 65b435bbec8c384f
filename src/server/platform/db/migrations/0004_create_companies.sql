-- The company network: companies, each provider's partnerships with them, and local partners.

CREATE TABLE company (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  cvr text NOT NULL UNIQUE CHECK (cvr ~ '^[0-9]{8}$'),
  -- May be empty: a bulk import creates a company known only by its CVR number.
  name text NOT NULL DEFAULT '',
  address text,
  district text,
  industry text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE company_partnership (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  company_id uuid NOT NULL REFERENCES company (id),
  -- Binding (forpligtende) partnerships count towards the tender's requirement (10–15).
  is_binding boolean NOT NULL,
  starts_on date NOT NULL,
  ends_on date,
  offers text[] NOT NULL DEFAULT '{}' CHECK (offers <@ ARRAY['internship', 'small_job', 'job']),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX company_partnership_provider_idx ON company_partnership (provider_id);

CREATE TABLE local_partner (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL CHECK (
    kind IN ('local_committee', 'housing_association', 'volunteer_organisation', 'area_renewal', 'social_services', 'other')
  ),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
  -- For housing associations: their social plan (boligsocial helhedsplan), e.g. Fællesskaberne.
  social_plan text,
  contact_name text,
  contact_email text,
  contact_phone text,
  cooperation text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX local_partner_provider_idx ON local_partner (provider_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON company, company_partnership, local_partner TO indsats_app;
