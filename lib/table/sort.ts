import { type OpenSide, openSide } from '../model/bound-kind';
import { QUALIFIERS, type Qualifier } from '../model/qualifiers';
/**
 * Table sorting: URL parameter parsing and the comparison used for every column.
 * `?sort=col` is ascending, `?sort=-col` descending. Anything else is ignored.
 */
export interface SortSpec {
  id: string;
  desc: boolean;
}

const MAX_LEN = 64;

export function parseSort(
  param: string | readonly string[] | null | undefined,
  columns: readonly string[],
): SortSpec | null {
  const raw = Array.isArray(param) ? param[0] : param;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LEN) return null;
  const desc = raw.startsWith('-');
  const id = desc ? raw.slice(1) : raw;
  return columns.includes(id) ? { id, desc } : null;
}

/**
 * The sort a click on a column heading moves to: another column starts ascending, then the same column goes
 * descending, then back to the report's order (null). Numbers and text alike start ascending.
 */
export function nextSort(current: SortSpec | null, columnId: string): SortSpec | null {
  if (!current || current.id !== columnId) return { id: columnId, desc: false };
  return current.desc ? null : { id: columnId, desc: true };
}

export function serializeSort(sort: SortSpec | null): string | null {
  return sort ? `${sort.desc ? '-' : ''}${sort.id}` : null;
}

/** A cell to sort: its value, and the side of a bound it stands for when the report leaves that side open. */
export interface SortCell {
  value: unknown;
  open: OpenSide;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The cell of `column` in `row`. An empty low or high cell is an open side only where the row's qualifier leaves that
 * side open (the bound rule, lib/model/bound.ts); any other empty cell is a value the report does not give.
 */
export function cellOf(row: Record<string, unknown>, column: string): SortCell {
  const value = row[column];
  const q = row.qualifier;
  const open =
    isEmpty(value) && typeof q === 'string' && (QUALIFIERS as readonly string[]).includes(q)
      ? openSide(q as Qualifier)
      : null;
  return { value, open: open === column ? open : null };
}

/** Sort key of a cell: an open lower side sorts as −∞, an open upper side as +∞; other empty cells after every value. */
function sortKey(cell: SortCell): number | string {
  const { value } = cell;
  if (isEmpty(value)) return cell.open === 'low' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.join(';').toLowerCase();
  return String(value).toLowerCase();
}

export function compareCells(a: SortCell, b: SortCell): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (typeof ka === 'number' && typeof kb === 'number') return ka === kb ? 0 : ka < kb ? -1 : 1;
  // Missing (±∞) against text: missing goes last.
  if (typeof ka === 'number') return ka === Number.NEGATIVE_INFINITY ? -1 : 1;
  if (typeof kb === 'number') return kb === Number.NEGATIVE_INFINITY ? 1 : -1;
  return ka.localeCompare(kb, 'en', { numeric: true });
}

/**
 * The comparison in a direction. Empty cells stay after every value in both directions, as spreadsheets keep
 * blanks last; open sides are values, −∞ and +∞, and move with the direction.
 */
export function compareDirected(a: SortCell, b: SortCell, desc: boolean): number {
  const ma = isEmpty(a.value) && a.open === null;
  const mb = isEmpty(b.value) && b.open === null;
  if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
  const c = compareCells(a, b);
  return desc ? -c : c;
}
