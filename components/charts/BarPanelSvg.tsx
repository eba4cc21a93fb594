import { barPanel, barParts } from '../../lib/charts/geometry/bars';
import type { FigureRow } from '../../lib/model/schema';
import { MARK_LOOKS } from '../../lib/model/bound';
import { markLabel } from '../../lib/charts/text';
import { Responsive } from './Responsive';

/** Widths of the two drawings every page bar panel has: one for wide columns, one for phones (CSS shows one). */
const PANEL_WIDTH = { wide: 720, narrow: 300 } as const;

/** A bar panel drawn twice, wide and narrow, for the page's responsive column. */
export function ResponsiveBars(props: { rows: readonly FigureRow[]; uid: string; title: string; description: string }) {
  return (
    <Responsive
      wide={<BarPanelSvg {...props} width={PANEL_WIDTH.wide} uid={`${props.uid}-w`} />}
      narrow={<BarPanelSvg {...props} width={PANEL_WIDTH.narrow} uid={`${props.uid}-n`} />}
    />
  );
}

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
  // Only the gradients and arrow the panel's marks use: a card of one exact figure carries none.
  const looks = new Set(p.bars.map((b) => MARK_LOOKS[b.shape].svg));
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
      {looks.has('fade-in') || looks.has('fade-out-arrow') ? (
        <defs>
          {looks.has('fade-in') ? (
            <linearGradient id={`${uid}-fade-in`} x1="0" x2="1" y1="0" y2="0">
              <stop offset="0" className="stop-bar" stopOpacity="0" />
              <stop offset="1" className="stop-bar" stopOpacity="0.45" />
            </linearGradient>
          ) : null}
          {looks.has('fade-out-arrow') ? (
            <>
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
            </>
          ) : null}
        </defs>
      ) : null}
      {p.ticks.map((t) => (
        <g key={t.x} className="tick" aria-hidden="true">
          <line x1={t.x} x2={t.x} y1={0} y2={p.axisY} className="gridline" />
          <text x={t.x} y={p.axisY + 16} textAnchor={t.anchor} className="tick-label">
            {t.label}
          </text>
        </g>
      ))}
      <line x1={p.plotLeft} x2={p.plotRight} y1={p.axisY} y2={p.axisY} className="axis" aria-hidden="true" />
      {p.bars.map((b, i) => {
        const row = byId.get(b.id) as FigureRow;
        return (
          <g
            key={b.id}
            className={`mark shape-${b.shape}${b.derived ? ' derived' : ''}`}
            tabIndex={i === 0 ? 0 : -1}
            role="img"
            aria-label={markLabel(row)}
            data-tip=""
            data-row-id={b.id}
            data-bound={b.shape}
          >
            <text x={p.plotLeft} y={b.labelY} className="bar-label">
              {b.label}
            </text>
            {barParts(b).map((part) =>
              part.part === 'body' ? (
                <rect
                  key="body"
                  x={part.x}
                  y={part.y}
                  width={part.width}
                  height={part.height}
                  className="bar"
                  style={part.fill === 'solid' ? undefined : { fill: `url(#${uid}-${part.fill})` }}
                />
              ) : part.part === 'cap' ? (
                <line
                  key="cap"
                  x1={part.x}
                  x2={part.x}
                  y1={part.y1}
                  y2={part.y2}
                  className={part.dashed ? 'cap cap-approx' : 'cap'}
                />
              ) : (
                <line
                  key="arrow"
                  x1={part.x1}
                  x2={part.x2}
                  y1={part.y}
                  y2={part.y}
                  className="open-arrow"
                  markerEnd={`url(#${uid}-arrow)`}
                />
              ),
            )}
            <text
              x={b.textX}
              y={b.barY + b.barH - 4}
              textAnchor={b.textAnchor}
              className={`value-label${b.textOnBar ? ' inside' : ''}${b.textOverOpen ? ' halo' : ''}`}
            >
              {b.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
