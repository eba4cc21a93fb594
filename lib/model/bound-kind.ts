/**
 * Which kind of mark a qualifier gives and which side of the value it leaves open: the part of the bound rule that
 * browser code needs (the table's sort, number formatting), kept small. How each kind looks and is worded in a
 * legend is in bound.ts. Imports only the qualifier list.
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
}

const RULES: Record<Qualifier, QualifierRule> = {
  exact: { kind: 'point', approximate: false },
  about: { kind: 'approx', approximate: true },
  some: { kind: 'approx', approximate: true },
  nearly: { kind: 'upper', approximate: false },
  'up to': { kind: 'upper', approximate: false },
  over: { kind: 'lower', approximate: false },
  'up to about': { kind: 'upper', approximate: true },
  'over about': { kind: 'lower', approximate: true },
};

export function boundKind(q: Qualifier): BoundKind {
  return RULES[q].kind;
}

export function isApproximate(q: Qualifier): boolean {
  return RULES[q].approximate;
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
