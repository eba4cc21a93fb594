import { px } from '../../lib/charts/geometry/bars';
import { timelineLayout } from '../../lib/charts/geometry/timeline';
import type { EventRow } from '../../lib/model/schema';

// Its own file, without ChartFigure: a module that imports ChartFigure puts the chart's client leaves (export, embed,
// tooltip) into the first load of every route that imports it, the deck's included, whether it draws them or not.
export function TimelineSvg({
  events,
  width,
  uid,
  title,
  compact = false,
}: {
  events: readonly EventRow[];
  width: number;
  uid: string;
  title: string;
  compact?: boolean;
}) {
  const t = timelineLayout(
    events,
    compact
      ? { width, charWidth: 9.4, lineH: 24, compressed: 90, minExpanded: 200 }
      : { width, charWidth: width < 480 ? 6.9 : 7.2 },
  );
  return (
    <svg
      className="chart-svg timeline"
      viewBox={`0 0 ${t.width} ${t.height}`}
      role="group"
      aria-labelledby={`${uid}-t ${uid}-d`}
    >
      <title id={`${uid}-t`}>{title}</title>
      <desc id={`${uid}-d`}>
        {`Vertical time axis of ${events.length} dated events. Before 2020 the axis is compressed; a day is drawn as a dot, a month or a year as a bar covering it.`}
      </desc>
      <line x1={t.axisX} x2={t.axisX} y1={8} y2={px(t.height - 8)} className="axis" aria-hidden="true" />
      <g aria-hidden="true">
        {t.breakY >= 0 ? (
          <>
            <line
              x1={t.axisX - 10}
              x2={t.axisX + 10}
              y1={px(t.breakY - 9)}
              y2={px(t.breakY - 3)}
              className="axis-break"
            />
            <line
              x1={t.axisX - 10}
              x2={t.axisX + 10}
              y1={px(t.breakY - 5)}
              y2={px(t.breakY + 1)}
              className="axis-break"
            />
          </>
        ) : null}
        {t.ticks.map((k) => (
          <g key={`${k.label}-${k.y}`}>
            <line x1={t.axisX - (k.major ? 6 : 3)} x2={t.axisX} y1={k.y} y2={k.y} className="axis" />
            <text
              x={t.axisX - 9}
              y={px(k.y + 4)}
              textAnchor="end"
              className={k.major ? 'tick-label major' : 'tick-label'}
            >
              {k.label}
            </text>
          </g>
        ))}
      </g>
      {t.marks.map((m, i) => (
        <g
          key={m.id}
          className={`mark event precision-${m.precision}`}
          tabIndex={i === 0 ? 0 : -1}
          role="img"
          aria-label={m.description}
          data-tip=""
          data-row-id={m.id}
          data-kind={m.kind}
        >
          {m.kind === 'point' ? (
            <circle cx={t.axisX} cy={m.y0} r={4.5} className="event-point" />
          ) : (
            <rect x={m.x} y={m.y0} width={7} height={px(m.y1 - m.y0)} rx={2} className="event-band" />
          )}
          <polyline
            points={`${m.kind === 'point' ? t.axisX + 6 : m.x + 8},${m.cy} ${t.labelX - 8},${m.labelY - 4} ${t.labelX - 3},${m.labelY - 4}`}
            className="leader"
          />
          <text x={t.labelX} y={m.labelY} className="event-label">
            {m.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
