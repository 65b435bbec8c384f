// How the decision record reads: party lists ("F, B og A"), vote lines and weightings.
import type { ProposalView } from '../../../shared/tenders/decision.schemas.ts';

export type Language = 'da' | 'en';

/** "Ø og Å", "F, B og A" (Danish); "F, B, and A" (English). */
export function partyList(parties: readonly string[], language: Language): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'da-DK', {
    style: 'long',
    type: 'conjunction',
  }).format(parties);
}

type Votes = NonNullable<ProposalView['votes']>;

/** "For: 4 (Ø og Å) · Imod: 5 (F, B og A) · Undlod: 2 (C og V)"; a group without parties shows only its count. */
export function voteLine(votes: Votes, labels: Record<keyof Votes, string>, language: Language): string {
  return (['for', 'against', 'abstaining'] as const)
    .map((group) => {
      const { count, parties } = votes[group];
      const who = parties.length > 0 ? ` (${partyList(parties, language)})` : '';
      return `${labels[group]}: ${count}${who}`;
    })
    .join(' · ');
}

/** "progression 30, local 40, individual 30". */
export function weightsText(weights: Record<string, number>, language: Language): string {
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK');
  return Object.entries(weights)
    .map(([code, weight]) => `${code} ${number.format(weight)}`)
    .join(', ');
}

/** Party letters typed as "F, B og A" or "F B A" → ["F", "B", "A"]. */
export function parsePartyInput(text: string): string[] {
  return text
    .replace(/\s+(og|and)\s+/gi, ',')
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** "progression=30, local=40" → { progression: 30, local: 40 }; null when empty; undefined when unreadable. */
export function parseWeightsInput(text: string): Record<string, number> | null | undefined {
  if (text.trim() === '') return null;
  const result: Record<string, number> = {};
  for (const part of text.split(/[,;\n]+/)) {
    if (part.trim() === '') continue;
    const match = /^\s*([^=:\s]+)\s*[=:]\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$/.exec(part);
    if (!match) return undefined;
    result[match[1]!] = Number(match[2]!.replace(',', '.'));
  }
  return result;
}
