'use client';

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnSpec } from '../lib/table/columns';
import type { Dataset, Row } from '../lib/model/schema';
import { nextSort, parseSort, serializeSort, type SortSpec } from '../lib/table/sort';
import { TableView, type Rec } from './table/TableView';

type OrderRows = typeof import('../lib/table/order').orderRows;

// The sorting code (TanStack Table) is fetched once per page, the first time a reader points at, focuses or
// clicks a column heading, or opens a sorted link.
let loading: Promise<OrderRows> | null = null;
function loadOrder(): Promise<OrderRows> {
  loading ??= import('../lib/table/order').then((m) => m.orderRows);
  return loading;
}

export interface DataTableProps {
  kind: Dataset['kind'];
  /** The table's columns (columnsFor(kind), given by the server page). */
  columns: readonly ColumnSpec[];
  dataset: { id: string; title: string };
  rows: readonly object[];
  caption: string;
}

/** Puts the sort in the address (replacing the entry: sorting is not a step back in history). */
function writeSort(sort: SortSpec | null) {
  const url = new URL(window.location.href);
  const value = serializeSort(sort);
  url.searchParams.delete('sort');
  if (value) url.searchParams.set('sort', value);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

const same = (a: SortSpec | null, b: SortSpec | null) => a === b || (!!a && !!b && a.id === b.id && a.desc === b.desc);

/**
 * Sortable table. The server HTML and a table that is only read show the report's order; the first sort loads
 * TanStack Table and the view changes in one step (header state and rows together), with the same DOM, so focus
 * stays on the heading. The sort lives in the URL (?sort=col ascending, ?sort=-col descending); an unknown value
 * is ignored. `data-ready` on the wrapper says the script has taken over and the rows follow the URL.
 */
export function DataTable({ kind, columns: specs, dataset, rows, caption }: DataTableProps) {
  const ids = useMemo(() => specs.map((s) => s.id), [specs]);
  const [failed, setFailed] = useState(false);
  const [view, setView] = useState<{ sort: SortSpec | null; rows: readonly Rec[] }>({
    sort: null,
    rows: rows as Rec[],
  });
  const wrap = useRef<HTMLDivElement>(null);
  // The sort last asked for (by a click or the URL); the view catches up once the sorting code is in.
  const wanted = useRef<SortSpec | null>(null);
  // The sort on screen.
  const shown = useRef<SortSpec | null>(null);

  const show = useCallback(
    (sort: SortSpec | null, fromClick = false) => {
      wanted.current = sort;
      if (!sort) {
        setFailed(false); // the report's order needs no code: nothing failed to load for it
        startTransition(() => setView((old) => (old.sort === null ? old : { sort: null, rows: rows as Rec[] })));
        return;
      }
      loadOrder().then(
        (orderRows) => {
          if (!same(wanted.current, sort)) return; // a later click or history step won
          setFailed(false);
          startTransition(() => setView({ sort, rows: orderRows(ids, rows as Rec[], sort) }));
        },
        () => {
          // The sorting code could not be fetched (server gone, an incomplete offline copy): say so where the
          // order is announced, keep the order on screen, and try again on the next click. A click's sort is taken
          // back out of the address; an opened link keeps it, so reloading tries again.
          loading = null;
          if (!same(wanted.current, sort)) return;
          wanted.current = shown.current;
          if (fromClick) writeSort(shown.current);
          setFailed(true);
          wrap.current?.setAttribute('data-ready', 'true');
        },
      );
    },
    [ids, rows],
  );

  // Read the sort from the URL after hydration (the server HTML shows the report's order). Without a sort in the
  // URL nothing loads and nothing re-renders.
  useEffect(() => {
    const read = () => show(parseSort(new URLSearchParams(window.location.search).getAll('sort'), ids));
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [ids, show]);

  // Ready once the rows on screen follow the sort last asked for (set on the element: no render of its own).
  useEffect(() => {
    shown.current = view.sort;
    if (same(view.sort, wanted.current)) wrap.current?.setAttribute('data-ready', 'true');
  }, [view]);

  const onSort = useCallback(
    (columnId: string) => {
      const next = nextSort(wanted.current, columnId);
      writeSort(next);
      show(next, true);
    },
    [show],
  );

  const prefetch = useCallback(() => void loadOrder().catch(() => undefined), []);
  const [cited, setCited] = useState('');
  const onCite = useCallback(
    async (row: Rec) => {
      // The citation writer loads on the first click, not with the page.
      const { figureCitation } = await import('../lib/outputs/citation');
      const text = figureCitation(dataset, row as unknown as Row, window.location.origin);
      try {
        await navigator.clipboard.writeText(text);
        setCited(`Citation copied: ${text}`);
      } catch {
        setCited(`Copy this citation: ${text}`);
      }
    },
    [dataset],
  );

  return (
    <>
      <TableView
        kind={kind}
        specs={specs}
        rows={view.rows}
        sort={view.sort}
        caption={caption}
        onSort={onSort}
        onIntent={prefetch}
        wrapRef={wrap}
        notice={
          failed
            ? 'Sorting could not be loaded, so the rows keep their order. Try again, or reload the page.'
            : undefined
        }
        onCite={onCite}
      />
      <p className="muted cite-status" role="status" data-testid="cite-status">
        {cited}
      </p>
    </>
  );
}
