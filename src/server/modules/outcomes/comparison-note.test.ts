// Issue 15 item 6 in the server's exports (PDF, XLSX, CLI text): a comparison with a saved report whose
// period has no data says so, as the page does, instead of "fra 4 % til – (–)".
import { describe, expect, it } from 'vitest';
import type {
  ComparisonRow,
  ComparisonTable,
  OutcomeResponse,
} from '../../../shared/outcomes/outcome.schemas.ts';
import { exitRowOf, NO_RATE, planRowOf } from './outcome-report.fixtures.ts';
import { presentTables } from './services/present-tables.ts';

function comparisonTable(previous: number | null, now: number | null): ComparisonTable {
  const total: ComparisonRow = {
    providerCode: null,
    providerName: null,
    previousCompleted: previous === null ? 0 : 50,
    previousCount: previous === null ? 0 : 2,
    previousRatePercent: previous,
    completed: now === null ? 0 : 50,
    count: now === null ? 0 : 3,
    ratePercent: now,
    points: previous !== null && now !== null ? now - previous : null,
    exactPoints: null,
  };
  return { rows: [], total };
}

function reportWith(previous: number | null, now: number | null): OutcomeResponse {
  const table = comparisonTable(previous, now);
  return {
    definitionVersion: 'seed-2020',
    exit: { from: '2026-01-01', to: '2026-06-30', rows: [], total: exitRowOf() },
    placement: {
      from: '2026-01-01',
      to: '2026-06-30',
      kinds: ['internship'],
      rows: [],
      total: { ...NO_RATE, completed: 0, placed: 0 },
    },
    plan: { from: '2026-01-01', to: '2026-06-30', rows: [], total: planRowOf() },
    comparison: {
      reportId: 'r1',
      title: 'Halvår 1',
      createdAt: '2026-07-01T08:00:00.000Z',
      definitionVersion: 'seed-2020',
      definitionChanged: false,
      changed: true,
      exit: table,
      placement: table,
      plan: table,
    },
  };
}

const exitNotes = (previous: number | null, now: number | null, language: 'da' | 'en') =>
  presentTables(reportWith(previous, now), language)[0]!.notes.filter((n) => /Sammenlignet|Compared/.test(n));

describe('the comparison sentence in the exports', () => {
  it('compares two figures as before', () => {
    expect(exitNotes(4, 7, 'da')).toEqual([
      'Sammenlignet med "Halvår 1": i alt fra 4 % til 7 % (+3 pct.-point).',
    ]);
  });

  it('says which side has no data, in Danish and English, never with a dash for a figure', () => {
    expect(exitNotes(4, null, 'da')).toEqual([
      'Sammenlignet med "Halvår 1": i alt 4 % i den gemte rapport; endnu ingen data i denne periode.',
    ]);
    expect(exitNotes(null, 7, 'en')).toEqual([
      'Compared with "Halvår 1": total 7% now; the saved report has no data to compare with.',
    ]);
    expect(exitNotes(null, null, 'da')).toEqual([
      'Sammenlignet med "Halvår 1": endnu ingen data i nogen af perioderne.',
    ]);
    for (const [p, n] of [
      [4, null],
      [null, 7],
      [null, null],
    ] as const)
      for (const language of ['da', 'en'] as const)
        expect(exitNotes(p, n, language).join(' ')).not.toMatch(/–/);
  });
});
