-- Budget frames (the annual money a programme may spend, which buys capacity at the agreed prices)
-- and budget notes with their two tables (seed 004): activities × years, and the same money by
-- committee, appropriation number and income/expense. Amounts in øre; shown in 1.000 kr.

CREATE TABLE budget_frame (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  programme text NOT NULL CHECK (length(programme) BETWEEN 1 AND 300),
  tender_id uuid REFERENCES tender (id),
  tender_area_id uuid REFERENCES tender_area (id),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_ore bigint NOT NULL CHECK (amount_ore >= 0),
  -- For capacity: how long a course and its aftercare are expected to last.
  expected_course_weeks integer NOT NULL DEFAULT 52 CHECK (expected_course_weeks > 0),
  expected_aftercare_weeks integer NOT NULL DEFAULT 0 CHECK (expected_aftercare_weeks >= 0),
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme, year)
);

CREATE TABLE budget (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  case_number text,
  -- "1.000 kr. – 2019 p/l": the price level the amounts are stated at.
  price_level_year integer NOT NULL CHECK (price_level_year BETWEEN 2000 AND 2100),
  first_year integer NOT NULL,
  last_year integer NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (last_year >= first_year AND last_year - first_year < 20)
);

-- Tabel 1: one row per activity.
CREATE TABLE budget_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  budget_id uuid NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
  position integer NOT NULL,
  activity text NOT NULL,
  steering_area text NOT NULL DEFAULT 'Service',
  UNIQUE (budget_id, position)
);

-- Net amount shown = gross − co-financing (seed 004: 0.5 mio. kr. from Områdefornyelsen in 2019).
CREATE TABLE budget_activity_amount (
  activity_id uuid NOT NULL REFERENCES budget_activity (id) ON DELETE CASCADE,
  year integer NOT NULL,
  gross_ore bigint NOT NULL CHECK (gross_ore >= 0),
  cofinancing_ore bigint NOT NULL DEFAULT 0 CHECK (cofinancing_ore >= 0),
  cofinancing_source text,
  PRIMARY KEY (activity_id, year)
);

-- Tabel 2: the same money by committee, appropriation number and income (I) / expense (U).
CREATE TABLE budget_appropriation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  budget_id uuid NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
  position integer NOT NULL,
  steering_area text NOT NULL DEFAULT 'Service',
  committee text NOT NULL,
  appropriation_number text NOT NULL,
  direction text NOT NULL CHECK (direction IN ('I', 'U')),
  UNIQUE (budget_id, position)
);

CREATE TABLE budget_appropriation_amount (
  appropriation_id uuid NOT NULL REFERENCES budget_appropriation (id) ON DELETE CASCADE,
  year integer NOT NULL,
  amount_ore bigint NOT NULL CHECK (amount_ore >= 0),
  PRIMARY KEY (appropriation_id, year)
);

-- Totals as printed in the source document ("I alt" column, "Udgifter i alt" row), checked against the
-- computed sums so a difference shows. row_position NULL = the total row; year NULL = the total column.
CREATE TABLE budget_stated_total (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  budget_id uuid NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
  table_name text NOT NULL CHECK (table_name IN ('activities', 'appropriations')),
  row_position integer,
  year integer,
  amount_ore bigint NOT NULL,
  UNIQUE NULLS NOT DISTINCT (budget_id, table_name, row_position, year)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON budget_frame, budget, budget_activity, budget_activity_amount,
  budget_appropriation, budget_appropriation_amount, budget_stated_total TO indsats_app;
