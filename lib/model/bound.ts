/**
 * The one rule for a figure's bound. For each qualifier: which side is open, how it is worded, which kind of mark
 * draws it, how that mark looks in SVG (page, deck, embed, export, share card) and in a PowerPoint chart, and what a
 * legend says of it. Every renderer, the table's sort, the legends, the workbook and the data package ask here, so
 * "over" can never be drawn or worded as "up to" in one output and not in another. Imports only the qualifier list.
 */
import type { Qualifier } from './schema';

/**
 * The kind of mark a figure gets:
 *  - point:  exact, a solid bar from zero to the value;
 *  - approx: "about"/"some", an approximate point: a solid bar with a dashed end;
 *  - upper:  an upper bound ("up to", "nearly"): the lower side is open;
 *  - lower:  a lower bound ("over"): the upper side is open.
 */
export type BoundKind = 'point' | 'approx' | 'upper' | 'lower';
export const BOUND_KINDS: readonly BoundKind[] = ['point', 'approx', 'upper', 'lower'];

/** The side of a value the report leaves open: no lower bound, no upper bound, or neither. */
export type OpenSide = 'low' | 'high' | null;

interface QualifierRule {
  kind: BoundKind;
  /** The bound itself is approximate ("about", "some", and the derived "up to about", "over about"). */
  approximate: boolean;
  /** What a reader is told the qualifier means (sources page, field descriptions). */
  meaning: string;
}

const RULES: Record<Qualifier, QualifierRule> = {
  exact: { kind: 'point', approximate: false, meaning: 'The report gives the number without a qualifier.' },
  about: {
    kind: 'approx',
    approximate: true,
    meaning: 'The report says "about": an approximate point, drawn as a bar with a dashed end.',
  },
  some: { kind: 'approx', approximate: true, meaning: 'The report says "some": an approximate point.' },
  nearly: {
    kind: 'upper',
    approximate: false,
    meaning: 'The report says "nearly": an upper bound; the lower side is open.',
  },
  'up to': {
    kind: 'upper',
    approximate: false,
    meaning: 'The report says "up to": an upper bound; the lower side is open.',
  },
  over: {
    kind: 'lower',
    approximate: false,
    meaning: 'The report says "over" or "more than": a lower bound; the upper side is open.',
  },
  'up to about': {
    kind: 'upper',
    approximate: true,
    meaning:
      'Derived rows only: an upper bound computed with an approximate input ("about", "some"), so the bound itself is approximate; the lower side is open.',
  },
  'over about': {
    kind: 'lower',
    approximate: true,
    meaning:
      'Derived rows only: a lower bound computed with an approximate input, so the bound itself is approximate; the upper side is open.',
  },
};

export function boundKind(q: Qualifier): BoundKind {
  return RULES[q].kind;
}

export function isApproximate(q: Qualifier): boolean {
  return RULES[q].approximate;
}

export function qualifierMeaning(q: Qualifier): string {
  return RULES[q].meaning;
}

/** Which side the qualifier leaves open: "up to" the low side, "over" the high side. */
export function openSide(q: Qualifier): OpenSide {
  const kind = RULES[q].kind;
  return kind === 'upper' ? 'low' : kind === 'lower' ? 'high' : null;
}

/** The qualifier as words before the number: "" for an exact figure, else "up to ", "over about ", … */
export function qualifierWords(q: Qualifier): string {
  return q === 'exact' ? '' : `${q} `;
}

/** The qualifiers that give each kind of mark, in the order a legend lists them. */
export function qualifiersOf(kind: BoundKind): Qualifier[] {
  return (Object.keys(RULES) as Qualifier[]).filter((q) => RULES[q].kind === kind);
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
