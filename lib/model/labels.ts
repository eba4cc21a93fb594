/**
 * The one label rule for a figure's mark, shared by every output (page, web deck, PowerPoint, embed, export,
 * share card). A mark on an axis is labelled with its value: the qualifier, the number and the unit ("nearly …
 * mines"), so the bound's wording sits on the bound. Where a figure stands alone as a headline (share card, front
 * page) it is quoted as printed in the report. A derived row's name says "(derived)". docs/architecture.md lists which
 * output shows which.
 */
import { formatFigure, unitFor, UNITS_IN_NUMBER } from './format';
import type { FigureRow } from './schema';

export const DERIVED_SUFFIX = ' (derived)';

/** The label of a mark on an axis (bar, card): qualifier, number and unit. */
export function markValue(row: Pick<FigureRow, 'value' | 'unit' | 'qualifier'>): string {
  return formatFigure(row);
}

/** The name of a mark (a bar's category): the row's label, marked when the row is derived. */
export function markName(row: Pick<FigureRow, 'label' | 'claimType'>, name: string = row.label): string {
  return row.claimType === 'derived' ? `${name}${DERIVED_SUFFIX}` : name;
}

/** A figure standing alone: the report's own wording, qualifier and all. */
export function figureAsPrinted(row: Pick<FigureRow, 'printed'>): string {
  return row.printed;
}

/**
 * `markValue` in two parts for a card that sets the unit smaller: the qualifier and number, then the unit; a unit
 * written as part of the number (percent, dollars, kilometres, times) stays in the first part. The parts joined by a
 * space are `markValue`.
 */
export function markValueParts(row: Pick<FigureRow, 'value' | 'unit' | 'qualifier'>): {
  figure: string;
  unit: string | null;
} {
  const full = markValue(row);
  const unit = unitFor(row.value, row.unit);
  // A length in km stays one piece: it reads as one figure on a card.
  if (UNITS_IN_NUMBER.has(row.unit) || row.unit === 'km' || !full.endsWith(` ${unit}`))
    return { figure: full, unit: null };
  return { figure: full.slice(0, -unit.length - 1), unit };
}
