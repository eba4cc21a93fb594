'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { deckSlides, keyAction, parseIds, parseSlide, step, type DeckAction } from '../../lib/deck';

interface SlideMeta {
  key: string;
  datasetId: string | null;
  headline: string;
}

/**
 * Drives the server-rendered slides: shows one at a time, follows and writes ?slide=N (1-based),
 * keeps only ?ids=… datasets in their order, and handles keys, clicks, full screen and notes.
 * Without scripts every slide stays visible, one after another.
 */
export function DeckController({ slides, datasetIds, children }: { slides: SlideMeta[]; datasetIds: string[]; children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);
  const [deck, setDeck] = useState<SlideMeta[]>(slides);
  const [index, setIndex] = useState(0);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [notes, setNotes] = useState(false);
  const [ready, setReady] = useState(false);

  // Read the URL once on load and on history navigation.
  useEffect(() => {
    const read = () => {
      const params = new URLSearchParams(window.location.search);
      const { ids, unknown: bad } = parseIds(params.get('ids'), datasetIds);
      const d = deckSlides(slides, ids);
      setDeck(d);
      setUnknown(bad);
      setIndex(parseSlide(params.get('slide'), d.length));
      setReady(true);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [slides, datasetIds]);

  // Show the current slide, order the deck's slides, hide the rest.
  useEffect(() => {
    if (!ready || !root.current) return;
    const order = new Map(deck.map((s, i) => [s.key, i]));
    root.current.querySelectorAll<HTMLElement>('section.slide').forEach((el) => {
      const key = el.dataset.slideKey ?? '';
      const pos = order.get(key);
      el.classList.toggle('in-deck', pos !== undefined);
      el.classList.toggle('current', pos === index);
      el.classList.toggle('last-in-deck', pos === deck.length - 1);
      el.style.order = String(pos ?? 999);
      el.setAttribute('aria-hidden', pos === index ? 'false' : 'true');
    });
    const url = new URL(window.location.href);
    url.searchParams.set('slide', String(index + 1));
    window.history.replaceState(window.history.state, '', `${url.pathname}?${url.searchParams.toString()}`);
  }, [deck, index, ready]);

  const go = useCallback((action: DeckAction) => setIndex((i) => step(i, action, deck.length)), [deck.length]);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (target && target.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
      const action = keyAction(e.key);
      if (action) {
        e.preventDefault();
        go(action);
        return;
      }
      const k = e.key.toLowerCase();
      if (k === 'f') {
        e.preventDefault();
        toggleFullscreen();
      } else if (k === 'n') {
        e.preventDefault();
        setNotes((n) => !n);
      } else if (e.key === 'Escape' && document.fullscreenElement) {
        void document.exitFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, toggleFullscreen]);

  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    if (t.closest('a, button, .notes, .deck-bar')) return;
    const rect = e.currentTarget.getBoundingClientRect();
    go(e.clientX - rect.left < rect.width / 2 ? 'prev' : 'next');
  };

  const current = deck[index];
  return (
    <div ref={root} className={`deck${ready ? ' deck-active' : ''}${notes ? ' show-notes' : ''}`} data-ready={ready ? 'true' : 'false'}>
      {unknown.length > 0 ? (
        <p className="deck-notice no-print" role="status">
          Not in this deck (unknown dataset ids, skipped): {unknown.join(', ')}
        </p>
      ) : null}
      <div className="deck-slides" onClick={onClick}>
        {children}
      </div>
      <nav className="deck-bar no-print" aria-label="Slides">
        <button type="button" onClick={() => go('prev')} disabled={index === 0} aria-label="Previous slide">←</button>
        <span className="deck-progress" aria-live="polite" data-testid="progress">
          {index + 1} / {deck.length}
        </span>
        <span className="visually-hidden" aria-live="polite">{current ? `Slide ${index + 1} of ${deck.length}: ${current.headline}` : ''}</span>
        <button type="button" onClick={() => go('next')} disabled={index >= deck.length - 1} aria-label="Next slide">→</button>
        <button type="button" onClick={() => setNotes((n) => !n)} aria-pressed={notes}>Notes (N)</button>
        <button type="button" onClick={toggleFullscreen}>Full screen (F)</button>
        <a href="/brief/build">Custom deck</a>
        <a href="/">Exit</a>
      </nav>
    </div>
  );
}
