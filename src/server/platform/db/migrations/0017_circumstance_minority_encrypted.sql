-- Minority background is an article 9 category (racial or ethnic origin): it is sealed with the app's key
-- like notes, and shown only to those who need it (the job centre; providers see the eligibility check's
-- outcome). The key is not available to SQL: values written before this migration stay in
-- minority_background until the server's start seals them (courses module,
-- sealPlaintextMinorityBackground); nothing writes minority_background any more.
ALTER TABLE citizen_circumstance ADD COLUMN minority_background_encrypted bytea;
