// The funnel plot of one table of the fair comparison, as inline SVG from the shared geometry
// (src/shared/outcomes/funnel.chart.ts): O/E against the expected count, the 95 % and 99.8 % limits, each
// provider a labelled point. An image with a text alternative that points to the table, which holds
// every figure; it takes no focus.
import type { Language } from '../../../shared/messages.ts';
import { funnelGeometry, type FunnelInput } from '../../../shared/outcomes/funnel.chart.ts';
import { formatNumber } from './fairness.api.ts';

export function FunnelChart({
  inputs,
  overallRate,
  label,
  language,
}: {
  inputs: FunnelInput[];
  overallRate: number | null;
  label: string;
  language: Language;
}) {
  const g = funnelGeometry(inputs, overallRate);
  if (g.points.length === 0) return null;
  return (
    <figure className="app-funnel-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${g.width} ${g.height}`} width="100%">
        {g.yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line x1={g.plotLeft} x2={g.plotRight} y1={tick.y} y2={tick.y} className="app-funnel-grid" />
            <text x={g.plotLeft - 8} y={tick.y + 4} textAnchor="end" className="app-funnel-tick">
              {formatNumber(tick.value, 1, language)}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text
            key={`x${tick.value}`}
            x={tick.x}
            y={g.plotBottom + 18}
            textAnchor="middle"
            className="app-funnel-tick"
          >
            {formatNumber(tick.value, 0, language)}
          </text>
        ))}
        <line x1={g.plotLeft} x2={g.plotRight} y1={g.oneY} y2={g.oneY} className="app-funnel-one" />
        {g.limits998.map((d, i) => (
          <path key={`998-${i}`} d={d} className="app-funnel-limit998" />
        ))}
        {g.limits95.map((d, i) => (
          <path key={`95-${i}`} d={d} className="app-funnel-limit95" />
        ))}
        {g.points.map((p) => (
          <g key={p.label}>
            <circle cx={p.x} cy={p.y} r={5} className="app-funnel-dot" />
            <text x={p.x + 8} y={p.y - 6} className="app-funnel-label">
              {p.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
