import { describe, expect, it } from 'vitest';
import { sensitivityChart, sensitivityChartSvg } from './sensitivity-chart.ts';

const area = {
  bids: [
    { bidId: 'a', bidder: 'A & co', selected: true },
    { bidId: 'b', bidder: 'B', selected: false },
  ].map((b) => ({
    ...b,
    evaluatedPriceOre: 0,
    pricePoints: 0,
    qualityScore: 0,
    total: 0,
    rank: 1,
    tie: false,
    points: {},
  })),
  chart: [
    { qualityWeight: 0, totals: { a: 10, b: 0 } },
    { qualityWeight: 1, totals: { a: 0, b: 10 } },
  ],
  stableQualityWeight: { from: 0, to: 0.5 },
};

describe('the sensitivity chart', () => {
  it('places totals on the scale, shades the stable interval and marks the own weight', () => {
    const chart = sensitivityChart(area, {
      scaleMin: 0,
      scaleMax: 10,
      qualityWeight: 0.8,
      width: 400,
      height: 200,
    });
    const { left, right, top, bottom } = chart.plot;
    expect(chart.lines[0]!.points).toBe(
      `${left.toFixed(1)},${top.toFixed(1)} ${right.toFixed(1)},${bottom.toFixed(1)}`,
    );
    expect(chart.stable).toEqual({ x: left, width: (right - left) / 2 });
    expect(chart.current).toEqual({ x: left + 0.8 * (right - left), label: '80 %' });
    // Lines differ by dash pattern, not only by colour.
    expect(new Set(chart.lines.map((l) => l.dash)).size).toBe(2);
  });

  it('escapes names in the SVG', () => {
    const svg = sensitivityChartSvg(
      sensitivityChart(area, { scaleMin: 0, scaleMax: 10, qualityWeight: 0.8 }),
      {
        x: 'Kvalitet',
        y: 'Point',
      },
    );
    expect(svg).toContain('A &amp; co');
    expect(svg.startsWith('<svg')).toBe(true);
  });
});
