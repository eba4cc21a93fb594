/**
 * The report's own qualifiers, and two that only derived rows carry: an open side kept through arithmetic with
 * an approximate input (an approximate share of an upper bound is an approximate upper bound, "up to about").
 * Kept apart from schema.ts, which imports zod: a client module that needs the list must not bring zod with it.
 */
export const QUALIFIERS = ['exact', 'about', 'some', 'nearly', 'up to', 'over', 'up to about', 'over about'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];
