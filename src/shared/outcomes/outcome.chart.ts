// One chart definition for the page (React SVG) and the PDF (an SVG string): each provider's share as a
// dot with its 95 % interval as a line, and the total as a dashed vertical line. Pure geometry.

export interface ChartInput {
  label: string;
  rate: number | null;
  ci95: readonly [number, number] | null;
}

export interface ChartRow {
  label: string;
  /** Centre line of the row. */
  y: number;
  x: number | null;
  low: number | null;
  high: number | null;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  ticks: { x: number; percent: number }[];
  rows: ChartRow[];
  totalX: number | null;
}

const ROW_HEIGHT = 28;
const TOP = 8;
const AXIS_SPACE = 28;

/** The axis runs from 0 to the next 10 % above every interval (at least 10 %, at most 100 %). */
export function chartGeometry(
  rows: readonly ChartInput[],
  total: { rate: number | null },
  options: { width?: number; labelWidth?: number } = {},
): ChartGeometry {
  const width = options.width ?? 640;
  const plotLeft = options.labelWidth ?? 220;
  const plotRight = width - 24;
  const highest = Math.max(0, ...rows.map((r) => r.ci95?.[1] ?? r.rate ?? 0), total.rate ?? 0);
  const max = Math.min(1, Math.max(0.1, Math.ceil(highest * 10 - 1e-9) / 10));
  const xOf = (share: number) => plotLeft + (share / max) * (plotRight - plotLeft);
  const plotTop = TOP;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const step = max <= 0.3 ? 0.05 : 0.1;
  const ticks: { x: number; percent: number }[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push({ x: xOf(v), percent: Math.round(v * 100) });
  return {
    width,
    height: plotBottom + AXIS_SPACE,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    ticks,
    rows: rows.map((row, i) => ({
      label: row.label,
      y: TOP + i * ROW_HEIGHT + ROW_HEIGHT / 2,
      x: row.rate === null ? null : xOf(row.rate),
      low: row.ci95 ? xOf(row.ci95[0]) : null,
      high: row.ci95 ? xOf(row.ci95[1]) : null,
    })),
    totalX: total.rate === null ? null : xOf(total.rate),
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The chart as an SVG document (for the PDF). */
export function chartSvg(geometry: ChartGeometry, labels: { total: string }): string {
  const g = geometry;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}">`,
  ];
  for (const tick of g.ticks) {
    parts.push(
      `<line x1="${r1(tick.x)}" y1="${g.plotTop}" x2="${r1(tick.x)}" y2="${g.plotBottom}" stroke="#dddddd" stroke-width="1"/>`,
      `<text x="${r1(tick.x)}" y="${g.plotBottom + 16}" font-size="10" text-anchor="middle" fill="#333333">${tick.percent} %</text>`,
    );
  }
  for (const row of g.rows) {
    parts.push(
      `<text x="${g.plotLeft - 8}" y="${row.y + 4}" font-size="10" text-anchor="end" fill="#000000">${escape(row.label)}</text>`,
    );
    if (row.low !== null && row.high !== null) {
      parts.push(
        `<line x1="${r1(row.low)}" y1="${row.y}" x2="${r1(row.high)}" y2="${row.y}" stroke="#0059b3" stroke-width="2"/>`,
      );
    }
    if (row.x !== null) parts.push(`<circle cx="${r1(row.x)}" cy="${row.y}" r="4" fill="#0059b3"/>`);
  }
  if (g.totalX !== null) {
    parts.push(
      `<line x1="${r1(g.totalX)}" y1="${g.plotTop}" x2="${r1(g.totalX)}" y2="${g.plotBottom}" stroke="#b30000" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${r1(g.totalX) + 4}" y="${g.plotTop + 8}" font-size="9" fill="#b30000">${escape(labels.total)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
