'use client';

import { useEffect, useRef, useState } from 'react';

type Format = 'svg' | 'png';

/**
 * "Download SVG" / "Download PNG" for the chart in the same <figure>. The image carries the title and the source line.
 * The code that writes the file is fetched on the first click.
 */
export function ChartExport(text: { fileBase: string; title: string; subtitle: string; source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  // Until the page's scripts have started, a click would do nothing: the buttons say so by being disabled.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function save(format: Format) {
    const fig = ref.current?.closest('figure');
    if (!fig) return;
    try {
      const { exportChart } = await import('./export-image');
      exportChart(fig, format, text, setStatus);
    } catch {
      setStatus('The export code could not be loaded: check the connection and try again.');
    }
  }

  return (
    <div ref={ref} className="chart-export no-print">
      <button type="button" onClick={() => save('svg')} disabled={!ready}>
        Download SVG
      </button>
      <button type="button" onClick={() => save('png')} disabled={!ready}>
        Download PNG
      </button>
      <span className="muted" role="status">
        {status}
      </span>
    </div>
  );
}
