// Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so a date never shifts with the time zone, and
// the municipality's calendar (today in Copenhagen, the Danish date format). One place for every module:
// the two ways of adding months are named for what they mean. Pure.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function toUtc(date: IsoDate): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && fromUtc(toUtc(value)) === value;
}

/** The date as a day number (days since 1970-01-01), to count and compare days as integers. */
export function dayNumber(date: IsoDate): number {
  // Reports turn hundreds of thousands of dates into day numbers: 'YYYY-MM-DD' with a month of 1–12 is
  // read digit by digit and counted by dayOfCivil (which, like Date.UTC, carries a day past the month's
  // end into the next month); anything else goes through the checked parse, which throws as before.
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    // Date.UTC reads years 0–99 as 1900–1999: those go the checked way too.
    if (year >= 100 && month >= 1 && month <= 12 && day >= 0) return dayOfCivil(year, month, day);
  }
  return toUtc(date).getTime() / DAY_MS;
}

/** The decimal number of text[from, to), or -1 when a character is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

export function isoOfDay(day: number): IsoDate {
  return fromUtc(new Date(day * DAY_MS));
}

/**
 * The calendar date of a day number, by integer arithmetic (no Date object): for loops that walk many
 * days and need the year or month of each (proleptic Gregorian, as Date; H. Hinnant's civil_from_days).
 */
export function civilOfDay(day: number): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** The day number of a calendar date (month 1–12), by integer arithmetic; the inverse of civilOfDay. */
export function dayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfDay(dayNumber(date) + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isMonthEnd(date: IsoDate): boolean {
  const utc = toUtc(date);
  return utc.getUTCDate() === daysInMonth(utc.getUTCFullYear(), utc.getUTCMonth() + 1);
}

function shiftMonths(date: IsoDate, months: number, keepMonthEnd: boolean): IsoDate {
  const utc = toUtc(date);
  const index = utc.getUTCFullYear() * 12 + utc.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const last = daysInMonth(year, month);
  const day = keepMonthEnd && isMonthEnd(date) ? last : Math.min(utc.getUTCDate(), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar months as the law and the outcome definitions count them: the same day of the month, or the
 * target month's last day when it is shorter (31 Jan + 1 = 28/29 Feb; 28 Feb + 1 = 28 Mar).
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  return shiftMonths(date, months, false);
}

/**
 * Months of an agreement's period: a period ending on the last day of a month ends on the last day of
 * the target month (31 Dec 2023 + 12 = 31 Dec 2024; 28 Feb 2023 + 12 = 29 Feb 2024); any other day is
 * kept, or clamped to the target month's length (30 Jan + 1 = 28 Feb).
 */
export function addMonthsKeepingMonthEnd(date: IsoDate, months: number): IsoDate {
  return shiftMonths(date, months, true);
}

/** The date's month as a running count (year × 12 + month), to compare months regardless of the day. */
export function monthIndex(date: IsoDate): number {
  const utc = toUtc(date);
  return utc.getUTCFullYear() * 12 + utc.getUTCMonth();
}

/** The first day of the date's month. */
export function monthOf(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

/** Today's date in Copenhagen: the municipality's calendar, whatever the server's time zone. */
export function copenhagenDate(now: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today's date in Copenhagen, the date the law and the users count in. */
export function todayInCopenhagen(): IsoDate {
  return copenhagenDate(new Date());
}

/** Whole years of age on a date (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** "31-12-2023", the Danish date format of messages and exports (ARCHITECTURE.md "Conventions users expect"). */
export function formatDanishDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}

const SHORT_MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as the app writes it in a line of text, page or message: "07-09-2026" in Danish, "7 Sep 2026"
 * in English. Anything that is not an ISO date is returned as it is.
 */
export function formatDate(date: IsoDate, language: 'da' | 'en'): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  if (language === 'da') return formatDanishDate(date);
  return `${Number(match[3])} ${SHORT_MONTHS_EN[Number(match[2]) - 1]} ${match[1]}`;
}

/**
 * A period as Danish documents write it: "01-02-2026 – 30-04-2026"; without an end, "01-02-2026 – nu"
 * once it has begun and "fra 01-02-2027" while it lies ahead.
 */
export function formatDanishPeriod(from: IsoDate, to: IsoDate | null, today: IsoDate): string {
  if (to) return `${formatDanishDate(from)} – ${formatDanishDate(to)}`;
  return from > today ? `fra ${formatDanishDate(from)}` : `${formatDanishDate(from)} – nu`;
}
