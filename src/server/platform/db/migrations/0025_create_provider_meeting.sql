-- Follow-up with providers (opfølgningsmøder, issue 14): per provider, meetings with participants, minutes
-- and an agenda kept as a snapshot of the provider's figures on the day it was made; agreed actions with an
-- owner, a deadline and a status; comments by the provider's lead and the administration; and complaints
-- and incidents about the provider. No citizen data except a complaint's description and handling, which
-- are sealed with the app's key like notes (they may name a citizen).
CREATE TABLE provider_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  held_on date NOT NULL,
  minutes text NOT NULL DEFAULT '' CHECK (length(minutes) <= 20000),
  -- The agenda as generated from the provider's figures (JSON, shared/meetings/agenda.schemas.ts), so it
  -- reads the same later; NULL until generated.
  agenda jsonb,
  agenda_generated_on date,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_meeting_provider_idx ON provider_meeting (provider_id, held_on);

-- A participant is a user of indsats or a named external person (e.g. a local partner's contact).
CREATE TABLE provider_meeting_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES provider_meeting (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  user_id uuid REFERENCES app_user (id),
  external_name text CHECK (length(external_name) BETWEEN 1 AND 200),
  external_organisation text CHECK (length(external_organisation) <= 200),
  CHECK ((user_id IS NULL) <> (external_name IS NULL))
);
CREATE INDEX provider_meeting_participant_meeting_idx ON provider_meeting_participant (meeting_id);
CREATE UNIQUE INDEX provider_meeting_participant_user_idx ON provider_meeting_participant (meeting_id, user_id)
  WHERE user_id IS NOT NULL;

-- An action agreed at a meeting; closed_on is set when it is done or cancelled.
CREATE TABLE provider_meeting_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES provider_meeting (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  owner_id uuid NOT NULL REFERENCES app_user (id),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  closed_on date,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'open') = (closed_on IS NULL))
);
CREATE INDEX provider_meeting_action_meeting_idx ON provider_meeting_action (meeting_id);
CREATE INDEX provider_meeting_action_owner_idx ON provider_meeting_action (owner_id, due_on) WHERE status = 'open';

-- A comment on a meeting (or one of its actions): the provider's lead answers, the administration replies.
CREATE TABLE provider_meeting_comment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES provider_meeting (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation (id),
  action_id uuid REFERENCES provider_meeting_action (id) ON DELETE CASCADE,
  author_id uuid NOT NULL REFERENCES app_user (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_meeting_comment_meeting_idx ON provider_meeting_comment (meeting_id, created_at);

-- A complaint or incident about a provider, from a citizen, a caseworker or a company. The description and
-- the handling may name a citizen, so both are sealed (AES-256-GCM) like notes.
CREATE TABLE provider_complaint (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  received_on date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('complaint', 'incident')),
  source text NOT NULL CHECK (source IN ('citizen', 'caseworker', 'company', 'other')),
  description_encrypted bytea NOT NULL,
  handling_encrypted bytea,
  closed_on date,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closed_on IS NULL OR closed_on >= received_on)
);
CREATE INDEX provider_complaint_provider_idx ON provider_complaint (provider_id, received_on);

-- A provider's users see only their own provider's rows (the service answers 404 before this applies).
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['provider_meeting', 'provider_meeting_participant', 'provider_meeting_action',
    'provider_meeting_comment', 'provider_complaint']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO indsats_app', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (indsats_provider_row_visible(provider_id))', t || '_scope', t);
  END LOOP;
END
$$;
