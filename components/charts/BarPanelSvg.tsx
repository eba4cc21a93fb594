import { barPanel, OPEN_ARROW, px } from '../../lib/charts/geometry/bars';
import type { FigureRow } from '../../lib/model/schema';
import { markLabel } from '../../lib/charts/text';

/** One bounded bar panel as SVG. D3 computed the geometry; this only draws it. */
export function BarPanelSvg({
  rows,
  width,
  uid,
  title,
  description,
}: {
  rows: readonly FigureRow[];
  width: number;
  uid: string;
  title: string;
  description: string;
}) {
  const p = barPanel(rows, { width, charWidth: width < 480 ? 7.6 : 7.2 });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${p.width} ${p.height}`}
      role="group"
      aria-labelledby={`${uid}-t ${uid}-d`}
      data-width={width}
    >
      <title id={`${uid}-t`}>{title}</title>
      <desc id={`${uid}-d`}>{description}</desc>
      <defs>
        <linearGradient id={`${uid}-fade-in`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-bar" stopOpacity="0" />
          <stop offset="1" className="stop-bar" stopOpacity="0.45" />
        </linearGradient>
        <linearGradient id={`${uid}-fade-out`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-bar" stopOpacity="0.45" />
          <stop offset="1" className="stop-bar" stopOpacity="0" />
        </linearGradient>
        <marker
          id={`${uid}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
        </marker>
      </defs>
      {p.ticks.map((t) => (
        <g key={t.x} className="tick" aria-hidden="true">
          <line x1={t.x} x2={t.x} y1={0} y2={p.axisY} className="gridline" />
          <text x={t.x} y={p.axisY + 16} textAnchor="middle" className="tick-label">
            {t.label}
          </text>
        </g>
      ))}
      <line x1={p.plotLeft} x2={p.plotRight} y1={p.axisY} y2={p.axisY} className="axis" aria-hidden="true" />
      {p.bars.map((b, i) => {
        const row = byId.get(b.id) as FigureRow;
        const tip = markLabel(row);
        const fill =
          b.shape === 'upper' ? `url(#${uid}-fade-in)` : b.shape === 'lower' ? `url(#${uid}-fade-out)` : undefined;
        return (
          <g
            key={b.id}
            className={`mark shape-${b.shape}${b.derived ? ' derived' : ''}`}
            tabIndex={i === 0 ? 0 : -1}
            role="img"
            aria-label={tip}
            data-tip=""
            data-row-id={b.id}
          >
            <text x={p.plotLeft} y={b.labelY} className="bar-label">
              {b.label}
            </text>
            <rect
              x={b.x0}
              y={b.barY}
              width={px(b.x1 - b.x0)}
              height={b.barH}
              className="bar"
              style={fill ? { fill } : undefined}
            />
            {b.shape !== 'point' ? (
              <line
                x1={b.capX}
                x2={b.capX}
                y1={b.barY - 3}
                y2={b.barY + b.barH + 3}
                className={b.shape === 'approx' ? 'cap cap-approx' : 'cap'}
              />
            ) : null}
            {b.shape === 'lower' ? (
              <line
                x1={px(b.x1 - OPEN_ARROW)}
                x2={b.x1}
                y1={b.barY + b.barH / 2}
                y2={b.barY + b.barH / 2}
                className="open-arrow"
                markerEnd={`url(#${uid}-arrow)`}
              />
            ) : null}
            <text
              x={b.textX}
              y={b.barY + b.barH - 4}
              textAnchor={b.textAnchor}
              className={`value-label${b.textOnBar ? ' inside' : ''}`}
            >
              {b.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
