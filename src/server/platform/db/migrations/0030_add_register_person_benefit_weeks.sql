-- A person's benefit weeks as bits beside the weekly codes (issue 13, the fair comparison's speed): bit i
-- is 1 when week i's code counts as a benefit (register-codes.ts, BenefitCodes), so the benefit history
-- of a course's 156 weeks is bit_count(substring(benefit_weeks FROM first + 1 FOR 156)) in SQL instead of
-- 156 codes read per course. Derived data: written by the register import from the same codes, and
-- rewritten when the codebook changes which codes are not benefit (benefit_key names that set). A row
-- without bits, or with another key than the codebook's, is read from its codes as before; nothing
-- depends on the bits being there, only the speed.
ALTER TABLE register_person
  ADD COLUMN benefit_weeks bit varying,
  ADD COLUMN benefit_key text;

ALTER TABLE register_person
  ADD CONSTRAINT register_person_benefit_weeks_check CHECK (
    (benefit_weeks IS NULL) = (benefit_key IS NULL)
    AND (benefit_weeks IS NULL OR length(benefit_weeks) = length(weekly_codes) / 2)
  );
