// The case presentation's standard text (sagsfremstilling, issue 14) made from the saved reports' figures:
// each result table's total in the chosen report and, when there is an earlier report, the change in
// percentage points (the pack's key figures, pack-document.ts). The pack form offers it, editable; the
// one place the text is made. Pure, in Danish or English.
import type { Language } from '../messages.ts';
import { formatPercent, formatPoints } from '../outcomes/outcome.format.ts';

export interface ReportTotals {
  title: string;
  /** Each table's total rate in whole percent; null without courses. */
  totals: { exit: number | null; placement: number | null; plan: number | null };
}

const TABLES = ['exit', 'placement', 'plan'] as const;

const TEXTS = {
  da: {
    names: {
      exit: 'afgang til job, uddannelse og deltid',
      placement: 'virksomhedsplacering',
      plan: 'forberedende plan',
    },
    now: (title: string, list: string) =>
      `Den gemte rapport "${title}" viser for alle leverandører under ét: ${list}.`,
    change: (title: string, list: string) =>
      `I forhold til den forrige rapport "${title}" er ændringen: ${list}.`,
    none: 'Der er ingen tidligere rapport at sammenligne med.',
    and: ' og ',
  },
  en: {
    names: {
      exit: 'exit to job, education and part-time work',
      placement: 'company placement',
      plan: 'preparatory plan',
    },
    now: (title: string, list: string) =>
      `The saved report "${title}" shows for all providers together: ${list}.`,
    change: (title: string, list: string) => `Against the previous report "${title}" the change is: ${list}.`,
    none: 'There is no earlier report to compare with.',
    and: ' and ',
  },
} as const;

function join(parts: string[], and: string): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${and}${parts.at(-1)}`;
}

/** The standard text: two paragraphs (the figures now; the change or that there is nothing to compare). */
export function standardPresentation(
  current: ReportTotals,
  previous: ReportTotals | null,
  language: Language,
): string {
  const t = TEXTS[language];
  const now = TABLES.map((table) => `${t.names[table]} ${formatPercent(current.totals[table], language)}`);
  const first = t.now(current.title, join(now, t.and));
  if (!previous) return `${first}\n\n${t.none}`;
  const changes = TABLES.map((table) => {
    const [a, b] = [current.totals[table], previous.totals[table]];
    return `${t.names[table]} ${formatPoints(a !== null && b !== null ? a - b : null, language)}`;
  });
  return `${first}\n\n${t.change(previous.title, join(changes, t.and))}`;
}
