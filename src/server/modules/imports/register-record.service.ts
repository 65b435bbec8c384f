// A person's register status (the DREAM extract) for the citizen's right of access (GDPR art. 15):
// the weekly benefit codes as periods of equal code, with the codebook's meaning, and the monthly
// employment degrees. Runs in the caller's transaction; the caller audits the use.
import { addDays, addMonthsKeepingMonthEnd } from '../../../shared/dates.ts';
import type { Tx } from '../../platform/context.ts';
import { unpackWeeklyCodes } from '../../platform/db/register-codes.ts';
import * as repo from './register-record.repository.ts';

export interface RegisterPeriod {
  /** The Monday of the first week. */
  from: string;
  /** The Sunday of the last week. */
  to: string;
  /** The week's DREAM code, three digits; null for weeks without a benefit (code 0). */
  code: string | null;
  /** The codebook's meaning; null when the code is not in the codebook or there is no code. */
  meaning: string | null;
}

export interface RegisterRecord {
  firstWeekMonday: string;
  weekCount: number;
  periods: RegisterPeriod[];
  months: { month: string; employmentDegree: number }[];
  updatedAt: string;
}

const codeText = (code: number) => (code === 0 ? null : String(code).padStart(3, '0'));

export async function loadRegisterRecord(tx: Tx, personHash: Buffer): Promise<RegisterRecord | null> {
  const row = await repo.findRegisterPerson(tx, personHash);
  if (!row) return null;
  const codes = unpackWeeklyCodes(row.weeklyCodes);
  const runs: { start: number; end: number; code: number }[] = [];
  codes.forEach((code, week) => {
    const last = runs.at(-1);
    if (last && last.code === code) last.end = week;
    else runs.push({ start: week, end: week, code });
  });
  const used = [...new Set(codes.filter((c) => c !== 0).map((c) => codeText(c)!))];
  const meanings = new Map((await repo.listCodeMeanings(tx, used)).map((c) => [c.code, c.meaning]));
  const firstMonth = row.firstMonth;
  return {
    firstWeekMonday: row.firstWeekMonday,
    weekCount: codes.length,
    periods: runs.map((run) => {
      const code = codeText(run.code);
      return {
        from: addDays(row.firstWeekMonday, run.start * 7),
        to: addDays(row.firstWeekMonday, run.end * 7 + 6),
        code,
        meaning: code ? (meanings.get(code) ?? null) : null,
      };
    }),
    months: firstMonth
      ? row.employmentDegrees.map((degree, i) => ({
          month: addMonthsKeepingMonthEnd(firstMonth, i).slice(0, 7),
          employmentDegree: degree,
        }))
      : [],
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
