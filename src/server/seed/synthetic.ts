// Synthetic people for demo data and tests: CPR numbers that pass the date rules (and usually
// modulus 11), Danish-looking names that belong to no one in particular. Deterministic for a seed.
import { cprBirthYear, passesModulus11 } from '../../shared/cpr.ts';
import { passesCvrModulus11 } from '../../shared/cvr.ts';

/** Small deterministic PRNG (mulberry32), so demo data and test fixtures are the same every run. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * A CPR number for someone born between 1960 and 1999 (or in the years asked for, within 1900–1999),
 * with 7th digit 0–3 (1900s). With `modulus11: false` the number deliberately fails the check, as
 * numbers issued since 2007 may.
 */
export function syntheticCpr(
  rng: () => number,
  options: { modulus11?: boolean; bornFrom?: number; bornTo?: number } = {},
): string {
  const wantModulus11 = options.modulus11 ?? true;
  const from = options.bornFrom ?? 1960;
  const to = options.bornTo ?? 2000;
  // The serial's first digit is 0–3, which makes every number a 1900s birth: a drawn year 2000 is drawn
  // again (the default range's end keeps the demo's numbers as they were), and a range with no year
  // before 2000 is refused instead of drawing for ever.
  if (from < 1900 || from > 1999 || to > 2000 || from > to)
    throw new RangeError(`birth years ${from}–${to} outside 1900–1999`);
  for (;;) {
    const year = from + Math.floor(rng() * (to - from + 1));
    const month = 1 + Math.floor(rng() * 12);
    const day = 1 + Math.floor(rng() * 28);
    const serial = pad(Math.floor(rng() * 4000), 4); // first digit 0–3
    const digits = `${pad(day)}${pad(month)}${pad(year % 100)}${serial}`;
    if (cprBirthYear(year % 100, Number(serial[0])) !== year) continue;
    if (passesModulus11(digits) === wantModulus11) return digits;
  }
}

const FIRST_NAMES = [
  'Anders',
  'Birgitte',
  'Camilla',
  'Dennis',
  'Emil',
  'Fatima',
  'Gitte',
  'Hassan',
  'Ida',
  'Jens',
  'Karina',
  'Lars',
  'Mette',
  'Nadia',
  'Ole',
  'Pernille',
  'Rasmus',
  'Sofie',
  'Tobias',
  'Ulla',
  'Vibeke',
  'Yasmin',
  'Zainab',
  'Ahmed',
  'Louise',
  'Mikkel',
  'Henrik',
  'Susanne',
  'Kim',
  'Leila',
] as const;
const SURNAMES = [
  'Andersen',
  'Christensen',
  'Hansen',
  'Jensen',
  'Jørgensen',
  'Larsen',
  'Madsen',
  'Mortensen',
  'Nielsen',
  'Olsen',
  'Pedersen',
  'Petersen',
  'Poulsen',
  'Rasmussen',
  'Sørensen',
  'Thomsen',
  'Ali',
  'Hussein',
  'Yilmaz',
  'Kristensen',
  'Holm',
  'Frederiksen',
  'Lund',
  'Østergaard',
] as const;

export function syntheticName(rng: () => number): string {
  return `${pick(rng, FIRST_NAMES)} ${pick(rng, SURNAMES)}`;
}

const NOTES = [
  'Ønsker praktik i detailhandel. Har brug for korte arbejdsdage i starten.',
  'Har ikke været i arbejde i flere år. Motiveret for træningsbanen i køkkenet.',
  'Aftalt fast mentor. Møder stabilt om formiddagen.',
  'Behov for skånehensyn: undgå tunge løft.',
  'Ønsker hjælp til dansk på arbejdspladsen.',
  'Interesseret i lager og logistik. Kørekort mangler.',
] as const;

export function syntheticNote(rng: () => number): string {
  return pick(rng, NOTES);
}

/** A CVR number that passes modulus 11, so it validates, but is made up. */
export function syntheticCvr(rng: () => number): string {
  for (;;) {
    const digits = String(10_000_000 + Math.floor(rng() * 89_999_999));
    if (passesCvrModulus11(digits)) return digits;
  }
}
