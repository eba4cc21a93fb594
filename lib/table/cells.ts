/** How a table cell reads, on the server and in the browser's table. */
import { formatNumber, formatPartialDate } from '../model/format';

/** Text of a cell as the table shows it. */
export function cellDisplay(columnId: string, value: unknown, row: Record<string, unknown>): string {
  if (columnId === 'low' && value === null) return 'open (no lower bound)';
  if (columnId === 'high' && value === null) return 'open (no upper bound)';
  if (columnId === 'footnote' && value === null) return 'none';
  if (value === null || value === undefined) return '—';
  if ((columnId === 'lat' || columnId === 'lon') && typeof value === 'number') return value.toFixed(5);
  if (columnId === 'geonameId' && typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'number') return formatNumber(value);
  if (columnId === 'date' && typeof value === 'string') {
    const end = row.endDate;
    return typeof end === 'string'
      ? `${formatPartialDate(value)} – ${formatPartialDate(end)}`
      : formatPartialDate(value);
  }
  return String(value);
}
