// CVR numbers (the Danish company register): 8 digits, modulus 11 with the weights 2 7 6 5 4 3 2 1.
// Unlike CPR numbers, every CVR number passes the check, so a failure is an error.

export type CvrProblem = 'cvr.format' | 'cvr.checksum';
export type CvrResult = { ok: true; cvr: string } | { ok: false; problem: CvrProblem };

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

export function passesCvrModulus11(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * WEIGHTS[i]!;
  return sum % 11 === 0;
}

/** Validates a CVR number as typed ("DK 12 34 56 78", "12345678"). */
export function parseCvr(input: string): CvrResult {
  const digits = input
    .trim()
    .replace(/^DK[-\s]?/i, '')
    .replace(/[\s-]/g, '');
  if (!/^[1-9]\d{7}$/.test(digits)) return { ok: false, problem: 'cvr.format' };
  if (!passesCvrModulus11(digits)) return { ok: false, problem: 'cvr.checksum' };
  return { ok: true, cvr: digits };
}
