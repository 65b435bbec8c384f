-- A citizen's birth date beside the encrypted CPR number (issue 13, the fair comparison's speed): the age
-- band of a course is then counted by the database with the course's other facts, instead of every
-- citizen's CPR number being decrypted for each report. The birth date is the CPR number's first six
-- digits with the century (shared/cpr.ts, birthDateOfCpr); the other four digits stay encrypted, and the
-- row already names the citizen. Derived data: written with the CPR number when a citizen is stored, and
-- filled for earlier rows when the app or the CLI opens the database (SQL migrations do not hold the key).
-- A row without it is read from its CPR number as before; nothing depends on it being there, only the
-- speed.
ALTER TABLE citizen ADD COLUMN birth_date date;
