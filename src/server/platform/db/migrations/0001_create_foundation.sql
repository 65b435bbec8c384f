-- Foundation: organisations, users, sessions, citizens, the audit trail, and the database role the
-- app runs user requests as. Row-level security on every table holding citizen data.

-- The app's request role. Requests run `SET LOCAL ROLE indsats_app`, so the grants and policies below
-- hold even for a query that forgets the application's own filter.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'indsats_app') THEN
    CREATE ROLE indsats_app NOLOGIN;
  END IF;
EXCEPTION
  -- Two databases on one cluster migrating at once (tests) may race to create the shared role.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

CREATE TABLE system_setting (
  key text PRIMARY KEY,
  value text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('administration', 'job_centre', 'provider')),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9_-]*$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  username text NOT NULL UNIQUE CHECK (username = lower(username) AND username ~ '^[a-z0-9._@-]{2,100}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  -- argon2id; NULL for users who only sign in through OpenID Connect.
  password_hash text,
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0
    AND roles <@ ARRAY['admin', 'caseworker', 'provider_staff', 'provider_lead', 'analyst', 'procurement']
  ),
  oidc_subject text UNIQUE,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Sessions live in the database so that several server instances share them. The cookie holds a
-- random token; only its SHA-256 is stored.
CREATE TABLE user_session (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE login_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_username_idx ON login_attempt (username, attempted_at);
CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, attempted_at);

-- OpenID Connect logins in flight (state, PKCE verifier, nonce), shared by all instances.
CREATE TABLE oidc_login (
  state text PRIMARY KEY,
  code_verifier text NOT NULL,
  nonce text NOT NULL,
  return_to text NOT NULL DEFAULT '/',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE citizen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The job centre responsible for the citizen's case.
  job_centre_id uuid NOT NULL REFERENCES organisation (id),
  -- HMAC-SHA-256 of the CPR number under the look-up key; never the raw number.
  cpr_hash bytea NOT NULL UNIQUE,
  -- AES-256-GCM: 12-byte IV, 16-byte tag, ciphertext.
  cpr_encrypted bytea NOT NULL,
  name text NOT NULL CHECK (length(name) <= 200),
  district text,
  -- Free-text notes may hold health and abuse information: encrypted like the CPR number.
  notes_encrypted bytea,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX citizen_job_centre_idx ON citizen (job_centre_id);
CREATE INDEX citizen_name_idx ON citizen (lower(name));

-- Stands in for referrals and courses until those modules exist: a provider sees a citizen linked here.
CREATE TABLE citizen_provider_link (
  citizen_id uuid NOT NULL REFERENCES citizen (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (citizen_id, provider_id)
);
CREATE INDEX citizen_provider_link_provider_idx ON citizen_provider_link (provider_id);

-- The audit trail: append-only for the app role, each row hash-chained to the previous one.
CREATE TABLE audit_event (
  seq bigint PRIMARY KEY,
  occurred_at timestamptz NOT NULL,
  actor_user_id uuid,
  actor_username text NOT NULL,
  organisation_id uuid,
  action text NOT NULL CHECK (
    action IN ('read', 'search', 'create', 'update', 'export', 'delete', 'login', 'login_failed', 'logout')
  ),
  entity_type text NOT NULL,
  entity_id text,
  citizen_id uuid,
  -- Citizens shown in a search result: their access log lists the search too.
  result_citizen_ids uuid[] NOT NULL DEFAULT '{}',
  criteria jsonb,
  request_id text,
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_event_citizen_idx ON audit_event (citizen_id);
CREATE INDEX audit_event_results_idx ON audit_event USING gin (result_citizen_ids);

-- The newest link of the chain; deleting the last rows of audit_event is detected against it.
CREATE TABLE audit_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64));

-- Row scope, in SQL functions so every policy says the same thing:
--   a job centre sees the citizens it is responsible for;
--   a provider sees the citizens linked to it (later: with a referral or course there);
--   anyone else (the administration) sees none.
-- SECURITY DEFINER lets the policies on citizen and citizen_provider_link refer to each other without
-- recursion.
CREATE FUNCTION indsats_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('indsats.organisation_id', true), '')::uuid $$;

CREATE FUNCTION indsats_organisation_kind() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('indsats.organisation_kind', true), '') $$;

CREATE FUNCTION indsats_provider_has_citizen(target uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT indsats_organisation_kind() = 'provider' AND EXISTS (
      SELECT 1 FROM citizen_provider_link l WHERE l.citizen_id = target AND l.provider_id = indsats_organisation_id())
  $$;

-- The citizen row's own columns decide for a job centre, so a row being inserted (INSERT … RETURNING)
-- is judged by its values, not by a look-up that cannot see it yet.
CREATE FUNCTION indsats_citizen_row_visible(target uuid, responsible_job_centre uuid) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$
    SELECT (indsats_organisation_kind() = 'job_centre' AND responsible_job_centre = indsats_organisation_id())
        OR indsats_provider_has_citizen(target)
  $$;

CREATE FUNCTION indsats_citizen_visible(target uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
    SELECT EXISTS (SELECT 1 FROM citizen c WHERE c.id = target AND indsats_citizen_row_visible(c.id, c.job_centre_id))
  $$;

ALTER TABLE citizen ENABLE ROW LEVEL SECURITY;
CREATE POLICY citizen_scope ON citizen
  USING (indsats_citizen_row_visible(id, job_centre_id))
  -- Only a job centre creates citizens, and only its own.
  WITH CHECK (indsats_organisation_kind() = 'job_centre' AND job_centre_id = indsats_organisation_id());

ALTER TABLE citizen_provider_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY citizen_provider_link_scope ON citizen_provider_link
  USING (indsats_citizen_visible(citizen_id));

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_insert ON audit_event FOR INSERT WITH CHECK (true);
CREATE POLICY audit_event_scope ON audit_event FOR SELECT
  USING (
    (citizen_id IS NOT NULL AND indsats_citizen_visible(citizen_id))
    OR EXISTS (SELECT 1 FROM unnest(result_citizen_ids) AS r (id) WHERE indsats_citizen_visible(r.id))
  );

GRANT USAGE ON SCHEMA public TO indsats_app;
GRANT SELECT ON organisation TO indsats_app;
-- Never the password hash or the OIDC subject.
GRANT SELECT (id, organisation_id, username, display_name, roles, is_active) ON app_user TO indsats_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON citizen, citizen_provider_link TO indsats_app;
-- Append-only: no UPDATE or DELETE on the trail for the app.
GRANT SELECT, INSERT ON audit_event TO indsats_app;
GRANT SELECT, UPDATE ON audit_head TO indsats_app;
GRANT EXECUTE ON FUNCTION indsats_organisation_id(), indsats_organisation_kind(), indsats_provider_has_citizen(uuid),
  indsats_citizen_row_visible(uuid, uuid), indsats_citizen_visible(uuid) TO indsats_app;
