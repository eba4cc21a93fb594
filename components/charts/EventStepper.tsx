'use client';

import { useEffect, useState } from 'react';

import type { StepEvent } from '../../lib/maps/chart-map';

/**
 * Steps through the events map in date order (Previous / Next buttons, or the arrow keys on them). The selection is in
 * the address (?event=<row-id>) and marks its place on the map; without scripts the map and its table still read.
 */
export function EventStepper({ events, mapId }: { events: StepEvent[]; mapId: string }) {
  const [i, setI] = useState(-1);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    setReady(true);
    const id = new URLSearchParams(window.location.search).get('event');
    const k = events.findIndex((e) => e.id === id);
    if (k >= 0) setI(k);
  }, [events]);
  useEffect(() => {
    const root = document.getElementById(mapId);
    for (const el of root?.querySelectorAll('[data-place]') ?? []) el.removeAttribute('data-selected');
    const e = events[i];
    if (!e) return;
    for (const el of root?.querySelectorAll(`[data-place="${e.place}"]`) ?? []) el.setAttribute('data-selected', '');
    const url = new URL(window.location.href);
    url.searchParams.set('event', e.id);
    window.history.replaceState(null, '', url);
  }, [i, events, mapId]);
  const go = (k: number) => setI(Math.min(Math.max(k, 0), events.length - 1));
  const e = events[i];
  return (
    <div className="event-stepper no-print" data-ready={ready}>
      <button type="button" onClick={() => go(i - 1)} disabled={i <= 0}>
        ← Previous event
      </button>
      <button type="button" onClick={() => go(i + 1)} disabled={i >= events.length - 1}>
        Next event →
      </button>
      <p aria-live="polite" className="event-stepper-text">
        {e ? (
          <>
            <strong>
              {i + 1} of {events.length}, {e.date}:
            </strong>{' '}
            {e.text} ({e.footnote}) <a href={`/datasets/timeline#${e.id}`}>The event’s row</a>
          </>
        ) : (
          `${events.length} events with a place, in date order: press Next to step through them.`
        )}
      </p>
    </div>
  );
}
