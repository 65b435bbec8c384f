// `indsats tender score` evaluates a tender from JSON without a database.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve('bin/indsats.mjs');
const EXAMPLE = path.resolve('docs/examples/tender-2020.json');

function score(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, 'tender', 'score', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts the CLI (Node with the TypeScript loader): seconds on a busy machine, not milliseconds.
describe('indsats tender score', { timeout: 30_000 }, () => {
  it('prints every bid with its figures, rank and selection as JSON', () => {
    const result = score([EXAMPLE, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const output = JSON.parse(result.stdout) as {
      areas: {
        id: string;
        bids: Record<string, unknown>[];
        stableQualityWeight: { from: number; to: number };
        alternatives: { selectionChanges: boolean }[];
        rankReversals: unknown[];
      }[];
    };
    expect(output.areas.map((a) => a.id)).toEqual(['1', '2']);
    const udsatte = output.areas[1]!;
    // The example's bidders are synthetic (issue 12: no real organisation gets invented bids or points).
    expect(udsatte.bids[0]).toEqual({
      bidder: 'Tilbudsgiver D (syntetisk)',
      area: '2',
      evaluatedPrice: 92_560,
      pricePoints: 9.4382,
      qualityScore: 8.8,
      total: 8.9276,
      rank: 1,
      selected: true,
      tie: false,
    });
    expect(udsatte.bids.filter((b) => b.selected).map((b) => b.bidder)).toEqual([
      'Tilbudsgiver D (syntetisk)',
      'Tilbudsgiver E (syntetisk)',
    ]);
    expect(udsatte.stableQualityWeight.to).toBe(1);
    expect(udsatte.alternatives[0]!.selectionChanges).toBe(false);
  });

  it('prints a readable text report by default', () => {
    const result = score([EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Weights: quality 80 %, price 20 %; price model: proportional');
    expect(result.stdout).toMatch(/The same bidders are selected for quality weights [\d.]+ % to 100 %\./);
    expect(result.stdout).toContain('Alternative "Ændringsforslag 30/40/30 (Ø)"');
  });

  it('refuses a tender with bad weights or missing scores, naming them', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tender-')), 'bad.json');
    const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as {
      weights: object;
      bids: { quality: Record<string, number> }[];
    };
    example.weights = { quality: 70, price: 20 };
    delete example.bids[0]!.quality.local;
    fs.writeFileSync(file, JSON.stringify(example));
    const result = score([file, '--format', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('weights: quality and price sum to 90, not 100 %');
    expect(result.stderr).toContain('bid "Tilbudsgiver A (syntetisk)" in area "1": no score for "local"');
    expect(score(['/nonexistent.json']).stderr).toContain('cannot read /nonexistent.json');
  });
});
