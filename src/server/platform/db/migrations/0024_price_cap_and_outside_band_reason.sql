-- A tender's price band is the administration's estimate (seed 002: "prisniveau" 1.850–2.150 kr. a week),
-- not a limit: yearly indexation moves prices past it (issue 12). An agreement price outside the band is
-- allowed with a written reason, stored on the price. A tender may state a real cap per price kind
-- separately; a price above it is refused.
ALTER TABLE tender
  ADD COLUMN programme_cap_weekly_ore bigint CHECK (programme_cap_weekly_ore > 0),
  ADD COLUMN aftercare_cap_weekly_ore bigint CHECK (aftercare_cap_weekly_ore > 0);

ALTER TABLE agreement_price
  ADD COLUMN outside_band_reason text CHECK (length(outside_band_reason) BETWEEN 1 AND 2000);

-- A committee item's date when it is not the meeting's own: seed 003 prints no meeting date for its item,
-- only the appendix's date (18 May 2020), and the record needs a date to file the item under (issue 12).
ALTER TABLE committee_item
  ADD COLUMN meeting_date_note text CHECK (length(meeting_date_note) BETWEEN 1 AND 500);
