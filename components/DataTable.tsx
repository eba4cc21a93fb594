'use client';

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cellDisplay, columnsFor } from '../lib/columns';
import type { Dataset } from '../lib/schema';
import { compareCells, parseSort, serializeSort } from '../lib/sort';

type Rec = Record<string, unknown>;

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    byCell: (a, b, columnId: string) => compareCells(columnId, (a.original as Rec)[columnId], (b.original as Rec)[columnId]),
  },
});

const helper = createColumnHelper<typeof features, Rec>();

function toState(sort: ReturnType<typeof parseSort>): SortingState {
  return sort ? [{ id: sort.id, desc: sort.desc }] : [];
}

export interface DataTableProps {
  kind: Dataset['kind'];
  rows: readonly object[];
  caption: string;
}

/**
 * Sortable table. Every header is a button (mouse and keyboard); the header cell carries aria-sort.
 * The sort lives in the URL (?sort=col ascending, ?sort=-col descending); an unknown value is ignored.
 */
export function DataTable({ kind, rows, caption }: DataTableProps) {
  const specs = columnsFor(kind);
  const ids = useMemo(() => specs.map((s) => s.id), [specs]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const wrap = useRef<HTMLDivElement>(null);

  // Read the sort from the URL after hydration (the server HTML shows the report's order). Without a sort in
  // the URL nothing re-renders; data-ready is set on the element directly, so it costs no render either.
  useEffect(() => {
    const read = () => {
      const next = toState(parseSort(new URLSearchParams(window.location.search).getAll('sort'), ids));
      setSorting((old) => (old.length === 0 && next.length === 0 ? old : next));
    };
    read();
    wrap.current?.setAttribute('data-ready', 'true');
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [ids]);

  const onSortingChange = useCallback(
    (updater: SortingState | ((old: SortingState) => SortingState)) => {
      setSorting((old) => {
        const next = typeof updater === 'function' ? updater(old) : updater;
        const first = next[0];
        const url = new URL(window.location.href);
        const value = serializeSort(first ? { id: first.id, desc: first.desc } : null);
        url.searchParams.delete('sort');
        if (value) url.searchParams.set('sort', value);
        window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
        return next;
      });
    },
    [],
  );

  const columns = useMemo(
    () =>
      specs.map((spec) =>
        helper.accessor((r: Rec) => r[spec.id], {
          id: spec.id,
          header: spec.header,
          sortFn: 'byCell',
          sortDescFirst: false,
          sortUndefined: false,
        }),
      ),
    [specs],
  );

  const table = useTable({
    features,
    columns,
    data: rows as Rec[],
    state: { sorting },
    onSortingChange,
    enableSortingRemoval: true,
    enableMultiSort: false,
  });

  const sortedBy = sorting[0];
  const sortedSpec = sortedBy ? specs.find((s) => s.id === sortedBy.id) : undefined;

  return (
    <div ref={wrap} className="table-wrap" role="region" aria-label={`${caption} (scrolls sideways on narrow screens)`} tabIndex={0}>
      <table className="data">
        <caption>
          {caption}.{' '}
          <span aria-live="polite">
            {sortedSpec ? `Sorted by ${sortedSpec.header}, ${sortedBy?.desc ? 'descending' : 'ascending'}.` : 'In the report’s order.'}
          </span>{' '}
          Select a column heading to sort.
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const spec = specs.find((s) => s.id === header.column.id);
                const dir = header.column.getIsSorted();
                const next = header.column.getNextSortingOrder();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={spec?.numeric ? 'num' : undefined}
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      data-column={header.column.id}
                      onClick={header.column.getToggleSortingHandler()}
                      title={next === 'asc' ? 'Sort ascending' : next === 'desc' ? 'Sort descending' : 'Back to the report’s order'}
                    >
                      {spec?.header ?? header.column.id}
                      <span className="arrow" aria-hidden="true">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={String(row.original.id)} data-row-id={String(row.original.id)}>
              {specs.map((spec, i) => {
                const value = row.original[spec.id];
                const text = cellDisplay(spec.id, value, row.original);
                const open = (spec.id === 'low' || spec.id === 'high') && value === null;
                const className = [spec.numeric ? 'num' : '', spec.width !== 'short' ? spec.width : '', open ? 'open-bound' : '']
                  .filter(Boolean)
                  .join(' ');
                return i === 0 ? (
                  <th key={spec.id} scope="row" className={className || undefined} data-column={spec.id} style={{ fontWeight: "normal" }}>
                    {text}
                  </th>
                ) : (
                  <td key={spec.id} className={className || undefined} data-column={spec.id}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
