'use client';

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { formatElapsed } from '../../lib/deck/nav';

const TIMER_KEY = 'karabakh-brief-presenter-start';

function clock(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The presenter view's own part, loaded only in that view: the slides' zoom to fit the window, the notes of the
 * current slide in large type, the elapsed time (kept across a reload, with Reset), the clock, and the next slide's title.
 */
export default function PresenterPanel({
  root,
  index,
  total,
  slideKey,
  next,
}: {
  root: RefObject<HTMLDivElement | null>;
  index: number;
  total: number;
  slideKey: string;
  next: string | null;
}) {
  const notes = useRef<HTMLDivElement>(null);
  const [now, setNow] = useState(0);
  const [start, setStart] = useState(0);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const fit = () => {
      el.style.setProperty(
        '--z-current',
        String(Math.min((window.innerWidth * 0.6) / 1280, (window.innerHeight * 0.55) / 720)),
      );
      el.style.setProperty(
        '--z-next',
        String(Math.min((window.innerWidth * 0.33) / 1280, (window.innerHeight * 0.3) / 720)),
      );
    };
    fit();
    window.addEventListener('resize', fit);
    const saved = Number(window.localStorage.getItem(TIMER_KEY));
    const t0 = Number.isFinite(saved) && saved > 0 && Date.now() - saved < 12 * 3600_000 ? saved : Date.now();
    window.localStorage.setItem(TIMER_KEY, String(t0));
    setStart(t0);
    setNow(Date.now());
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => {
      window.removeEventListener('resize', fit);
      window.clearInterval(tick);
    };
  }, [root]);

  // The current slide's notes, copied into the panel whenever the slide changes (found by key: this effect runs
  // before the controller has moved the "current" class).
  useEffect(() => {
    const src = [...(root.current?.querySelectorAll<HTMLElement>('section.slide') ?? [])]
      .find((s) => s.dataset.slideKey === slideKey)
      ?.querySelector('.notes');
    notes.current?.replaceChildren(...(src ? [...src.cloneNode(true).childNodes] : []));
  }, [root, slideKey]);

  const reset = useCallback(() => {
    const t0 = Date.now();
    window.localStorage.setItem(TIMER_KEY, String(t0));
    setStart(t0);
    setNow(t0);
  }, []);

  return (
    <section className="presenter-panel no-print" aria-label="Presenter view">
      <p className="presenter-meta">
        <strong data-testid="presenter-position">
          Slide {index + 1} of {total}
        </strong>
        <span>
          Elapsed <strong data-testid="presenter-elapsed">{formatElapsed(now - start)}</strong>{' '}
          <button type="button" onClick={reset}>
            Reset
          </button>
        </span>
        <span>
          Clock <strong>{now ? clock(new Date(now)) : ''}</strong>
        </span>
        <span>{next !== null ? `Next: ${next}` : 'Last slide'}</span>
      </p>
      <div className="presenter-notes" ref={notes} data-testid="presenter-notes" />
    </section>
  );
}
