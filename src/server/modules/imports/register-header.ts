// The header of a DREAM extract (research/domain.md §1.2): a person column `PNR` (or `pnr`, `cpr`),
// weekly columns `y_YYWW` (two-digit year — below 90 is 20YY, else 19YY — and ISO week), monthly
// employment degrees `grad_YYYY_MM`; every other column (`branche_*`, `ak*`, …) is ignored and listed.
// The register is stored packed from the first week and the first month, so the weekly columns must
// form one contiguous range of ISO weeks, and the monthly columns one range of months: a gap is an error
// rather than a silent "no benefit". Pure.
import type { ImportMessageKey } from '../../../shared/imports/import.messages.ts';

export interface HeaderProblem {
  column?: string;
  message: ImportMessageKey;
  params?: Record<string, string | number>;
}

export interface RegisterLayout {
  personIndex: number;
  /** The Monday of the first week, YYYY-MM-DD. */
  firstWeekMonday: string;
  /** Column index of each week, from the first week on. */
  weekColumns: number[];
  /** The first day of the first month (YYYY-MM-01), or null without monthly columns. */
  firstMonth: string | null;
  /** Column index of each month, from the first month on. */
  monthColumns: number[];
  /** Column names of the first and last week and month, for the summary. */
  weekRange: [string, string];
  monthRange: [string, string] | null;
  ignored: string[];
}

const DAY_MS = 86_400_000;
const WEEK_COLUMN = /^y_(\d{2})(\d{2})$/i;
const MONTH_COLUMN = /^grad_(\d{4})_(\d{2})$/i;
const PERSON_COLUMNS = ['pnr', 'cpr'];

/** DREAM's two-digit years: below 90 is 20YY, otherwise 19YY (the register starts in 1991). */
export function fullYear(twoDigits: number): number {
  return twoDigits < 90 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** Days since 1970-01-01 of the Monday of ISO week 1 of `year` (the week holding 4 January). */
function firstIsoMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday;
}

/** 53 in long ISO years (1 January a Thursday, or a Wednesday in a leap year), else 52. */
export function isoWeeksInYear(year: number): number {
  return (firstIsoMonday(year + 1) - firstIsoMonday(year)) / 7;
}

/** Days since 1970-01-01 of the Monday of an ISO week; undefined when the week does not exist. */
export function isoWeekMondayDay(year: number, week: number): number | undefined {
  if (week < 1 || week > isoWeeksInYear(year)) return undefined;
  return firstIsoMonday(year) + (week - 1) * 7;
}

export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO year and week of the Monday `day` (days since 1970-01-01). */
function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  return { year, week: Math.floor((thursday - firstIsoMonday(year) - 3) / 7) + 1 };
}

function weekLabel(day: number): string {
  const { year, week } = isoWeekOf(day);
  return `y_${String(year % 100).padStart(2, '0')}${String(week).padStart(2, '0')}`;
}

function monthLabel(index: number): string {
  return `grad_${Math.floor(index / 12)}_${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Offsets present in `map`, checked to run from the smallest to the largest without a gap. */
function contiguous(
  offsets: Map<number, number>,
  label: (offset: number) => string,
  gapMessage: ImportMessageKey,
  problems: HeaderProblem[],
): { first: number; columns: number[] } | undefined {
  if (offsets.size === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const offset of offsets.keys()) {
    first = Math.min(first, offset);
    last = Math.max(last, offset);
  }
  const columns: number[] = [];
  const missing: number[] = [];
  for (let offset = first; offset <= last; offset++) {
    const column = offsets.get(offset);
    if (column === undefined) missing.push(offset);
    else columns.push(column);
  }
  if (missing.length > 0) {
    problems.push({
      message: gapMessage,
      params: {
        first: label(first),
        last: label(last),
        count: missing.length,
        missing: missing.slice(0, 3).map(label).join(', '),
      },
    });
    return undefined;
  }
  return { first, columns };
}

/** Reads the header of an extract; the layout is undefined when there are problems. */
export function parseRegisterHeader(columns: readonly string[]): {
  layout?: RegisterLayout;
  problems: HeaderProblem[];
} {
  const problems: HeaderProblem[] = [];
  const weeks = new Map<number, number>(); // week's Monday (days since 1970) → column index
  const months = new Map<number, number>(); // year × 12 + month − 1 → column index
  const ignored: string[] = [];
  let personIndex = -1;
  columns.forEach((raw, index) => {
    const name = raw.trim();
    const lower = name.toLowerCase();
    if (PERSON_COLUMNS.includes(lower)) {
      if (personIndex >= 0)
        problems.push({ column: name, message: 'import.duplicate_column', params: { column: name } });
      else personIndex = index;
      return;
    }
    if (lower.startsWith('y_')) {
      const match = WEEK_COLUMN.exec(name);
      const monday = match ? isoWeekMondayDay(fullYear(Number(match[1])), Number(match[2])) : undefined;
      if (monday === undefined) {
        problems.push({ column: name, message: 'import.register.bad_week_column', params: { column: name } });
      } else if (weeks.has(monday)) {
        problems.push({ column: name, message: 'import.duplicate_column', params: { column: name } });
      } else {
        weeks.set(monday, index);
      }
      return;
    }
    if (lower.startsWith('grad_')) {
      const match = MONTH_COLUMN.exec(name);
      const month = match ? Number(match[2]) : 0;
      if (!match || month < 1 || month > 12) {
        problems.push({
          column: name,
          message: 'import.register.bad_month_column',
          params: { column: name },
        });
        return;
      }
      const key = Number(match[1]) * 12 + month - 1;
      if (months.has(key)) {
        problems.push({ column: name, message: 'import.duplicate_column', params: { column: name } });
      } else {
        months.set(key, index);
      }
      return;
    }
    ignored.push(name);
  });
  if (personIndex < 0) problems.push({ message: 'import.register.person_column' });
  if (weeks.size === 0) problems.push({ message: 'import.register.no_weeks' });
  // Week offsets count weeks from the earliest Monday.
  const earliest = Math.min(...weeks.keys());
  const byWeek = new Map([...weeks].map(([monday, column]) => [(monday - earliest) / 7, column]));
  const weekRun = contiguous(
    byWeek,
    (offset) => weekLabel(earliest + offset * 7),
    'import.register.week_gap',
    problems,
  );
  const monthRun = contiguous(months, monthLabel, 'import.register.month_gap', problems);
  if (problems.length > 0 || !weekRun) return { problems };
  const lastWeek = earliest + (weekRun.columns.length - 1) * 7;
  return {
    problems,
    layout: {
      personIndex,
      firstWeekMonday: dayToIso(earliest),
      weekColumns: weekRun.columns,
      firstMonth: monthRun
        ? `${Math.floor(monthRun.first / 12)}-${String((monthRun.first % 12) + 1).padStart(2, '0')}-01`
        : null,
      monthColumns: monthRun?.columns ?? [],
      weekRange: [weekLabel(earliest), weekLabel(lastWeek)],
      monthRange: monthRun
        ? [monthLabel(monthRun.first), monthLabel(monthRun.first + monthRun.columns.length - 1)]
        : null,
      ignored,
    },
  };
}
