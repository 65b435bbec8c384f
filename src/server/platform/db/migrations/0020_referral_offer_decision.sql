-- A referral rests on the municipality's offer decision under LAB, not on the citizen's consent:
-- a cash-benefit recipient has a duty to take up offers under LAB kap. 11-14 (LAB § 100, stk. 2, and the
-- right and duty of § 102, lov nr. 548 af 7.5.2019, jf. lbk. nr. 280 af 1.3.2024). The referral records the
-- decision (type of offer and its dates), the date the citizen was informed (informed_on, unchanged) and the
-- citizen's response; a refusal is recorded with the reason as given and does not block the referral.
--   offer_type: 'guidance_and_upskilling' = vejledning og opkvalificering (LAB kap. 14, §§ 90-92),
--               'internship' = virksomhedspraktik (LAB kap. 11, §§ 57-).
-- consent_given is a legacy column: kept with the data of existing rows, no longer written or shown
-- (so it may now be null). Existing rows keep their data; their offer columns stay null (not recorded).
ALTER TABLE referral ALTER COLUMN consent_given DROP NOT NULL;

ALTER TABLE referral
  ADD COLUMN offer_type text CHECK (offer_type IN ('guidance_and_upskilling', 'internship')),
  ADD COLUMN offer_from date,
  ADD COLUMN offer_to date,
  ADD COLUMN citizen_response text CHECK (citizen_response IN ('accepted', 'refused')),
  -- Free text about the citizen: sealed like the note (AES-256-GCM), never in plain.
  ADD COLUMN citizen_response_reason_encrypted bytea,
  -- Referred although the programme's target-group rules were not met on the referral date (issue 12,
  -- item 2): allowed with a stated reason, and marked like outside_district.
  ADD COLUMN outside_target_group boolean NOT NULL DEFAULT false,
  ADD COLUMN target_group_reason_encrypted bytea,
  ADD CONSTRAINT referral_offer_period CHECK (offer_to IS NULL OR offer_from IS NULL OR offer_to >= offer_from),
  ADD CONSTRAINT referral_refusal_reason CHECK (
    citizen_response IS DISTINCT FROM 'refused' OR citizen_response_reason_encrypted IS NOT NULL
  ),
  ADD CONSTRAINT referral_target_group_reason CHECK (
    NOT outside_target_group OR target_group_reason_encrypted IS NOT NULL
  );
