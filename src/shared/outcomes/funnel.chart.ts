// The funnel plot of the fair comparison (definition case-mix-2026, docs/fairness.md), one definition for
// the page (React SVG) and a later PDF: O/E (y) against the expected count E (x), a line at 1, the 95 % and
// 99.8 % limit curves, and each provider a labelled point. Pure geometry.
//   The curves are drawn as 1 ± z · √((1 − r) / E), r the table's overall rate: the limits of a provider
//   whose citizens were all in one cell at that rate. Each provider's own limits (from its own variance)
//   are in the table; the curves show the funnel's shape.

export interface FunnelInput {
  label: string;
  expected: number;
  oe: number | null;
}

export interface FunnelPoint {
  label: string;
  x: number;
  y: number;
}

export interface FunnelGeometry {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  /** SVG path data of the curves: [upper, lower] each. */
  limits95: [string, string];
  limits998: [string, string];
  oneY: number;
  points: FunnelPoint[];
}

const Z_95 = 1.96;
const Z_998 = 3.09;

function niceStep(max: number, count: number): number {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function funnelGeometry(
  inputs: readonly FunnelInput[],
  overallRate: number | null,
  options: { width?: number; height?: number } = {},
): FunnelGeometry {
  const width = options.width ?? 640;
  const height = options.height ?? 360;
  const plotLeft = 56;
  const plotRight = width - 24;
  const plotTop = 12;
  const plotBottom = height - 40;
  const shown = inputs.filter((i) => i.oe !== null && i.expected > 0);
  const xStep = niceStep(Math.max(1, ...shown.map((i) => i.expected)) * 1.1, 5);
  const xMax = xStep * Math.ceil((Math.max(1, ...shown.map((i) => i.expected)) * 1.1) / xStep);
  const yMax = Math.max(2, Math.ceil(Math.max(0, ...shown.map((i) => i.oe!)) * 1.1 * 2) / 2);
  const xOf = (e: number) => plotLeft + (e / xMax) * (plotRight - plotLeft);
  const yOf = (oe: number) => plotBottom - (Math.min(oe, yMax) / yMax) * (plotBottom - plotTop);
  const spread = Math.max(0, 1 - (overallRate ?? 0));
  const curve = (z: number, sign: 1 | -1): string => {
    const steps = 60;
    const parts: string[] = [];
    for (let k = 0; k <= steps; k++) {
      // Denser near 0, where the funnel is wide.
      const e = Math.max(xMax * 0.005, xMax * (k / steps) ** 2);
      const value = Math.max(0, 1 + sign * z * Math.sqrt(spread / e));
      parts.push(`${k === 0 ? 'M' : 'L'}${xOf(e).toFixed(1)},${yOf(value).toFixed(1)}`);
    }
    return parts.join(' ');
  };
  const yStep = yMax <= 2 ? 0.5 : 1;
  const yTicks: { y: number; value: number }[] = [];
  for (let v = 0; v <= yMax + 1e-9; v += yStep) yTicks.push({ y: yOf(v), value: v });
  const xTicks: { x: number; value: number }[] = [];
  for (let v = 0; v <= xMax + 1e-9; v += xStep) xTicks.push({ x: xOf(v), value: Math.round(v * 100) / 100 });
  return {
    width,
    height,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    xTicks,
    yTicks,
    limits95: [curve(Z_95, 1), curve(Z_95, -1)],
    limits998: [curve(Z_998, 1), curve(Z_998, -1)],
    oneY: yOf(1),
    points: shown.map((i) => ({ label: i.label, x: xOf(i.expected), y: yOf(i.oe!) })),
  };
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The funnel plot as an SVG document (for the PDF); tick labels formatted by the caller (Danish numbers). */
export function funnelSvg(g: FunnelGeometry, format: (value: number, decimals: number) => string): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${g.width}" height="${g.height}" viewBox="0 0 ${g.width} ${g.height}">`,
  ];
  for (const tick of g.yTicks) {
    parts.push(
      `<line x1="${g.plotLeft}" y1="${tick.y.toFixed(1)}" x2="${g.plotRight}" y2="${tick.y.toFixed(1)}" stroke="#e0e0e0" stroke-width="1"/>`,
      `<text x="${g.plotLeft - 6}" y="${(tick.y + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#333333">${format(tick.value, 1)}</text>`,
    );
  }
  for (const tick of g.xTicks) {
    parts.push(
      `<text x="${tick.x.toFixed(1)}" y="${g.plotBottom + 16}" font-size="10" text-anchor="middle" fill="#333333">${format(tick.value, 0)}</text>`,
    );
  }
  parts.push(
    `<line x1="${g.plotLeft}" y1="${g.oneY.toFixed(1)}" x2="${g.plotRight}" y2="${g.oneY.toFixed(1)}" stroke="#1a1a1a" stroke-width="1"/>`,
  );
  for (const d of g.limits998)
    parts.push(`<path d="${d}" fill="none" stroke="#0059b3" stroke-width="1.2" stroke-dasharray="5 3"/>`);
  for (const d of g.limits95) parts.push(`<path d="${d}" fill="none" stroke="#0059b3" stroke-width="1.2"/>`);
  for (const p of g.points) {
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="4" fill="#b30000"/>`,
      `<text x="${(p.x + 6).toFixed(1)}" y="${(p.y - 5).toFixed(1)}" font-size="9" fill="#000000">${escape(p.label)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
