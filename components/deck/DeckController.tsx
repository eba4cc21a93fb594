'use client';

import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  deckSlides,
  deckKey,
  gotoIndex,
  parseDeckMessage,
  parseIds,
  parseSlide,
  replayKeys,
  step,
  type DeckAction,
} from '../../lib/deck/nav';

interface SlideMeta {
  key: string;
  datasetId: string | null;
  headline: string;
}

declare global {
  interface Window {
    /** Keys pressed before this script ran, recorded by the page's inline script (app/brief/page.tsx). */
    __deckEarly?: string[];
    __deckEarlyOff?: () => void;
  }
}

const CHANNEL = 'karabakh-brief-deck';
// The presenter view's panel loads only in that view (?view=presenter): the audience window never fetches it.
const PresenterPanel = lazy(() => import('./PresenterPanel'));

/**
 * Drives the server-rendered slides: shows one at a time, follows and writes ?slide=N (1-based),
 * keeps only ?ids=… datasets in their order, and handles keys, clicks, full screen and notes.
 * With ?view=presenter it is the presenter view (current and next slide, notes, timer, clock); the audience
 * and presenter windows move together through a BroadcastChannel, both ways. Without scripts every slide
 * stays visible, one after another.
 */
export function DeckController({
  slides,
  datasetIds,
  children,
}: {
  slides: SlideMeta[];
  datasetIds: string[];
  children: ReactNode;
}) {
  const root = useRef<HTMLDivElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  const [deck, setDeck] = useState<SlideMeta[]>(slides);
  const [_deckId, setDeckId] = useState('');
  const [index, setIndex] = useState(0);
  const indexRef = useRef(0);
  const deckIdRef = useRef('');
  const [unknown, setUnknown] = useState<string[]>([]);
  const [notes, setNotes] = useState(false);
  const [ready, setReady] = useState(false);
  const [presenter, setPresenter] = useState(false);
  const [overview, setOverview] = useState<number | null>(null);
  const [gotoBuffer, setGotoBuffer] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  /** Every move goes through here: the other window follows unless the move came from it. */
  const moveTo = useCallback((i: number, fromOtherWindow = false) => {
    indexRef.current = i;
    setIndex(i);
    if (!fromOtherWindow) channel.current?.postMessage({ type: 'goto', deck: deckIdRef.current, index: i });
  }, []);

  // Read the URL once on load and on history navigation; replay keys pressed before this ran.
  useEffect(() => {
    const read = () => {
      const params = new URLSearchParams(window.location.search);
      const { ids, unknown: bad } = parseIds(params.get('ids'), datasetIds);
      const d = deckSlides(slides, ids);
      setDeck(d);
      setUnknown(bad);
      deckIdRef.current = ids.join(',');
      setDeckId(ids.join(','));
      setPresenter(params.get('view') === 'presenter');
      const early = window.__deckEarly ?? [];
      window.__deckEarlyOff?.();
      window.__deckEarly = [];
      const i = replayKeys(parseSlide(params.get('slide'), d.length), early, d.length);
      indexRef.current = i;
      setIndex(i);
      setReady(true);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [slides, datasetIds]);

  // The two windows of one deck keep in step; a window that (re)loads asks where the other one is.
  useEffect(() => {
    if (!ready || typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent) => {
      const m = parseDeckMessage(e.data);
      if (!m || m.deck !== deckIdRef.current) return;
      if (m.type === 'hello') ch.postMessage({ type: 'goto', deck: m.deck, index: indexRef.current });
      else if (m.index !== indexRef.current && m.index < deck.length) moveTo(m.index, true);
    };
    ch.postMessage({ type: 'hello', deck: deckIdRef.current });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [ready, deck.length, moveTo]);

  // Show the current slide (and in the presenter view the next one), order the deck's slides, hide the rest.
  useEffect(() => {
    if (!ready || !root.current) return;
    const order = new Map(deck.map((s, i) => [s.key, i]));
    root.current.querySelectorAll<HTMLElement>('section.slide').forEach((el) => {
      const key = el.dataset.slideKey ?? '';
      const pos = order.get(key);
      el.classList.toggle('in-deck', pos !== undefined);
      el.classList.toggle('current', pos === index);
      el.classList.toggle('next-up', presenter && pos === index + 1);
      el.classList.toggle('selected', overview !== null && pos === overview);
      el.classList.toggle('last-in-deck', pos === deck.length - 1);
      el.style.order = String(pos ?? 999);
      el.setAttribute('aria-hidden', pos === index || (overview !== null && pos !== undefined) ? 'false' : 'true');
    });
    const url = new URL(window.location.href);
    url.searchParams.set('slide', String(index + 1));
    window.history.replaceState(window.history.state, '', `${url.pathname}?${url.searchParams.toString()}`);
  }, [deck, index, ready, presenter, overview]);

  const go = useCallback(
    (action: DeckAction) => moveTo(step(indexRef.current, action, deck.length)),
    [deck.length, moveTo],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  const openPresenter = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('view', 'presenter');
    url.searchParams.set('slide', String(indexRef.current + 1));
    const w = window.open(url.toString(), 'karabakh-brief-presenter', 'popup,width=1200,height=800');
    setNotice(
      w
        ? ''
        : 'The presenter view was blocked as a pop-up: allow pop-ups for this site, or open this deck’s address with ?view=presenter in another window.',
    );
  }, []);

  useEffect(() => {
    if (gotoBuffer === null) return;
    // A pause after the digits jumps as Enter would.
    const t = window.setTimeout(() => {
      const i = gotoIndex(gotoBuffer, deck.length);
      if (i !== null) moveTo(i);
      setGotoBuffer(null);
    }, 1500);
    return () => window.clearTimeout(t);
  }, [gotoBuffer, deck.length, moveTo]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (target && target.tagName === 'BUTTON' && (e.key === ' ' || e.key === 'Enter')) return;
      const r = deckKey(
        {
          index: indexRef.current,
          count: deck.length,
          overview,
          goto: gotoBuffer,
          notes,
          presenter,
          fullscreen: !!document.fullscreenElement,
        },
        e.key,
      );
      if (r.handled) e.preventDefault();
      if (r.state.index !== indexRef.current) moveTo(r.state.index);
      if (r.state.overview !== overview) setOverview(r.state.overview);
      if (r.state.goto !== gotoBuffer) setGotoBuffer(r.state.goto);
      if (r.state.notes !== notes) setNotes(r.state.notes);
      if (r.effect === 'toggle-fullscreen') toggleFullscreen();
      else if (r.effect === 'open-presenter') openPresenter();
      else if (r.effect === 'exit-fullscreen') void document.exitFullscreen().catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleFullscreen, openPresenter, moveTo, presenter, overview, gotoBuffer, notes, deck.length]);

  const onClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const t = e.target as HTMLElement;
    if (overview !== null) {
      const key = t.closest<HTMLElement>('section.slide')?.dataset.slideKey;
      const i = deck.findIndex((s) => s.key === key);
      if (i >= 0) {
        moveTo(i);
        setOverview(null);
      }
      return;
    }
    if (presenter || t.closest('a, button, .notes, .deck-bar')) return;
    const rect = e.currentTarget.getBoundingClientRect();
    go(e.clientX - rect.left < rect.width / 2 ? 'prev' : 'next');
  };

  const current = deck[index];
  const mode = `${presenter ? ' presenter' : ''}${overview !== null ? ' overview' : ''}`;
  return (
    <div
      ref={root}
      className={`deck${ready ? ' deck-active' : ''}${notes && !presenter ? ' show-notes' : ''}${mode}`}
      data-ready={ready ? 'true' : 'false'}
    >
      {unknown.length > 0 ? (
        <p className="deck-notice no-print" role="status">
          Not in this deck (unknown dataset ids, skipped): {unknown.join(', ')}
        </p>
      ) : null}
      {notice ? (
        <p className="deck-notice no-print" role="alert">
          {notice}
        </p>
      ) : null}
      {overview !== null ? (
        <p className="deck-notice no-print">Overview: arrows choose a slide, Enter opens it, Esc closes.</p>
      ) : null}
      <div className="deck-slides" onClick={onClick}>
        {children}
      </div>
      {presenter ? (
        <Suspense fallback={null}>
          <PresenterPanel
            root={root}
            index={index}
            total={deck.length}
            slideKey={deck[index]?.key ?? ''}
            next={index + 1 < deck.length ? deck[index + 1]!.headline : null}
          />
        </Suspense>
      ) : null}
      <nav className="deck-bar no-print" aria-label="Slides">
        <button type="button" onClick={() => go('prev')} disabled={index === 0} aria-label="Previous slide">
          ←
        </button>
        <span className="deck-progress" data-testid="progress">
          {gotoBuffer !== null ? `Go to: ${gotoBuffer}_` : `${index + 1} / ${deck.length}`}
        </span>
        <span className="visually-hidden" aria-live="polite">
          {current ? `Slide ${index + 1} of ${deck.length}: ${current.headline}` : ''}
        </span>
        <button type="button" onClick={() => go('next')} disabled={index >= deck.length - 1} aria-label="Next slide">
          →
        </button>
        <button type="button" onClick={() => setNotes((n) => !n)} aria-pressed={notes}>
          Notes (N)
        </button>
        <button type="button" onClick={toggleFullscreen}>
          Full screen (F)
        </button>
        {presenter ? null : (
          <button type="button" onClick={openPresenter}>
            Presenter (S)
          </button>
        )}
        <button
          type="button"
          onClick={() => setOverview((o) => (o === null ? indexRef.current : null))}
          aria-pressed={overview !== null}
        >
          Overview (O)
        </button>
        <a href="/brief/build">Custom deck</a>
        <a href="/">Exit</a>
      </nav>
    </div>
  );
}
