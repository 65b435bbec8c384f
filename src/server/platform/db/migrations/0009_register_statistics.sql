-- The planner needs statistics on the register's key, not on its packed arrays: sampling the arrays made
-- ANALYZE of 100,000 persons take half a second instead of a tenth. The imports analyse the tables they
-- change (PGlite has no autovacuum to do it), so the outcome tables are planned with real row counts.
ALTER TABLE register_person ALTER COLUMN weekly_codes SET STATISTICS 0;
ALTER TABLE register_person ALTER COLUMN employment_degrees SET STATISTICS 0;
