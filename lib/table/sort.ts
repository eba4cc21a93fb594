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

/**
 * Sort key of a cell. Open bounds sort where they belong: an open lower side ("up to")
 * as −∞ in the low column, an open upper side ("over") as +∞ in the high column.
 * Other empty cells sort after every value.
 */
export function sortKey(column: string, value: unknown): number | string {
  if (value === null || value === undefined || value === '') {
    if (column === 'low') return Number.NEGATIVE_INFINITY;
    return Number.POSITIVE_INFINITY;
  }
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.join(';').toLowerCase();
  return String(value).toLowerCase();
}

export function compareCells(column: string, a: unknown, b: unknown): number {
  const ka = sortKey(column, a);
  const kb = sortKey(column, b);
  if (typeof ka === 'number' && typeof kb === 'number') return ka === kb ? 0 : ka < kb ? -1 : 1;
  // Missing (±∞) against text: missing goes last.
  if (typeof ka === 'number') return ka === Number.NEGATIVE_INFINITY ? -1 : 1;
  if (typeof kb === 'number') return kb === Number.NEGATIVE_INFINITY ? 1 : -1;
  return ka.localeCompare(kb, 'en', { numeric: true });
}

/** An empty cell that is not an open bound: a value the report does not give. */
function missing(column: string, value: unknown): boolean {
  return (value === null || value === undefined || value === '') && column !== 'low' && column !== 'high';
}

/**
 * The comparison in a direction. Empty cells stay after every value in both directions, as spreadsheets keep
 * blanks last; open bounds (empty low or high) are values, −∞ and +∞, and move with the direction.
 */
export function compareDirected(column: string, a: unknown, b: unknown, desc: boolean): number {
  const ma = missing(column, a);
  const mb = missing(column, b);
  if (ma || mb) return ma === mb ? 0 : ma ? 1 : -1;
  const c = compareCells(column, a, b);
  return desc ? -c : c;
}
