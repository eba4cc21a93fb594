/** What each claim type and qualifier means, for the sources page and the deck. */
import { qualifierMeaning } from './bound';
import { QUALIFIERS, type ClaimType, type Qualifier } from './schema';

export const CLAIM_TYPE_MEANING: Record<ClaimType, string> = {
  'reported statistic':
    'A figure the report states as a fact, on its own authority or that of a source it cites or names.',
  estimate: 'A figure the report marks as approximate ("about", "some") or as a projection.',
  'statement by a party':
    'A figure or event the report attributes to an official or body of a party to the conflict (for example the President or the Ministry of Defense of Azerbaijan), or gives as that party’s position.',
  'unofficial estimate': 'A figure the report attributes to "unofficial statistics".',
  'named place':
    'A place the report names. Its name and the sentence are the report’s; its coordinates are not: they come from the GeoNames gazetteer, a Natural Earth polygon or a named public source.',
  derived:
    'Not in the report: computed by this dashboard from figures that are, with the formula and the inputs named in the row.',
};

/** What each qualifier means, from the bound rule (lib/model/bound.ts). */
export const QUALIFIER_MEANING = Object.fromEntries(QUALIFIERS.map((q) => [q, qualifierMeaning(q)])) as Record<
  Qualifier,
  string
>;
