// Pure rules of providers' master data: the organisation code made from a name, and the local anchor
// (district, and a neighbourhood that may pin the district, seed 000: Sydhavnen, Nordvest).
import { isDistrict, NEIGHBOURHOODS, type District } from '../../../shared/districts.ts';
import type { RuleProblem } from './agreement.rules.ts';

export const ORGANISATION_CODE = /^[a-z0-9][a-z0-9_-]*$/;
const MAX_CODE_LENGTH = 60;

/** "Send Flere Krydderier" → "send-flere-krydderier"; "Østerbro Værksted" → "oesterbro-vaerksted". */
export function providerCodeFromName(name: string): string {
  const code = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_CODE_LENGTH)
    .replace(/-+$/g, '');
  return code === '' ? 'leverandoer' : code;
}

/** The n-th alternative of a taken code: "settlementet-2", "settlementet-3", … */
export function codeCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return base.slice(0, MAX_CODE_LENGTH - suffix.length) + suffix;
}

/** The neighbourhood's district when the seeds name it (Sydhavnen → Vesterbro/Kongens Enghave). */
export function districtOfNeighbourhood(neighbourhood: string | null | undefined): District | undefined {
  if (!neighbourhood) return undefined;
  const key = Object.keys(NEIGHBOURHOODS).find((n) => n.toLowerCase() === neighbourhood.trim().toLowerCase());
  return key ? NEIGHBOURHOODS[key] : undefined;
}

/**
 * The district to store: the one chosen, or else the known neighbourhood's. A known neighbourhood in
 * another district is a mistake (Sydhavnen is not on Nørrebro); free-text neighbourhoods are accepted.
 */
export function resolveDistrict(
  district: string | null | undefined,
  neighbourhood: string | null | undefined,
): { ok: true; district: District } | { ok: false; problem: RuleProblem } {
  const implied = districtOfNeighbourhood(neighbourhood);
  if (district && !isDistrict(district))
    return { ok: false, problem: { kind: 'field', key: 'agreement.provider_district', field: 'district' } };
  if (district && implied && implied !== district) {
    return {
      ok: false,
      problem: {
        kind: 'field',
        key: 'agreement.neighbourhood_district',
        field: 'neighbourhood',
        params: { neighbourhood: neighbourhood!.trim(), district: implied },
      },
    };
  }
  const chosen = (district as District | null | undefined) ?? implied;
  if (!chosen)
    return { ok: false, problem: { kind: 'field', key: 'agreement.provider_district', field: 'district' } };
  return { ok: true, district: chosen };
}
