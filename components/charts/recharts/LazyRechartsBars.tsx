'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState } from 'react';
import type { RechartsChartProps } from './types';

/** Recharts loads only where a Recharts chart is on the page, and only when it nears the viewport (or the page is printed). */
const RechartsBars = dynamic(() => import('./RechartsBars'), {
  ssr: false,
  loading: () => <p className="muted rc-loading">Loading chart…</p>,
});

export function LazyRechartsBars(props: RechartsChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const show = () => setNear(true);
    window.addEventListener('beforeprint', show);
    if (typeof IntersectionObserver === 'undefined') {
      show();
      return () => window.removeEventListener('beforeprint', show);
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          show();
          io.disconnect();
        }
      },
      { rootMargin: '200px 0px' },
    );
    io.observe(el);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', show);
    };
  }, []);

  const reserved = props.height + 28;
  return (
    <>
      {props.annotation ? <p className="rc-annotation">{props.annotation}</p> : null}
      <div
        ref={box}
        className={props.panels.length > 1 ? 'rc-reserve two' : 'rc-reserve'}
        style={{ ['--rc-h' as string]: `${reserved}px` }}
      >
        {near ? (
          <RechartsBars {...props} annotation={undefined} />
        ) : (
          <p className="muted rc-loading">
            The chart draws when it scrolls into view. The same figures are in the table below.
          </p>
        )}
      </div>
    </>
  );
}
