-- register_person.weekly_codes becomes bytea: two bytes per week, big-endian (platform/db/register-codes.ts).
-- A smallint[] parameter is decoded element by element: 260 weeks × 100,000 persons took a second of the
-- register import's database time; bytea arrives as it is. The stored codes are converted in place.
ALTER TABLE register_person ADD COLUMN weekly_code_bytes bytea;
UPDATE register_person SET weekly_code_bytes = (
  SELECT coalesce(string_agg(int2send(u.code), ''::bytea ORDER BY u.week), ''::bytea)
    FROM unnest(weekly_codes) WITH ORDINALITY AS u (code, week));
ALTER TABLE register_person DROP COLUMN weekly_codes;
ALTER TABLE register_person RENAME COLUMN weekly_code_bytes TO weekly_codes;
ALTER TABLE register_person ALTER COLUMN weekly_codes SET NOT NULL;
ALTER TABLE register_person ALTER COLUMN weekly_codes SET STATISTICS 0;
