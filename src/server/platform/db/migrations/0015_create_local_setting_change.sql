-- Local rule settings (src/shared/local-settings.ts) keep their history: every value an administrator
-- set, by whom, when and why. The value in force stays in system_setting (read by the rules); this
-- table is the record of how it came to be. No personal data, so the app role reads it and the
-- settings service writes it as the administrator (audited like every administrative change).
CREATE TABLE local_setting_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL,
  -- NULL: the setting was cleared, and its default applies again.
  value text,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX local_setting_change_key_idx ON local_setting_change (key, changed_at);

-- The job-talk follow-up interval was set in SQL before this table existed: keep it as history.
INSERT INTO local_setting_change (key, value, reason, changed_by, changed_at)
SELECT key, value, 'Sat før indstillingssiden fandtes (migration 0015)', 'migration', updated_at
FROM system_setting
WHERE key = 'job_talks.follow_up_months_from_2026_07_01';

GRANT SELECT ON local_setting_change TO indsats_app;
