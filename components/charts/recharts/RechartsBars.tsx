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
export default function RechartsBars({ layout, panels, annotation, height }: RechartsChartProps) {
  const vertical = layout === 'vertical';
  return (
    <div className="rc-panels">
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
                  <Bar dataKey="value" className="rc-bar" isAnimationActive={false} shape={HedgedBar}>
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

/** A bar whose outline is dashed when the figure is a bound or an approximation. */
function HedgedBar(props: unknown) {
  const { x, y, width, height, payload } = props as {
    x: number;
    y: number;
    width: number;
    height: number;
    payload: BarDatum;
  };
  if (!(width > 0) || !(height > 0)) return <g />;
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={height}
      className={payload.hedged ? 'rc-rect hedged' : 'rc-rect'}
      data-row-id={payload.id}
    />
  );
}
