/**
 * Which fields each table shows, in what order. Server code: the page hands its table's columns to the client table
 * as a prop, so the columns of the other kinds never reach the browser. How a cell reads is in cells.ts.
 */
import type { Dataset } from '../model/schema';

export interface ColumnSpec {
  id: string;
  header: string;
  numeric: boolean;
  width: 'short' | 'mid' | 'long';
}

export const FIGURE_COLUMNS: ColumnSpec[] = [
  { id: 'label', header: 'Figure', numeric: false, width: 'long' },
  { id: 'printed', header: 'As printed', numeric: false, width: 'mid' },
  { id: 'value', header: 'Value', numeric: true, width: 'short' },
  { id: 'low', header: 'Low', numeric: true, width: 'short' },
  { id: 'high', header: 'High', numeric: true, width: 'short' },
  { id: 'unit', header: 'Unit', numeric: false, width: 'short' },
  { id: 'qualifier', header: 'Qualifier', numeric: false, width: 'short' },
  { id: 'claimType', header: 'Claim type', numeric: false, width: 'mid' },
  { id: 'date', header: 'Date', numeric: false, width: 'short' },
  { id: 'section', header: 'Section', numeric: false, width: 'short' },
  { id: 'footnote', header: 'Footnote', numeric: true, width: 'short' },
  { id: 'quote', header: 'Verbatim phrase', numeric: false, width: 'long' },
  { id: 'source', header: 'Source cited', numeric: false, width: 'long' },
  { id: 'note', header: 'Note', numeric: false, width: 'long' },
];

export const EVENT_COLUMNS: ColumnSpec[] = [
  { id: 'date', header: 'Date', numeric: false, width: 'mid' },
  { id: 'event', header: 'Event', numeric: false, width: 'long' },
  { id: 'precision', header: 'Precision', numeric: false, width: 'short' },
  { id: 'dateBasis', header: 'Date basis', numeric: false, width: 'short' },
  { id: 'claimType', header: 'Claim type', numeric: false, width: 'mid' },
  { id: 'section', header: 'Section', numeric: false, width: 'short' },
  { id: 'footnote', header: 'Footnote', numeric: true, width: 'short' },
  { id: 'quote', header: 'Verbatim phrase', numeric: false, width: 'long' },
  { id: 'source', header: 'Source cited', numeric: false, width: 'long' },
  { id: 'note', header: 'Note', numeric: false, width: 'long' },
];

export const PLACE_COLUMNS: ColumnSpec[] = [
  { id: 'name', header: 'Place', numeric: false, width: 'mid' },
  { id: 'otherNames', header: 'Other names', numeric: false, width: 'mid' },
  { id: 'placeKind', header: 'Kind', numeric: false, width: 'short' },
  { id: 'lat', header: 'Latitude', numeric: true, width: 'short' },
  { id: 'lon', header: 'Longitude', numeric: true, width: 'short' },
  { id: 'geonameId', header: 'GeoNames id', numeric: true, width: 'short' },
  { id: 'drawn', header: 'Drawn on', numeric: false, width: 'short' },
  { id: 'namedIn', header: 'Rows naming it', numeric: false, width: 'long' },
  { id: 'section', header: 'Section', numeric: false, width: 'short' },
  { id: 'footnote', header: 'Footnote', numeric: true, width: 'short' },
  { id: 'quote', header: 'Verbatim phrase', numeric: false, width: 'long' },
  { id: 'located', header: 'Located by', numeric: false, width: 'long' },
  { id: 'noCoordinates', header: 'Why no coordinates', numeric: false, width: 'long' },
  { id: 'note', header: 'Note', numeric: false, width: 'long' },
];

const COLUMNS_OF_KIND: Record<Dataset['kind'], ColumnSpec[]> = {
  figures: FIGURE_COLUMNS,
  events: EVENT_COLUMNS,
  places: PLACE_COLUMNS,
};

export function columnsFor(kind: Dataset['kind']): ColumnSpec[] {
  return COLUMNS_OF_KIND[kind];
}
