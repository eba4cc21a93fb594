import type { RefObject } from 'react';
import { cellDisplay } from '../../lib/table/cells';
import type { ColumnSpec } from '../../lib/table/columns';
import { nextSort, type SortSpec } from '../../lib/table/sort';

export type Rec = Record<string, unknown>;

export interface TableViewProps {
  /** Which layout the table takes from 1024 px (globals.css: two-line rows of figures or of events). */
  kind: 'figures' | 'events' | 'places';
  specs: readonly ColumnSpec[];
  /** Rows in the order to show them. */
  rows: readonly Rec[];
  sort: SortSpec | null;
  caption: string;
  onSort: (columnId: string) => void;
  /** Starts loading the sorting code before the click lands (pointer over or focus on a heading). */
  onIntent?: () => void;
  wrapRef?: RefObject<HTMLDivElement | null>;
  /** A message in place of the order's announcement (the sorting code failed to load). */
  notice?: string;
  /** Copies the citation of a row's figure; the last cell of each row has the button and the row's permalink. */
  onCite?: (row: Rec) => void;
}

/**
 * Columns that open on demand where the table is a table (wider than a phone, and in print): their cells are
 * hidden there and shown under the verbatim phrase by a disclosure (print shows it open), so that the columns of
 * the provenance fit beside each other from 1024 px. Phone cards show them as cells. (The unit goes with them: the
 * figure as printed carries the report's own wording, and the page states the dataset's unit.)
 */
// Places: how a place was located, why it has none, and which maps draw it are long, and open on demand too.
const ON_DEMAND = new Set(['unit', 'source', 'note', 'located', 'noCoordinates', 'drawn']);

/** The on-demand columns of a row, under its verbatim phrase: "Source cited" (and "Note" where there is one). */
function MoreOf({ row, specs }: { row: Rec; specs: readonly ColumnSpec[] }) {
  const more = specs.filter((s) => ON_DEMAND.has(s.id) && row[s.id] !== null && row[s.id] !== undefined);
  if (more.length === 0) return null;
  const names = more.map((s) => s.header.toLowerCase());
  const summary = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
  return (
    <details className="row-more">
      <summary>{summary[0]!.toUpperCase() + summary.slice(1)}</summary>
      {more.map((s) => (
        <p key={s.id}>
          <strong>{s.header}:</strong> {cellDisplay(s.id, row[s.id], row)}
        </p>
      ))}
    </details>
  );
}

const TITLES = { asc: 'Sort ascending', desc: 'Sort descending', none: 'Back to the report’s order' } as const;

/**
 * The table's markup, the same before and after sorting: every header is a button (mouse and keyboard) and its
 * cell carries aria-sort; the caption announces the order.
 */
export function TableView({
  kind,
  specs,
  rows,
  sort,
  caption,
  onSort,
  onIntent,
  wrapRef,
  notice,
  onCite,
}: TableViewProps) {
  const sortedSpec = sort ? specs.find((s) => s.id === sort.id) : undefined;
  return (
    <div
      ref={wrapRef}
      className="table-wrap"
      role="region"
      aria-label={`${caption} (scrolls sideways on narrow screens)`}
      tabIndex={0}
    >
      <table className={`data t-${kind}`}>
        <caption>
          {caption}.{' '}
          <span aria-live="polite">
            {notice ??
              (sortedSpec && sort
                ? `Sorted by ${sortedSpec.header}, ${sort.desc ? 'descending' : 'ascending'}.`
                : 'In the report’s order.')}
          </span>{' '}
          Select a column heading to sort.
        </caption>
        <thead>
          <tr>
            {specs.map((spec) => {
              const dir = sort?.id === spec.id ? (sort.desc ? 'desc' : 'asc') : null;
              const next = nextSort(sort, spec.id);
              return (
                <th
                  key={spec.id}
                  scope="col"
                  data-heading={spec.id}
                  className={
                    [spec.numeric ? 'num' : '', ON_DEMAND.has(spec.id) ? 'on-demand' : ''].join(' ').trim() || undefined
                  }
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    data-column={spec.id}
                    onClick={() => onSort(spec.id)}
                    onPointerEnter={onIntent}
                    onFocus={onIntent}
                    title={TITLES[next ? (next.desc ? 'desc' : 'asc') : 'none']}
                  >
                    {spec.header}
                    <wbr />
                    <span className="arrow" aria-hidden="true">
                      {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className="cite-col">
              Cite
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row.id)} id={String(row.id)} data-row-id={String(row.id)}>
              {specs.map((spec, i) => {
                const value = row[spec.id];
                const text = cellDisplay(spec.id, value, row);
                const open = (spec.id === 'low' || spec.id === 'high') && value === null;
                const className = [
                  spec.numeric ? 'num' : '',
                  spec.width !== 'short' ? spec.width : '',
                  open ? 'open-bound' : '',
                  ON_DEMAND.has(spec.id) ? 'on-demand' : '',
                ]
                  .filter(Boolean)
                  .join(' ');
                return i === 0 ? (
                  <th
                    key={spec.id}
                    scope="row"
                    className={className || undefined}
                    data-column={spec.id}
                    data-label={spec.header}
                    style={{ fontWeight: 'normal' }}
                  >
                    {text}
                  </th>
                ) : (
                  <td key={spec.id} className={className || undefined} data-column={spec.id} data-label={spec.header}>
                    {spec.id === 'quote' ? (
                      <>
                        <span className="cell-text">{text}</span>
                        <MoreOf row={row} specs={specs} />
                      </>
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
              <td className="cite-col" data-label="Cite">
                {/* biome-ignore lint/a11y/noAmbiguousAnchorText: its accessible name names the row; the cell's header says Cite */}
                <a href={`#${String(row.id)}`} aria-label={`Link to ${String(row.id)}`}>
                  Link
                </a>{' '}
                <button
                  type="button"
                  className="cite-button"
                  onClick={() => onCite?.(row)}
                  aria-label={`Copy citation of ${String(row.id)}`}
                >
                  Copy citation
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
