/**
 * The one rule for a figure's bound, in two modules: bound-kind.ts says which kind of mark each qualifier gives and
 * which side it leaves open (small, for browser code); this one says how each kind looks in SVG (page, deck, embed,
 * export, share card) and in a PowerPoint chart, what a legend and a field description say of it, and what each
 * qualifier means. Every renderer, the table's sort, the legends, the workbook and the data package ask these two, so
 * "over" can never be drawn or worded as "up to" in one output and not in another.
 */
import { BOUND_KINDS, type BoundKind, qualifiersOf } from './bound-kind';
import type { Qualifier } from './schema';

const MEANINGS: Record<Qualifier, string> = {
  exact: 'The report gives the number without a qualifier.',
  about: 'The report says "about": an approximate point, drawn as a bar with a dashed end.',
  some: 'The report says "some": an approximate point.',
  nearly: 'The report says "nearly": an upper bound; the lower side is open.',
  'up to': 'The report says "up to": an upper bound; the lower side is open.',
  over: 'The report says "over" or "more than": a lower bound; the upper side is open.',
  'up to about':
    'Derived rows only: an upper bound computed with an approximate input ("about", "some"), so the bound itself is approximate; the lower side is open.',
  'over about':
    'Derived rows only: a lower bound computed with an approximate input, so the bound itself is approximate; the upper side is open.',
};

/** What a reader is told the qualifier means (sources page, field descriptions). */
export function qualifierMeaning(q: Qualifier): string {
  return MEANINGS[q];
}

/**
 * How each kind of mark looks. SVG outputs draw the open side open (a fade from zero for an upper bound; for a
 * lower bound a bar from the bound that fades out and an arrow past it). A PowerPoint chart's native bar always
 * runs from zero to the value, so there an upper bound fades in from zero and a lower bound is striped: the two
 * kinds still never look alike.
 */
export interface MarkLook {
  /** The SVG drawing: gradient, cap and arrow of the page's bar panel. */
  svg: 'solid' | 'dashed-cap' | 'fade-in' | 'fade-out-arrow';
  /** The DrawingML fill of the bar in a PowerPoint chart. */
  drawingml: 'solid' | 'dashed-outline' | 'gradient-in' | 'stripes';
  /** What the legend says the mark looks like, in SVG and in the PowerPoint file. */
  legendSvg: string;
  legendDrawingml: string;
  /** What the kind means, after the qualifiers. */
  says: string;
}

export const MARK_LOOKS: Record<BoundKind, MarkLook> = {
  point: {
    svg: 'solid',
    drawingml: 'solid',
    legendSvg: 'solid bar',
    legendDrawingml: 'solid bar',
    says: 'the figure as given',
  },
  approx: {
    svg: 'dashed-cap',
    drawingml: 'dashed-outline',
    legendSvg: 'dashed end',
    legendDrawingml: 'dashed outline',
    says: 'approximate',
  },
  upper: {
    svg: 'fade-in',
    drawingml: 'gradient-in',
    legendSvg: 'fades in from zero to a hard end',
    legendDrawingml: 'fades in from zero',
    says: 'an upper bound, the lower side open',
  },
  lower: {
    svg: 'fade-out-arrow',
    drawingml: 'stripes',
    legendSvg: 'starts at the bound and runs on (→)',
    legendDrawingml: 'striped',
    says: 'a lower bound, the upper side open',
  },
};

export type Medium = 'svg' | 'drawingml';

export interface LegendEntry {
  kind: BoundKind;
  /** "“up to” / “nearly”: fades in from zero to a hard end; an upper bound, the lower side open" */
  text: string;
}

/** Legend entries for the kinds of mark these qualifiers give, in kind order; exact figures only when present. */
export function boundLegend(qualifiers: Iterable<Qualifier>, medium: Medium): LegendEntry[] {
  const present = new Set(qualifiers);
  return BOUND_KINDS.filter((kind) => qualifiersOf(kind).some((q) => present.has(q))).map((kind) => {
    const look = MARK_LOOKS[kind];
    const words = qualifiersOf(kind)
      .filter((q) => present.has(q))
      .map((q) => (q === 'exact' ? 'exact' : `“${q}”`))
      .join(' / ');
    return { kind, text: `${words}: ${medium === 'svg' ? look.legendSvg : look.legendDrawingml}; ${look.says}` };
  });
}

const quoted = (qs: readonly Qualifier[]) => {
  const words = qs.map((q) => `"${q}"`);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
};

/** How open sides appear in a table's low and high cells, for the workbook, the data package and the README. */
export function openCellsSentence(): string {
  return (
    `${quoted(qualifiersOf('upper'))} are upper bounds: the low cell is empty (the lower side is open). ` +
    `${quoted(qualifiersOf('lower'))} are lower bounds: the high cell is empty (the upper side is open). ` +
    `${quoted(qualifiersOf('approx'))} are approximate points.`
  );
}

/** The field description of the low or high cell. */
export function boundCellDescription(side: 'low' | 'high'): string {
  return side === 'low'
    ? `Lower bound; empty where the report leaves the lower side open (${quoted(qualifiersOf('upper'))}).`
    : `Upper bound; empty where the report leaves the upper side open (${quoted(qualifiersOf('lower'))}).`;
}
