// Calendar arithmetic on ISO dates ('YYYY-MM-DD'), in UTC so a date never shifts with the time zone.
// Pure: the agreement rules build on these.

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

export function addDays(date: IsoDate, days: number): IsoDate {
  const utc = toUtc(date);
  utc.setUTCDate(utc.getUTCDate() + days);
  return fromUtc(utc);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isMonthEnd(date: IsoDate): boolean {
  const utc = toUtc(date);
  return utc.getUTCDate() === daysInMonth(utc.getUTCFullYear(), utc.getUTCMonth() + 1);
}

/**
 * Adds whole months, end-of-month aware: a period ending on the last day of a month ends on the last day
 * of the target month (31 Dec 2023 + 12 = 31 Dec 2024; 28 Feb 2023 + 12 = 29 Feb 2024); any other day is
 * kept, or clamped to the target month's length (30 Jan + 1 = 28 Feb).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const utc = toUtc(date);
  const index = utc.getUTCFullYear() * 12 + utc.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysInMonth(year, month);
  const day = isMonthEnd(date) ? last : Math.min(utc.getUTCDate(), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date's month as a running count (year × 12 + month), to compare months regardless of the day. */
export function monthIndex(date: IsoDate): number {
  const utc = toUtc(date);
  return utc.getUTCFullYear() * 12 + utc.getUTCMonth();
}

/** Today's date in Copenhagen: the agreements belong to the municipality's calendar. */
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

/** "31-12-2023", the Danish date format of messages (ARCHITECTURE.md "Conventions users expect"). */
export function formatDanishDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}-${month}-${year}`;
}
