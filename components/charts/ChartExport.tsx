'use client';

import { useRef, useState } from 'react';
import { buildExportSvg } from '../../lib/export-svg';

/** "Download SVG" / "Download PNG" for the chart in the same <figure>. The image carries the title and the source line. */
export function ChartExport({ fileBase, title, subtitle, source }: { fileBase: string; title: string; subtitle: string; source: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  function visibleSvg(): SVGSVGElement | null {
    const fig = ref.current?.closest('figure');
    const svgs = fig ? Array.from(fig.querySelectorAll<SVGSVGElement>('svg.chart-svg')) : [];
    return svgs.find((s) => s.getBoundingClientRect().width > 0) ?? null;
  }

  function inlineStyles(source: SVGSVGElement): SVGSVGElement {
    const clone = source.cloneNode(true) as SVGSVGElement;
    const from = source.querySelectorAll<SVGElement>('*');
    const to = clone.querySelectorAll<SVGElement>('*');
    from.forEach((el, i) => {
      const target = to[i];
      if (!target) return;
      const cs = getComputedStyle(el);
      for (const prop of ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity', 'font-size', 'font-weight', 'font-family', 'stop-color', 'stop-opacity', 'display']) {
        const v = cs.getPropertyValue(prop);
        if (v) target.style.setProperty(prop, v);
      }
    });
    return clone;
  }

  function makeSvg(): { text: string; width: number; height: number } | null {
    const svg = visibleSvg();
    if (!svg) return null;
    const rect = svg.getBoundingClientRect();
    const styled = inlineStyles(svg);
    const bodyStyle = getComputedStyle(document.body);
    return buildExportSvg({
      chartMarkup: new XMLSerializer().serializeToString(styled),
      chartWidth: Math.round(rect.width),
      chartHeight: Math.round(rect.height),
      title,
      subtitle,
      source,
      background: bodyStyle.backgroundColor || '#ffffff',
      color: bodyStyle.color || '#000000',
    });
  }

  function save(blob: Blob, name: string) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function downloadSvg() {
    const out = makeSvg();
    if (!out) return setStatus('The chart is not visible: nothing to export.');
    save(new Blob([out.text], { type: 'image/svg+xml' }), `${fileBase}.svg`);
    setStatus(`Saved ${fileBase}.svg`);
  }

  function downloadPng() {
    const out = makeSvg();
    if (!out) return setStatus('The chart is not visible: nothing to export.');
    const img = new Image();
    const url = URL.createObjectURL(new Blob([out.text], { type: 'image/svg+xml' }));
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = out.width * 2;
      canvas.height = out.height * 2;
      const ctx = canvas.getContext('2d');
      if (!ctx) return setStatus('This browser cannot draw the PNG.');
      ctx.scale(2, 2);
      ctx.drawImage(img, 0, 0, out.width, out.height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => {
        if (!blob) return setStatus('This browser cannot write the PNG.');
        save(blob, `${fileBase}.png`);
        setStatus(`Saved ${fileBase}.png`);
      }, 'image/png');
    };
    img.onerror = () => setStatus('The PNG could not be drawn.');
    img.src = url;
  }

  return (
    <div ref={ref} className="chart-export no-print">
      <button type="button" onClick={downloadSvg}>Download SVG</button>
      <button type="button" onClick={downloadPng}>Download PNG</button>
      <span className="muted" role="status">{status}</span>
    </div>
  );
}
