'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  FACET_NAMES,
  matchesRow,
  parseFinder,
  serializeFinder,
  type Facet,
  type FinderState,
} from '../lib/site/finder';

const LABELS: Record<Facet, string> = {
  origin: 'Figures of',
  dataset: 'Dataset',
  claim: 'Claim type',
  qualifier: 'Qualifier',
  section: 'Section',
  footnote: 'Footnote',
};

/**
 * Search as you type and filters over the server-rendered rows: rows are shown or hidden in place (their text is
 * already in the page); the state is in the address, so a filtered view can be shared.
 */
export function FigureFinder({
  options,
  total,
  children,
}: {
  options: Record<Facet, { value: string; label: string }[]>;
  total: number;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<FinderState>({ q: '', filters: {} });
  const [shown, setShown] = useState(total);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const read = () => setState(parseFinder(window.location.search));
    read();
    setReady(true);
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  // Apply the state to the rows, and put it in the address.
  const filtered = useRef(false);
  useEffect(() => {
    if (!ready || !box.current) return;
    const any = state.q.trim() !== '' || FACET_NAMES.some((f) => state.filters[f]);
    // Nothing to filter and nothing filtered before: every row is already shown; touch nothing.
    if (!any && !filtered.current) return;
    filtered.current = any;
    let n = 0;
    box.current.querySelectorAll<HTMLTableRowElement>('tbody tr').forEach((tr) => {
      const ok = matchesRow(tr.dataset as Partial<Record<Facet, string>>, tr.textContent ?? '', state);
      tr.hidden = !ok;
      if (ok) n++;
    });
    setShown(n);
    const url = `${window.location.pathname}${serializeFinder(state)}`;
    if (url !== `${window.location.pathname}${window.location.search}`)
      window.history.replaceState(window.history.state, '', url);
  }, [state, ready]);

  const setFilter = useCallback(
    (f: Facet, v: string) => setState((s) => ({ ...s, filters: { ...s.filters, [f]: v || undefined } })),
    [],
  );
  const clear = useCallback(() => setState({ q: '', filters: {} }), []);
  const active = state.q.trim() !== '' || FACET_NAMES.some((f) => state.filters[f]);

  return (
    <div ref={box} className="finder-box" data-ready={ready ? 'true' : 'false'}>
      {/* Inert, not disabled, until the script runs: disabling five selects flips :disabled on every option, and that
          restyle made hydration the page's one long task under Lighthouse's trace (305 ms on a 2-core host). */}
      <form
        className="finder-controls"
        role="search"
        aria-label="Find a figure"
        inert={!ready}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="finder-q">
          Search <span className="muted">(words of the figure, its label, phrase or cited source)</span>
          <input
            type="search"
            value={state.q}
            onChange={(e) => setState((s) => ({ ...s, q: e.target.value }))}
            data-testid="finder-q"
          />
        </label>
        {FACET_NAMES.map((f) => (
          <label key={f}>
            {LABELS[f]}
            <select value={state.filters[f] ?? ''} onChange={(e) => setFilter(f, e.target.value)} data-facet={f}>
              <option value="">All</option>
              {options[f].map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="button" onClick={clear} disabled={!active}>
          Clear
        </button>
      </form>
      <p role="status" className="finder-count" data-testid="finder-count">
        {shown === total ? `All ${total} figures and events.` : `${shown} of ${total} figures and events.`}
      </p>
      <noscript>
        <p className="muted">With scripts off, use your browser’s find (Ctrl+F or ⌘F) to search them.</p>
      </noscript>
      {ready && shown === 0 ? (
        <p className="finder-empty" data-testid="finder-empty">
          No figure or event matches {state.q.trim() ? `“${state.q.trim()}”` : 'these filters'}.{' '}
          <button type="button" onClick={clear}>
            Clear the search and filters
          </button>
        </p>
      ) : null}
      {children}
    </div>
  );
}
