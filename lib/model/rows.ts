/**
 * Row builders used by the data files: they only fill optional fields with null,
 * so a data file states each figure once. They compute nothing. And the one lookup of a row by its id.
 */
import type { EventRow, FigureRow, PlaceRow, Row } from './schema';

type Optional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type FigureInput = Optional<FigureRow, 'note' | 'group' | 'date' | 'derivedFrom'>;
export type EventInput = Optional<EventRow, 'note' | 'endDate' | 'dateBasis'>;

export function figure(input: FigureInput): FigureRow {
  return { note: null, group: null, date: null, derivedFrom: null, ...input };
}

export function event(input: EventInput): EventRow {
  return { note: null, endDate: null, dateBasis: 'text', ...input };
}

export function place(input: Omit<PlaceRow, 'claimType'>): PlaceRow {
  return { claimType: 'named place', ...input };
}

/** The row with this id. A chart, slide or derivation that names a row the dataset lacks is a bug: it throws, naming `where`. */
export function rowById<R extends { id: string }>(rows: readonly R[], id: string, where: string): R {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`${where}: no row "${id}"`);
  return row;
}

/** The date a row refers to, or null (places have none). */
export function rowDate(r: Row): string | null {
  return 'date' in r ? r.date : null;
}

/** What a row is about, in words: a figure's label, an event, a place's name. */
export function rowText(r: Row): string {
  if ('value' in r) return r.label;
  if ('event' in r) return r.event;
  return r.name;
}
