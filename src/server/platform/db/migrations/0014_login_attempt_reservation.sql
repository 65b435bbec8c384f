-- Sign-in attempts are reserved before the password is checked (issue 10, defect 5): a row with
-- succeeded NULL is an attempt in flight and counts against the limit until it is settled, so parallel
-- requests cannot all pass the check. `device` is the trusted browser (device cookie) an attempt came
-- from, NULL for any other client (defect 6: a browser that signed in before is not locked out by
-- someone else's guesses). See docs/security.md, "Sign-in limits".
ALTER TABLE login_attempt ALTER COLUMN succeeded DROP NOT NULL;
ALTER TABLE login_attempt ADD COLUMN device text;
CREATE INDEX login_attempt_device_idx ON login_attempt (device, attempted_at) WHERE device IS NOT NULL;
