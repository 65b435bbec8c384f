// Cost per result, the budget burn-down and the watch on selection as plain Danish text for the committee
// (the text report of `indsats report fairness`): rounded Danish numbers, providers by name, no ranks.
import type {
  BurnDown,
  CostRow,
  FairnessReport,
  SelectionRow,
} from '../../../../shared/outcomes/fairness.schemas.ts';
import { formatDanishDate } from '../../../../shared/dates.ts';
import { formatPeriod } from '../../../../shared/outcomes/outcome.format.ts';
import { fill } from '../../../../shared/messages.ts';

type Danish = (value: number, decimals: number) => string;

const TEXTS = {
  costTitle: 'Pris pr. resultat, forløb afsluttet {period} (faktureret pr. {asOf})',
  cost:
    '{name}: {billed} kr. faktureret for {completed} afsluttede forløb ({perCompleted} kr. pr. forløb); ' +
    '{successes} i job, uddannelse eller deltidsbeskæftigelse ({perSuccess}).',
  perSuccess: '{value} kr. pr. resultat',
  noSuccess: 'ingen resultater at dele med',
  total: 'Alle leverandører',
  burnDownTitle: 'Budget {year}',
  burnDown:
    'Ramme {frame} kr.; faktureret indtil nu {billed} kr.; forventet resten af året med de forløb, der kører i dag, ' +
    '{forecast} kr.; tilbage ved årets slutning {remaining} kr.',
  selectionTitle: 'Hvem tager leverandørerne imod? Henvisninger {period}',
  selectionIntro:
    'Borgerne er delt i tre lige store grupper af celler efter deres forventede chance for job eller uddannelse ' +
    '(laveste, midterste og højeste tredjedel). En leverandør markeres, når den afviser en større andel af ' +
    'borgerne med de laveste chancer end af dem med de højeste, og forskellen er større, end tilfældigheder ' +
    'plausibelt kan give (Fishers eksakte test, ensidet, p < 0,05).',
  selection:
    '{name} afviste {lowRejected} af {lowDecided} henvisninger med de laveste chancer og {highRejected} af ' +
    '{highDecided} med de højeste.',
  flagged:
    'Det er en større forskel, end tilfældigheder plausibelt kan give (p = {p}): leverandøren kan være ved at ' +
    'fravælge de borgere, der har sværest ved at komme videre.',
  notFlagged: 'Forskellen kan skyldes tilfældigheder (p = {p}).',
  noTest: 'Der er ikke afgjorte henvisninger i både laveste og højeste gruppe, så der kan ikke siges noget.',
  earlyEnds: 'Forløb afsluttet inden for 28 dage: {low} / {middle} / {high} (laveste / midterste / højeste).',
  unbanded: '{count} henvisninger havde en borger i en celle uden forløb i exittabellen og indgår ikke.',
};

function costLine(row: CostRow, n: Danish): string {
  return fill(TEXTS.cost, {
    name: row.providerName ?? TEXTS.total,
    billed: n(row.billedKroner, 0),
    completed: n(row.completed, 0),
    perCompleted: row.kronerPerCompleted === null ? '–' : n(row.kronerPerCompleted, 0),
    successes: n(row.successes, 0),
    perSuccess:
      row.kronerPerSuccess === null
        ? TEXTS.noSuccess
        : fill(TEXTS.perSuccess, { value: n(row.kronerPerSuccess, 0) }),
  });
}

function burnDownLine(b: BurnDown, n: Danish): string {
  return `${fill(TEXTS.burnDownTitle, { year: b.year })}: ${fill(TEXTS.burnDown, {
    frame: n(b.frameKroner, 0),
    billed: n(b.billedKroner, 0),
    forecast: n(b.forecastKroner, 0),
    remaining: n(b.remainingKroner, 0),
  })}`;
}

/** The plain-words sentence about one provider's selection (its three band rows). */
export function selectionSentence(rows: readonly SelectionRow[], n: Danish): string {
  const [low, middle, high] = rows as [SelectionRow, SelectionRow, SelectionRow];
  const said = fill(TEXTS.selection, {
    name: low.providerName,
    lowRejected: n(low.rejected, 0),
    lowDecided: n(low.rejected + low.accepted, 0),
    highRejected: n(high.rejected, 0),
    highDecided: n(high.rejected + high.accepted, 0),
  });
  const p = low.creamingP;
  const verdict =
    p === null ? TEXTS.noTest : fill(low.flagged ? TEXTS.flagged : TEXTS.notFlagged, { p: n(p, 3) });
  const early = fill(TEXTS.earlyEnds, {
    low: n(low.earlyEnds, 0),
    middle: n(middle.earlyEnds, 0),
    high: n(high.earlyEnds, 0),
  });
  return `${said} ${verdict} ${early}`;
}

export function costAndSelectionAsText(report: FairnessReport, n: Danish): string {
  const { cost, selection } = report;
  const lines = [
    fill(TEXTS.costTitle, {
      period: formatPeriod(report.exit.from, report.exit.to, 'da'),
      asOf: formatDanishDate(cost.asOf),
    }),
    '',
    ...[...cost.rows, cost.total].map((row) => costLine(row, n)),
    ...(cost.burnDown.length > 0 ? ['', ...cost.burnDown.map((b) => burnDownLine(b, n))] : []),
    '',
    fill(TEXTS.selectionTitle, { period: formatPeriod(selection.from, selection.to, 'da') }),
    TEXTS.selectionIntro,
    '',
  ];
  for (let i = 0; i < selection.rows.length; i += 3)
    lines.push(selectionSentence(selection.rows.slice(i, i + 3), n));
  if (selection.unbanded > 0) lines.push('', fill(TEXTS.unbanded, { count: n(selection.unbanded, 0) }));
  return lines.join('\n');
}
