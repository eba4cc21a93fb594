/** The headline figure of a dataset, for the overview and the deck. */
import { formatFigure, formatPartialDate } from '../model/format';
import type { Dataset, Row } from '../model/schema';

export interface Headline {
  row: Row;
  figure: string;
  label: string;
  /** The figure's qualifier or the events' date precision; none for a count of places (it has no qualifier). */
  qualifier: string | null;
}

export function headlineOf(ds: Dataset): Headline {
  const row = ds.rows.find((r) => r.id === ds.headline) ?? ds.rows[0];
  if (!row) throw new Error(`dataset ${ds.id} has no rows`);
  if (ds.kind === 'places') {
    const drawn = ds.rows.filter((r) => r.drawn !== 'none').length;
    return {
      row,
      figure: `${ds.rows.length} places named`,
      label: `${drawn} drawn on the maps; coordinates from GeoNames (CC BY 4.0) and Natural Earth`,
      qualifier: null,
    };
  }
  if (ds.kind === 'events') {
    const e = row as Extract<Row, { event: string }>;
    return {
      row,
      figure: `${ds.rows.length} dated events`,
      label: `Including: ${e.event}, ${formatPartialDate(e.date)}`,
      qualifier: `${e.precision} precision`,
    };
  }
  const f = row as Extract<Row, { value: number }>;
  return { row, figure: formatFigure(f), label: f.label, qualifier: f.qualifier };
}
