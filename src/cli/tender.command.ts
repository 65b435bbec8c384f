import fs from 'node:fs';
import type { Command } from 'commander';
import type { TenderEvaluation } from '../server/modules/tenders/evaluation.ts';
import { cliIo, exitRun, printError } from './output.ts';

const round = (value: number, decimals = 4) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const pct = (fraction: number) => `${round(fraction * 100, 1)} %`;

/** The JSON output: figures rounded to 4 decimals, every bid an object with bidder and area. */
export function evaluationJson(evaluation: TenderEvaluation) {
  return {
    weights: evaluation.weights,
    priceModel: evaluation.priceModel,
    areas: evaluation.areas.map((area) => ({
      ...area,
      bids: area.bids.map((b) => ({
        ...b,
        evaluatedPrice: round(b.evaluatedPrice, 2),
        pricePoints: round(b.pricePoints),
        qualityScore: round(b.qualityScore),
        total: round(b.total),
      })),
      stableQualityWeight: {
        from: round(area.stableQualityWeight.from),
        to: round(area.stableQualityWeight.to),
      },
      alternatives: area.alternatives.map((a) => ({
        ...a,
        ranking: a.ranking.map((r) => ({ ...r, qualityScore: round(r.qualityScore), total: round(r.total) })),
      })),
    })),
  };
}

export function evaluationText(evaluation: TenderEvaluation): string {
  const lines: string[] = [
    `Weights: quality ${pct(evaluation.weights.quality)}, price ${pct(evaluation.weights.price)}; price model: ${evaluation.priceModel.type}`,
  ];
  for (const area of evaluation.areas) {
    lines.push('', `Area ${area.id}${area.name ? ` – ${area.name}` : ''} (select ${area.select})`);
    lines.push(
      `  ${'rank'.padEnd(5)}${'bidder'.padEnd(32)}${'price'.padStart(14)}${'price pts'.padStart(11)}${'quality'.padStart(9)}${'total'.padStart(9)}  selected`,
    );
    for (const b of area.bids) {
      lines.push(
        `  ${String(b.rank).padEnd(5)}${b.bidder.slice(0, 31).padEnd(32)}${b.evaluatedPrice.toFixed(2).padStart(14)}${b.pricePoints.toFixed(2).padStart(11)}${b.qualityScore.toFixed(2).padStart(9)}${b.total.toFixed(2).padStart(9)}  ${b.selected ? 'yes' : 'no'}${b.tie ? ' (tie)' : ''}`,
      );
    }
    if (area.tieAtCutoff)
      lines.push(
        '  Warning: tied bids straddle the cut-off; the model alone does not decide who is selected.',
      );
    lines.push(
      `  The same bidders are selected for quality weights ${pct(area.stableQualityWeight.from)} to ${pct(area.stableQualityWeight.to)}.`,
    );
    for (const alternative of area.alternatives) {
      const order = alternative.ranking
        .map((r) => `${r.rank}. ${r.bidder}${r.selected ? '*' : ''}`)
        .join(', ');
      lines.push(
        `  Alternative "${alternative.name}": ${order} — selection ${alternative.selectionChanges ? 'CHANGES' : 'unchanged'}`,
      );
    }
    if (area.rankReversals.length === 0) {
      lines.push(
        `  Rank reversal: ${evaluation.priceModel.type === 'interval' ? 'not possible (fixed anchors)' : 'none'}.`,
      );
    }
    for (const reversal of area.rankReversals) {
      lines.push(
        `  Rank reversal: without "${reversal.removed}" the selection becomes ${reversal.selectedAfter.join(', ')} (was ${reversal.selectedBefore.join(', ')}).`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

export function registerTenderCommands(program: Command): void {
  const tender = program.command('tender').description('Tender evaluation');
  tender
    .command('score')
    .description(
      'Evaluate a tender described in JSON, without the database: scores, ranking, selection, sensitivity (see docs/tender-scoring.md)',
    )
    .argument('<file>', 'the tender as JSON')
    .option('--format <format>', 'json or text', 'text')
    .action(async (file: string, options: { format: string }) => {
      const { evaluateTender } = await import('../server/modules/tenders/evaluation.ts');
      const { parseTenderInput } = await import('../server/modules/tenders/tender-input.ts');
      if (!['json', 'text'].includes(options.format))
        throw new Error(`--format must be json or text, not "${options.format}"`);
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`cannot read ${file}: ${(error as Error).message}`, { cause: error });
      }
      const parsed = parseTenderInput(json);
      if (!parsed.ok) {
        printError(`error: ${file} is not a valid tender:`);
        for (const problem of parsed.problems) printError(`  ${problem}`);
        exitRun(1);
      }
      const evaluation = evaluateTender(parsed.model);
      cliIo().stdout.write(
        options.format === 'json'
          ? JSON.stringify(evaluationJson(evaluation), null, 2) + '\n'
          : evaluationText(evaluation),
      );
    });
}
