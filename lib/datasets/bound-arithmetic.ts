/**
 * Arithmetic on bounded figures, so derived values keep the report's open sides.
 * A figure is {value, low, high, qualifier}; low/high null means that side is open.
 */
import { isApproximate } from '../model/bound-kind';
import type { Qualifier } from '../model/schema';

export interface Bounded {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
}

/**
 * The qualifier of a result. An open side always survives: with an approximate input it becomes an approximate
 * bound ("up to about", "over about"), never a closed point. Without an open side, an approximate input makes
 * the result "about".
 */
function settle(inputs: Bounded[], value: number, low: number | null, high: number | null): Bounded {
  const approx = inputs.some((i) => isApproximate(i.qualifier));
  if (low === null && high === null) {
    throw new Error('cannot combine an upper bound with a lower bound: the result is open on both sides');
  }
  if (low === null) {
    return {
      value,
      low: null,
      high: value,
      qualifier: approx ? 'up to about' : inputs.some((i) => i.qualifier === 'nearly') ? 'nearly' : 'up to',
    };
  }
  if (high === null) return { value, low: value, high: null, qualifier: approx ? 'over about' : 'over' };
  return { value, low: value, high: value, qualifier: approx ? 'about' : 'exact' };
}

export function sum(inputs: Bounded[]): Bounded {
  if (inputs.length === 0) throw new Error('sum of nothing');
  const value = inputs.reduce((s, i) => s + i.value, 0);
  const low = inputs.every((i) => i.low !== null) ? inputs.reduce((s, i) => s + (i.low ?? 0), 0) : null;
  const high = inputs.every((i) => i.high !== null) ? inputs.reduce((s, i) => s + (i.high ?? 0), 0) : null;
  return settle(inputs, value, low, high);
}

/** a × b × scale, for non-negative figures. */
export function product(a: Bounded, b: Bounded, scale = 1): Bounded {
  if (a.value < 0 || b.value < 0) throw new Error('product is defined here for non-negative figures only');
  const value = a.value * b.value * scale;
  const low = a.low !== null && b.low !== null ? a.low * b.low * scale : null;
  const high = a.high !== null && b.high !== null ? a.high * b.high * scale : null;
  return settle([a, b], value, low, high);
}

/** a ÷ b × scale, for positive figures. An open upper side of b opens the lower side of the result. */
export function ratio(a: Bounded, b: Bounded, scale = 1): Bounded {
  if (b.value <= 0) throw new Error('ratio needs a positive denominator');
  const value = (a.value / b.value) * scale;
  const low = a.low !== null && b.high !== null ? (a.low / b.high) * scale : null;
  const high = a.high !== null && b.low !== null && b.low > 0 ? (a.high / b.low) * scale : null;
  return settle([a, b], value, low, high);
}
