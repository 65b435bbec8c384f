// Money is integer øre everywhere (ARCHITECTURE.md): sums and splits never drift by rounding.
// Parsing and formatting follow Danish conventions: 1.850,50 kr.; budget tables in 1.000 kr.

export type MoneyProblem = 'money.format' | 'money.negative' | 'money.too_large';
export type MoneyResult = { ok: true; ore: number } | { ok: false; problem: MoneyProblem };

/** Above this, amounts are refused: far beyond any budget here, and well inside 2^53. */
export const MAX_ORE = 1_000_000_000_000_00;

function assertOre(ore: number): void {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`not a whole number of øre: ${ore}`);
}

/** Kroner and decimals read from typed text to øre, refused when beyond MAX_ORE. */
function toOre(whole: string, decimals: string | undefined): MoneyResult {
  const ore = Number(whole) * 100 + Number((decimals ?? '0').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore) || ore > MAX_ORE) return { ok: false, problem: 'money.too_large' };
  return { ok: true, ore };
}

/** Typed text without its unit ("kr.", "DKK" before or after) and spaces. */
function bareAmount(input: string): string {
  return input
    .trim()
    .replace(/^dkk\s*/i, '')
    .replace(/\s*(kr\.?|dkk)$/i, '')
    .replace(/\s/g, '');
}

/**
 * Kroner as typed by a Danish user: "1.850", "1850,5", "1.850,50 kr.", also "1850.50" (a dot followed by
 * one or two digits is read as decimals; by three, as a thousands separator).
 */
export function parseKroner(input: string): MoneyResult {
  const text = bareAmount(input);
  if (text.startsWith('-')) return { ok: false, problem: 'money.negative' };
  let match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(text);
  if (!match) match = /^(\d+)\.(\d{1,2})$/.exec(text);
  if (!match) return { ok: false, problem: 'money.format' };
  return toOre(match[1]!.replace(/\./g, ''), match[2]);
}

/**
 * Kroner as typed in the user's language: Danish as parseKroner; English "2,040.50", "2040.5",
 * "DKK 2,040", also "2040,50" (a comma followed by one or two digits is read as decimals; by three, as a
 * thousands separator). Amount fields in both languages read typed amounts with this.
 */
export function parseAmount(input: string, language: 'da' | 'en'): MoneyResult {
  if (language === 'da') return parseKroner(input);
  const text = bareAmount(input);
  if (text.startsWith('-')) return { ok: false, problem: 'money.negative' };
  let match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) match = /^(\d+),(\d{1,2})$/.exec(text);
  if (!match) return { ok: false, problem: 'money.format' };
  return toOre(match[1]!.replace(/,/g, ''), match[2]);
}

/**
 * An amount typed in the user's language as the API reads typed amounts (Danish, "2.040,50"); text that
 * is no amount is passed on as typed, for the API to refuse with its message.
 */
export function amountForApi(input: string, language: 'da' | 'en'): string {
  const parsed = parseAmount(input, language);
  return parsed.ok ? formatKroner(parsed.ore, { unit: false }) : input;
}

function groupThousands(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 185050 → "1.850,50 kr."; with `{ unit: false }` → "1.850,50". */
export function formatKroner(ore: number, options: { unit?: boolean } = {}): string {
  assertOre(ore);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const text = `${sign}${groupThousands(Math.floor(abs / 100))},${String(abs % 100).padStart(2, '0')}`;
  return options.unit === false ? text : `${text} kr.`;
}

/**
 * Øre as kroner in the reader's language: "1.850,00 kr." / "DKK 1,850.00"; without the unit (a column that
 * names it): "1.850,00" / "1,850.00". Pages and exports show money with this (issue 15: one format per
 * language, never a mix).
 */
export function formatMoney(ore: number, language: 'da' | 'en', options: { unit?: boolean } = {}): string {
  const unit = options.unit !== false;
  if (language === 'da') return formatKroner(ore, { unit });
  assertOre(ore);
  const amount = new Intl.NumberFormat('en-GB', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ore / 100);
  return unit ? `DKK ${amount}` : amount;
}

/** In 1.000 kr., rounded half away from zero: 120_000_000 øre → 1200 (shown "1.200"). */
export function toThousandKroner(ore: number): number {
  assertOre(ore);
  const sign = ore < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(ore) + 50_000) / 100_000);
}

export function fromThousandKroner(thousands: number): number {
  const ore = Math.round(thousands * 100_000);
  assertOre(ore);
  return ore;
}

/** 1200 → "1.200" (a budget table cell). */
export function formatThousandKroner(ore: number): string {
  const thousands = toThousandKroner(ore);
  return `${thousands < 0 ? '-' : ''}${groupThousands(Math.abs(thousands))}`;
}

export function sumOre(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    assertOre(amount);
    total += amount;
  }
  assertOre(total);
  return total;
}

/** Splits a total over weights so the parts add up to exactly the total (largest remainder). */
export function allocateOre(total: number, weights: readonly number[]): number[] {
  assertOre(total);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0 || weightSum <= 0) throw new RangeError('allocateOre needs positive weights');
  const exact = weights.map((w) => (total * w) / weightSum);
  const parts = exact.map(Math.floor);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { index } of order) {
    if (rest <= 0) break;
    parts[index]! += 1;
    rest -= 1;
  }
  return parts;
}
