// The chart of totals against the quality weight (0–100 %) as inline SVG, with the stable interval shaded
// and the tender's own weight marked; the same geometry as the PDF report (shared/tenders/sensitivity-chart).
// Named by its title and description; lines differ by dash pattern as well as colour, and the figures are
// also given as a table (ChartTable) for anyone who cannot use the picture.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { sensitivityChart } from '../../../shared/tenders/sensitivity-chart.ts';
import { currentLanguage } from '../../app/i18n.ts';
import type { AreaEvaluationView } from './evaluation.api.ts';
import { formatFraction, formatPoints } from './evaluation.format.ts';

interface ChartProps {
  area: AreaEvaluationView;
  scale: { min: number; max: number };
  qualityWeight: number;
}

export function SensitivityChart({ area, scale, qualityWeight }: ChartProps) {
  const { t } = useTranslation('tenders');
  const id = useId();
  const chart = sensitivityChart(area, { scaleMin: scale.min, scaleMax: scale.max, qualityWeight });
  const { plot } = chart;
  return (
    <svg
      className="tnd-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width={chart.width}
      height={chart.height}
      viewBox={`0 0 ${chart.width} ${chart.height}`}
    >
      <title id={`${id}-title`}>{t('evaluation.results.chartTitle', { number: area.number })}</title>
      <desc id={`${id}-desc`}>{t('evaluation.results.chartDesc')}</desc>
      {chart.stable ? (
        <rect
          x={chart.stable.x}
          y={plot.top}
          width={chart.stable.width}
          height={plot.bottom - plot.top}
          fill="#dbe9f6"
          stroke="#004993"
          strokeDasharray="2 2"
        />
      ) : null}
      {chart.yTicks.map((tick) => (
        <g key={tick.label}>
          <line x1={plot.left} y1={tick.y} x2={plot.right} y2={tick.y} stroke="#ddd" />
          <text x={plot.left - 6} y={tick.y + 4} fontSize="12" textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      {chart.xTicks.map((tick) => (
        <text key={tick.label} x={tick.x} y={plot.bottom + 16} fontSize="12" textAnchor="middle">
          {tick.label}
        </text>
      ))}
      <line x1={plot.left} y1={plot.bottom} x2={plot.right} y2={plot.bottom} stroke="#333" />
      <line x1={plot.left} y1={plot.top} x2={plot.left} y2={plot.bottom} stroke="#333" />
      <line
        x1={chart.current.x}
        y1={plot.top}
        x2={chart.current.x}
        y2={plot.bottom}
        stroke="#333"
        strokeDasharray="4 4"
      />
      {chart.lines.map((line) => (
        <g key={line.bidId}>
          <polyline
            points={line.points}
            fill="none"
            stroke={line.colour}
            strokeWidth={line.selected ? 3 : 1.5}
            strokeDasharray={line.dash || undefined}
          />
          <text x={line.end.x} y={line.end.y} fontSize="12" fill={line.colour}>
            {line.bidder}
          </text>
        </g>
      ))}
      <text x={(plot.left + plot.right) / 2} y={chart.height - 6} fontSize="12" textAnchor="middle">
        {t('evaluation.results.chartX')}
      </text>
    </svg>
  );
}

/** The chart's figures: totals at 0, 10, …, 100 % quality. */
export function ChartTable({ area }: { area: AreaEvaluationView }) {
  const { t } = useTranslation('tenders');
  const language = currentLanguage();
  const rows = area.chart.filter((_, i) => i % 2 === 0);
  return (
    <div className="app-table-wrapper">
      <table className="table table--compact app-table">
        <caption>{t('evaluation.results.tableCaption', { number: area.number })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.results.weight')}</th>
            {area.bids.map((b) => (
              <th scope="col" className="tnd-number" key={b.bidId}>
                {b.bidder}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.qualityWeight}>
              <th scope="row">{formatFraction(row.qualityWeight, language)}</th>
              {area.bids.map((b) => (
                <td className="tnd-number" key={b.bidId}>
                  {formatPoints(row.totals[b.bidId] ?? 0, language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
