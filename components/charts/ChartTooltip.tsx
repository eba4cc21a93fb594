'use client';

import { useCallback, useRef, useState, type ReactNode } from 'react';

interface Tip {
  text: string;
  left: number;
  top: number;
}

const MOVES: Record<string, 'next' | 'prev' | 'first' | 'last'> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  Home: 'first',
  End: 'last',
};

/**
 * A chart is one tab stop (WAI-ARIA roving tabindex): Tab reaches its current mark, the arrow keys, Home and End move
 * between its marks with the tooltip following, and Escape hides the tooltip and leaves the chart for its export buttons.
 * Shows the same tooltip for a mark on mouse hover and on keyboard focus.
 * Marks are server-rendered SVG elements marked with an empty data-tip attribute; the tooltip shows their aria-label, so the
 * text is in the page (and in the data React hydrates from) once, not twice.
 */
export function ChartTooltip({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = useCallback((target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest('[data-tip]') : null;
    const box = ref.current;
    if (!el || !box) return;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const left = Math.min(Math.max(r.left - b.left + r.width / 2, 8), b.width - 8);
    // A map's marker is named by its row in the map's table (aria-labelledby), so the text is in the page once.
    const named = (el.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    setTip({ text: el.getAttribute('aria-label') ?? named.filter(Boolean).join(': '), left, top: r.top - b.top });
  }, []);

  return (
    <div
      ref={ref}
      className="tooltip-host"
      onMouseOver={(e) => show(e.target)}
      onMouseLeave={() => setTip(null)}
      onFocus={(e) => show(e.target)}
      onBlur={() => setTip(null)}
      onKeyDown={(e) => {
        const mark = e.target instanceof Element ? e.target.closest<SVGElement>('.mark[data-tip]') : null;
        if (e.key === 'Escape') {
          setTip(null);
          if (mark) mark.closest('figure')?.querySelector<HTMLButtonElement>('.chart-export button')?.focus();
          return;
        }
        const move = MOVES[e.key];
        const svg = mark?.closest('svg');
        if (!move || !mark || !svg) return;
        e.preventDefault();
        const marks = Array.from(svg.querySelectorAll<SVGElement>('.mark[data-tip]'));
        const i = marks.indexOf(mark);
        const j =
          move === 'first'
            ? 0
            : move === 'last'
              ? marks.length - 1
              : Math.min(Math.max(i + (move === 'next' ? 1 : -1), 0), marks.length - 1);
        const to = marks[j];
        if (!to || to === mark) return;
        mark.setAttribute('tabindex', '-1');
        to.setAttribute('tabindex', '0');
        to.focus();
      }}
    >
      {children}
      {tip ? (
        <div
          className="chart-tooltip"
          role="tooltip"
          style={{ left: tip.left, top: tip.top }}
          data-left-half={tip.left < (ref.current?.clientWidth ?? 0) / 2 ? 'true' : 'false'}
        >
          {tip.text}
        </div>
      ) : null}
    </div>
  );
}
