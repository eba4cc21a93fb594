import { OPEN_ARROW, px } from '../../lib/charts/geometry/bars';
import type { OtherSourceFigure } from '../../lib/model/other-sources';
import type { FigureRow } from '../../lib/model/schema';
import { comparePanel } from '../../lib/other-sources/compare';

/**
 * A comparison chart as server SVG: the report's figure as its own bar (its open side drawn open, as on the report's
 * charts), then each other source as a separate mark in another colour, labelled by source and kind. D3 computed the
 * geometry (lib/other-sources/compare.ts); this only draws it. No script.
 */
export function CompareSvg({
  row,
  reportLabel,
  others,
  width,
  uid,
  title,
  description,
}: {
  row: FigureRow;
  reportLabel: [string, string];
  others: readonly OtherSourceFigure[];
  width: number;
  uid: string;
  title: string;
  description: string;
}) {
  const p = comparePanel(row, reportLabel, others, { width, charWidth: width < 480 ? 7.6 : 7.2 });
  return (
    <svg
      className="chart-svg compare-svg"
      viewBox={`0 0 ${p.width} ${p.height}`}
      role="img"
      aria-labelledby={`${uid}-t ${uid}-d`}
    >
      <title id={`${uid}-t`}>{title}</title>
      <desc id={`${uid}-d`}>{description}</desc>
      <defs>
        <linearGradient id={`${uid}-in`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-bar" stopOpacity="0" />
          <stop offset="1" className="stop-bar" stopOpacity="0.45" />
        </linearGradient>
        <linearGradient id={`${uid}-out`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-bar" stopOpacity="0.45" />
          <stop offset="1" className="stop-bar" stopOpacity="0" />
        </linearGradient>
        <linearGradient id={`${uid}-oin`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-other" stopOpacity="0" />
          <stop offset="1" className="stop-other" stopOpacity="1" />
        </linearGradient>
        <linearGradient id={`${uid}-oout`} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" className="stop-other" stopOpacity="1" />
          <stop offset="1" className="stop-other" stopOpacity="0" />
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
        <g key={t.x} className="tick">
          <line x1={t.x} x2={t.x} y1={0} y2={p.axisY} className="gridline" />
          <text x={t.x} y={p.axisY + 16} textAnchor="middle" className="tick-label">
            {t.label}
          </text>
        </g>
      ))}
      <line x1={p.plotLeft} x2={p.plotRight} y1={p.axisY} y2={p.axisY} className="axis" />
      {p.marks.map((m) => {
        const mid = m.y + m.h / 2;
        const report = m.origin === 'report';
        return (
          <g
            key={m.id}
            className={`mark ${report ? 'mark-report' : 'mark-other'} shape-${m.shape}`}
            data-mark={m.id}
            data-origin={m.origin}
          >
            <text x={p.plotLeft} y={m.labelY[0]} className="bar-label compare-source">
              {m.label[0]}
            </text>
            <text x={p.plotLeft} y={m.labelY[1]} className="tick-label compare-kind">
              {m.label[1]}
            </text>
            {report ? (
              <rect
                x={m.x0}
                y={m.y}
                width={px(Math.max(2, m.x1 - m.x0))}
                height={m.h}
                className="bar"
                style={
                  m.shape === 'upper'
                    ? { fill: `url(#${uid}-in)` }
                    : m.shape === 'lower'
                      ? { fill: `url(#${uid}-out)` }
                      : undefined
                }
              />
            ) : m.shape === 'point' || m.shape === 'approx' ? (
              <circle cx={m.x1} cy={mid} r={6} className={m.shape === 'approx' ? 'other-dot approx' : 'other-dot'} />
            ) : (
              // A rect, not a line: a gradient on a line's zero-height box is not drawn.
              <rect
                x={m.x0}
                y={mid - 2}
                width={px(Math.max(2, (m.shape === 'lower' ? m.x1 - 2 : m.x1) - m.x0))}
                height={4}
                className="other-line"
                style={
                  m.shape === 'upper'
                    ? { fill: `url(#${uid}-oin)` }
                    : m.shape === 'lower'
                      ? { fill: `url(#${uid}-oout)` }
                      : undefined
                }
              />
            )}
            {(report ? m.shape !== 'point' : m.shape !== 'point' && m.shape !== 'approx')
              ? m.caps.map((x) => (
                  <line
                    key={x}
                    x1={x}
                    x2={x}
                    y1={m.y - 3}
                    y2={m.y + m.h + 3}
                    className={report ? (m.shape === 'approx' ? 'cap cap-approx' : 'cap') : 'cap other-cap'}
                  />
                ))
              : null}
            {m.shape === 'lower' ? (
              <line
                x1={px(m.x1 - OPEN_ARROW)}
                x2={m.x1}
                y1={mid}
                y2={mid}
                className="open-arrow"
                markerEnd={`url(#${uid}-arrow)`}
              />
            ) : null}
            <text x={m.textX} y={m.y + m.h - 2} textAnchor={m.textAnchor} className="value-label">
              {m.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
