'use client';

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatTick } from '../../../lib/model/format';
import type { BarDatum, RechartsChartProps } from './types';

function TipContent({ active, payload }: { active?: boolean; payload?: readonly { payload?: BarDatum }[] }) {
  const d = payload?.[0]?.payload;
  if (!active || !d) return null;
  return (
    <div className="chart-tooltip static" role="status">
      {d.name}: {d.text}
    </div>
  );
}

/** Recharts bar panels (client only: Recharts 3 draws nothing on the server). */
const gid = (title: string) => `rc-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;

/** The gradients of the open sides, along each bar: from zero to the bound (in), past the bound (out). */
function Gradients({ ids, vertical }: { ids: string[]; vertical: boolean }) {
  const dir = vertical ? { x1: '0', x2: '1', y1: '0', y2: '0' } : { x1: '0', x2: '0', y1: '1', y2: '0' };
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {ids.map((id) => (
          <g key={id}>
            <linearGradient id={`${id}-in`} {...dir}>
              <stop offset="0" className="stop-bar" stopOpacity="0" />
              <stop offset="1" className="stop-bar" stopOpacity="0.45" />
            </linearGradient>
            <linearGradient id={`${id}-out`} {...dir}>
              <stop offset="0" className="stop-bar" stopOpacity="0.45" />
              <stop offset="1" className="stop-bar" stopOpacity="0" />
            </linearGradient>
          </g>
        ))}
      </defs>
    </svg>
  );
}

export default function RechartsBars({ layout, panels, annotation, height }: RechartsChartProps) {
  const vertical = layout === 'vertical';
  return (
    <div className="rc-panels">
      <Gradients ids={panels.map((p) => gid(p.title))} vertical={vertical} />
      {annotation ? <p className="rc-annotation">{annotation}</p> : null}
      <div className="rc-grid" data-panels={panels.length}>
        {panels.map((panel) => (
          <div key={panel.title} className="rc-panel">
            <p className="rc-panel-title">{panel.title}</p>
            <div style={{ height, width: '100%' }}>
              <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
                <BarChart
                  data={panel.data}
                  layout={vertical ? 'vertical' : 'horizontal'}
                  margin={{ top: 20, right: vertical ? 90 : 16, bottom: 8, left: vertical ? 8 : 16 }}
                  accessibilityLayer
                  title={panel.title}
                >
                  <CartesianGrid
                    strokeDasharray="3 3"
                    className="rc-grid-lines"
                    horizontal={!vertical}
                    vertical={vertical}
                  />
                  {vertical ? (
                    <>
                      <XAxis
                        type="number"
                        tickFormatter={(v: number) =>
                          formatTick(v, panel.unit, Math.max(...panel.data.map((d) => d.value)))
                        }
                        domain={[0, 'auto']}
                      />
                      <YAxis type="category" dataKey="name" width={118} tick={{ fontSize: 13 }} interval={0} />
                    </>
                  ) : (
                    <>
                      <XAxis type="category" dataKey="name" interval={0} tick={{ fontSize: 13 }} />
                      <YAxis
                        type="number"
                        tickFormatter={(v: number) =>
                          formatTick(v, panel.unit, Math.max(...panel.data.map((d) => d.value)))
                        }
                        width={56}
                        domain={[0, 'auto']}
                      />
                    </>
                  )}
                  <Tooltip content={<TipContent />} cursor={{ fillOpacity: 0.15 }} isAnimationActive={false} />
                  <Bar
                    dataKey="value"
                    className="rc-bar"
                    isAnimationActive={false}
                    shape={(props: unknown) => drawBoundBar(props, vertical, gid(panel.title))}
                  >
                    <LabelList dataKey="text" position={vertical ? 'right' : 'top'} className="rc-label" />
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

const OPEN_RUN = 36;

/**
 * A bar drawn as the bound rule says (lib/model/bound.ts, MARK_LOOKS): solid for an exact figure, a dashed end for
 * an approximate one, a fade in from zero to a hard end for an upper bound, and for a lower bound a hard end at the
 * bound with a short fade past it. Gradients are the ones RechartsBars defines per panel.
 */
function drawBoundBar(props: unknown, vertical: boolean, gid: string) {
  const { x, y, width, height, payload } = props as {
    x: number;
    y: number;
    width: number;
    height: number;
    payload: BarDatum;
  };
  if (!(width > 0) || !(height > 0)) return <g />;
  const kind = payload.bound;
  // The end at the value: the right edge of a horizontal bar, the top of a vertical one.
  const cap = vertical
    ? { x1: x + width, x2: x + width, y1: y - 3, y2: y + height + 3 }
    : { x1: x - 3, x2: x + width + 3, y1: y, y2: y };
  const run = vertical
    ? { x: x + width, y, width: OPEN_RUN, height }
    : { x, y: Math.max(0, y - OPEN_RUN), width, height: Math.min(OPEN_RUN, y) };
  return (
    <g className={`rc-mark bound-${kind}`} data-row-id={payload.id} data-bound={kind}>
      {kind === 'lower' ? (
        <rect {...run} className="rc-rect" style={{ fill: `url(#${gid}-out)` }} />
      ) : (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          className="rc-rect"
          style={kind === 'upper' ? { fill: `url(#${gid}-in)` } : undefined}
        />
      )}
      {kind !== 'point' ? <line {...cap} className={kind === 'approx' ? 'rc-cap rc-cap-approx' : 'rc-cap'} /> : null}
    </g>
  );
}
