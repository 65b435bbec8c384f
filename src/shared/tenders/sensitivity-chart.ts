// One definition of the sensitivity chart (totals against the quality weight, 0–100 %, with the interval in
// which the same bidders are selected shaded), used by the web page (inline SVG) and the PDF report (an SVG
// string). Lines differ by dash pattern and marker as well as colour, so the chart does not rely on colour.
import type { AreaEvaluationView } from './evaluation.schemas.ts';

export const CHART_COLOURS = ['#004993', '#b0321e', '#2c6e2f', '#7b4397', '#a15c00', '#3d3d3d'] as const;
export const CHART_DASHES = ['', '6 3', '2 3', '10 3 2 3', '1 2', '8 2 2 2 2 2'] as const;

export interface ChartLine {
  bidId: string;
  bidder: string;
  colour: string;
  dash: string;
  /** SVG polyline points. */
  points: string;
  /** Where the bidder's name is written, at the right end of its line. */
  end: { x: number; y: number };
  selected: boolean;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  /** The stable interval of the quality weight, shaded. */
  stable: { x: number; width: number } | null;
  /** The tender's own quality weight. */
  current: { x: number; label: string };
  lines: ChartLine[];
}

/** Names at the lines' ends are cut to fit; the full names are in the ranking and the table. */
function shortName(name: string): string {
  return name.length > 34 ? `${name.slice(0, 33).trimEnd()}…` : name;
}

const decimal = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');

/** The chart's geometry for one evaluated area; `qualityWeight` is the tender's own (fraction). */
export function sensitivityChart(
  area: Pick<AreaEvaluationView, 'bids' | 'chart' | 'stableQualityWeight'>,
  options: { scaleMin: number; scaleMax: number; qualityWeight: number; width?: number; height?: number },
): ChartGeometry {
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const plot = { left: 48, top: 16, right: width - 220, bottom: height - 40 };
  const x = (w: number) => plot.left + w * (plot.right - plot.left);
  const span = options.scaleMax - options.scaleMin || 1;
  const y = (total: number) => plot.bottom - ((total - options.scaleMin) / span) * (plot.bottom - plot.top);
  const xTicks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((w) => ({ x: x(w), label: `${Math.round(w * 100)} %` }));
  const yTicks = Array.from({ length: 6 }, (_, i) => {
    const value = options.scaleMin + (span * i) / 5;
    return { y: y(value), label: decimal(value) };
  });
  const stable = area.stableQualityWeight
    ? {
        x: x(area.stableQualityWeight.from),
        width: x(area.stableQualityWeight.to) - x(area.stableQualityWeight.from),
      }
    : null;
  const lines = area.bids.map((bid, index) => {
    const points = area.chart.map((p) => [x(p.qualityWeight), y(p.totals[bid.bidId] ?? 0)] as const);
    const last = points.at(-1) ?? [plot.right, plot.bottom];
    return {
      bidId: bid.bidId,
      bidder: shortName(bid.bidder),
      colour: CHART_COLOURS[index % CHART_COLOURS.length]!,
      dash: CHART_DASHES[index % CHART_DASHES.length]!,
      points: points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' '),
      end: { x: last[0] + 6, y: last[1] + 4 },
      selected: bid.selected,
    };
  });
  // Names at the right end must not overlap: push them apart, top to bottom.
  const byY = [...lines].sort((a, b) => a.end.y - b.end.y);
  for (let i = 1; i < byY.length; i++) {
    if (byY[i]!.end.y - byY[i - 1]!.end.y < 12) byY[i]!.end.y = byY[i - 1]!.end.y + 12;
  }
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    stable,
    current: { x: x(options.qualityWeight), label: `${Math.round(options.qualityWeight * 100)} %` },
    lines,
  };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The chart as an SVG document (for the PDF report). */
export function sensitivityChartSvg(geometry: ChartGeometry, labels: { x: string; y: string }): string {
  const { plot } = geometry;
  const parts: string[] = [];
  if (geometry.stable) {
    parts.push(
      `<rect x="${geometry.stable.x}" y="${plot.top}" width="${geometry.stable.width}" height="${plot.bottom - plot.top}" fill="#dbe9f6"/>`,
    );
  }
  parts.push(
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="#333"/>`,
    `<line x1="${plot.left}" y1="${plot.top}" x2="${plot.left}" y2="${plot.bottom}" stroke="#333"/>`,
  );
  for (const tick of geometry.xTicks) {
    parts.push(
      `<text x="${tick.x}" y="${plot.bottom + 14}" font-size="9" text-anchor="middle">${tick.label}</text>`,
    );
  }
  for (const tick of geometry.yTicks) {
    parts.push(
      `<line x1="${plot.left}" y1="${tick.y}" x2="${plot.right}" y2="${tick.y}" stroke="#ddd"/>`,
      `<text x="${plot.left - 4}" y="${tick.y + 3}" font-size="9" text-anchor="end">${tick.label}</text>`,
    );
  }
  parts.push(
    `<line x1="${geometry.current.x}" y1="${plot.top}" x2="${geometry.current.x}" y2="${plot.bottom}" stroke="#333" stroke-dasharray="3 3"/>`,
  );
  for (const line of geometry.lines) {
    parts.push(
      `<polyline points="${line.points}" fill="none" stroke="${line.colour}" stroke-width="${line.selected ? 2.5 : 1.5}"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/>`,
      `<text x="${line.end.x}" y="${line.end.y}" font-size="9" fill="${line.colour}">${escapeXml(line.bidder)}</text>`,
    );
  }
  parts.push(
    `<text x="${(plot.left + plot.right) / 2}" y="${geometry.height - 6}" font-size="9" text-anchor="middle">${escapeXml(labels.x)}</text>`,
    `<text x="10" y="${plot.top - 4}" font-size="9">${escapeXml(labels.y)}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${geometry.width}" height="${geometry.height}" viewBox="0 0 ${geometry.width} ${geometry.height}">${parts.join('')}</svg>`;
}
