import { describe, expect, it } from 'vitest';
import { funnelGeometry } from './funnel.chart.ts';

describe('the funnel plot geometry', () => {
  it('places each provider at its expected count and O/E, with the line of 1 between the limits', () => {
    const g = funnelGeometry(
      [
        { label: 'A', expected: 4, oe: 0.5 },
        { label: 'B', expected: 10, oe: 1.5 },
        { label: 'C', expected: 0, oe: null },
      ],
      0.1,
    );
    expect(g.points.map((p) => p.label)).toEqual(['A', 'B']);
    // x grows with E, y falls as O/E grows (SVG y runs down).
    expect(g.points[0]!.x).toBeLessThan(g.points[1]!.x);
    expect(g.points[0]!.y).toBeGreaterThan(g.oneY);
    expect(g.points[1]!.y).toBeLessThan(g.oneY);
    expect(g.yTicks[0]).toMatchObject({ value: 0, y: g.plotBottom });
    expect(g.xTicks[0]).toMatchObject({ value: 0, x: g.plotLeft });
    expect(g.xTicks.at(-1)!.value).toBeGreaterThanOrEqual(11);
    for (const path of [...g.limits95, ...g.limits998])
      expect(path).toMatch(/^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){60}$/);
  });

  it('draws the 99.8 % curve outside the 95 % curve', () => {
    const g = funnelGeometry([{ label: 'A', expected: 20, oe: 1 }], 0.2);
    const lastY = (path: string) => Number(path.split(',').at(-1));
    expect(lastY(g.limits998[0])).toBeLessThan(lastY(g.limits95[0]));
    expect(lastY(g.limits998[1])).toBeGreaterThan(lastY(g.limits95[1]));
  });
});
