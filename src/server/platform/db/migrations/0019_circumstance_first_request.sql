-- The job-talk obligation belongs to the citizen's benefit period, counted from the first request to the
-- municipality for help (LAB § 9, stk. 2, nr. 2; § 31, stk. 5, lbk. nr. 280/2024). The caseworker records
-- the date; while it is missing, the talk rules count from the course start and say it is derived.
ALTER TABLE citizen_circumstance ADD COLUMN first_request_on date;
