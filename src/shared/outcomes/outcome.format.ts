// How outcome figures read, the same on the page, in exports and in the PDF: periods as the committee
// writes them ("marts 2019 - september 2019", "16. maj 2019 - marts 2020") and whole percents.
import type { Language } from '../messages.ts';
import { MONTH_NAMES } from '../months.ts';

const MONTHS = MONTH_NAMES;

function parts(iso: string): [number, number, number] {
  return iso.split('-').map(Number) as [number, number, number];
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthText(year: number, month: number, language: Language): string {
  return `${MONTHS[language][month - 1]} ${year}`;
}

function dayText(year: number, month: number, day: number, language: Language): string {
  return language === 'da'
    ? `${day}. ${MONTHS.da[month - 1]} ${year}`
    : `${day} ${MONTHS.en[month - 1]} ${year}`;
}

/** A date as a day in words ("16. maj 2019"). */
export function formatDay(iso: string, language: Language): string {
  const [y, m, d] = parts(iso);
  return dayText(y, m, d, language);
}

/** A month in words ("marts 2020" / "March 2020") from any day of it. */
export function formatMonth(iso: string, language: Language): string {
  const [y, m] = parts(iso);
  return monthText(y, m, language);
}

/**
 * A period in words: whole months by their names, else the day ("marts 2019 - september 2019",
 * "16. maj 2019 - marts 2020").
 */
export function formatPeriod(from: string, to: string, language: Language): string {
  const [fy, fm, fd] = parts(from);
  const [ty, tm, td] = parts(to);
  const start = fd === 1 ? monthText(fy, fm, language) : dayText(fy, fm, fd, language);
  const end = td === lastDayOfMonth(ty, tm) ? monthText(ty, tm, language) : dayText(ty, tm, td, language);
  return `${start} - ${end}`;
}

/** A whole percent: "7 %" in Danish, "7%" in English; a dash without a figure. */
export function formatPercent(percent: number | null, language: Language): string {
  if (percent === null) return '–';
  return language === 'da' ? `${percent} %` : `${percent}%`;
}

/** An exact share with one decimal, for intervals: "5,7 %" / "5.7%". */
export function formatShare(share: number, language: Language): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return language === 'da' ? `${text.replace('.', ',')} %` : `${text}%`;
}

/** "5,7–31,5 %" / "5.7–31.5%". */
export function formatInterval(ci95: readonly [number, number] | null, language: Language): string {
  if (!ci95) return '–';
  const [low, high] = ci95.map((v) => (Math.round(v * 1000) / 10).toFixed(1));
  return language === 'da' ? `${low!.replace('.', ',')}–${high!.replace('.', ',')} %` : `${low}–${high}%`;
}

/** Percentage points with a sign: "+3 pct.-point" / "+3 pp"; a dash without both figures. */
export function formatPoints(points: number | null, language: Language): string {
  if (points === null) return '–';
  const sign = points > 0 ? '+' : points < 0 ? '−' : '±';
  const size = Math.abs(points);
  return language === 'da' ? `${sign}${size} pct.-point` : `${sign}${size} pp`;
}
