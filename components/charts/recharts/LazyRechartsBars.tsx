'use client';

import dynamic from 'next/dynamic';
import type { RechartsChartProps } from './types';

/** Loads Recharts only where a Recharts chart is on the page; the box is reserved so nothing shifts. */
const RechartsBars = dynamic(() => import('./RechartsBars'), {
  ssr: false,
  loading: () => <p className="muted rc-loading">Loading chart…</p>,
});

export function LazyRechartsBars(props: RechartsChartProps) {
  const reserved = props.height + 28 + (props.annotation ? 40 : 0);
  const rows = props.panels.length > 1 ? 'rc-reserve two' : 'rc-reserve';
  return (
    <div className={rows} style={{ ['--rc-h' as string]: `${reserved}px` }}>
      <RechartsBars {...props} />
    </div>
  );
}
