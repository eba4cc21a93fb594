/** What each claim type and qualifier means, for the sources page and the deck. */
import type { ClaimType, Qualifier } from './schema';

export const CLAIM_TYPE_MEANING: Record<ClaimType, string> = {
  'reported statistic':
    'A figure the report states as a fact, on its own authority or that of a source it cites or names.',
  estimate: 'A figure the report marks as approximate ("about", "some") or as a projection.',
  'statement by a party':
    'A figure or event the report attributes to an official or body of a party to the conflict (for example the President or the Ministry of Defense of Azerbaijan), or gives as that party’s position.',
  'unofficial estimate': 'A figure the report attributes to "unofficial statistics".',
  derived:
    'Not in the report: computed by this dashboard from figures that are, with the formula and the inputs named in the row.',
};

export const QUALIFIER_MEANING: Record<Qualifier, string> = {
  exact: 'The report gives the number without a qualifier.',
  about: 'The report says "about": an approximate point, drawn as a point with an approximate marker.',
  some: 'The report says "some": an approximate point.',
  nearly: 'The report says "nearly": an upper bound; the lower side is open.',
  'up to': 'The report says "up to": an upper bound; the lower side is open.',
  over: 'The report says "over" or "more than": a lower bound; the upper side is open.',
  'up to about':
    'Derived rows only: an upper bound computed with an approximate input ("about", "some"), so the bound itself is approximate; the lower side is open.',
  'over about':
    'Derived rows only: a lower bound computed with an approximate input, so the bound itself is approximate; the upper side is open.',
};
