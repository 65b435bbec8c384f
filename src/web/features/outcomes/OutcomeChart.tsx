// Each provider's share with its 95 % interval, as inline SVG from the same geometry as the PDF's chart
// (src/shared/outcomes/outcome.chart.ts). The SVG is an image with a title and a description; the list
// under it says the same in words, and the table above holds every figure.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/messages.ts';
import { chartGeometry } from '../../../shared/outcomes/outcome.chart.ts';
import { formatInterval, formatPercent } from '../../../shared/outcomes/outcome.format.ts';

export interface ChartRowInput {
  name: string;
  rate: number | null;
  ratePercent: number | null;
  ci95: [number, number] | null;
}

export function OutcomeChart({
  rows,
  total,
  language,
}: {
  rows: ChartRowInput[];
  total: { rate: number | null; ratePercent: number | null };
  language: Language;
}) {
  const { t } = useTranslation('outcomes');
  const id = useId();
  if (rows.length === 0) return null;
  const g = chartGeometry(
    rows.map((r) => ({ label: r.name, rate: r.rate, ci95: r.ci95 })),
    { rate: total.rate },
  );
  const description = t('chart.description', { total: formatPercent(total.ratePercent, language) });
  return (
    <figure className="app-outcome-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${g.width} ${g.height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{t('chart.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {g.ticks.map((tick) => (
          <g key={tick.percent}>
            <line
              x1={tick.x}
              x2={tick.x}
              y1={g.plotTop}
              y2={g.plotBottom}
              className="app-outcome-chart-grid"
            />
            <text x={tick.x} y={g.plotBottom + 18} textAnchor="middle" className="app-outcome-chart-tick">
              {formatPercent(tick.percent, language)}
            </text>
          </g>
        ))}
        {g.rows.map((row) => (
          <g key={row.label}>
            <text x={g.plotLeft - 10} y={row.y + 5} textAnchor="end" className="app-outcome-chart-label">
              {row.label}
            </text>
            {row.low !== null && row.high !== null ? (
              <line x1={row.low} x2={row.high} y1={row.y} y2={row.y} className="app-outcome-chart-interval" />
            ) : null}
            {row.x !== null ? <circle cx={row.x} cy={row.y} r={5} className="app-outcome-chart-dot" /> : null}
          </g>
        ))}
        {g.totalX !== null ? (
          <g>
            <line
              x1={g.totalX}
              x2={g.totalX}
              y1={g.plotTop}
              y2={g.plotBottom}
              className="app-outcome-chart-total"
            />
            <text x={g.totalX + 5} y={g.plotTop + 10} className="app-outcome-chart-total-label">
              {t('chart.total')}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption>
        <span className="sr-only">{t('chart.title')}: </span>
        <ul className="sr-only">
          {rows.map((row) => (
            <li key={row.name}>
              {t('chart.row', {
                name: row.name,
                percent: formatPercent(row.ratePercent, language),
                interval: formatInterval(row.ci95, language),
              })}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
