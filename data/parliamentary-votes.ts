import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const SENATE = 'French Senate';
const ASSEMBLY = 'French National Assembly';
const DUTCH = 'Dutch House of Representatives (Tweede Kamer)';
const FRENCH_QUOTE = 'with majorities of 305 votes to 1 and 188 votes against 3, respectively';
const DUTCH_SOURCE = 'No footnote; stated in the report’s own text.';

export const parliamentaryVotes: FigureDataset = {
  kind: 'figures',
  id: 'parliamentary-votes',
  title: 'Parliamentary votes and proposals abroad',
  description: 'The votes by which the French Senate and National Assembly adopted resolutions on Karabakh, and the number of proposals adopted by the Dutch House of Representatives, as the report gives them.',
  source: 'Report section 3; footnote 19 (Asbarez) for the French votes.',
  unit: 'votes; proposals',
  headline: 'french-senate-for',
  caveats: [
    { key: 'for-and-against-only', text: 'The report gives votes for and against only; abstentions and members not voting are not given, so the shares in favour are of the votes the report prints, not of each chamber’s members.' },
    { key: 'footnote-19-date', text: 'Footnote 19 is dated 3 December 2021 in the report and cites only the National Assembly vote by its title.' },
    { key: 'report-characterises', text: 'The report characterises the resolutions in its own words; see the verbatim phrases.' },
  ],
  rows: [
    figure({
      id: 'french-senate-for', group: SENATE, label: 'French Senate: votes for',
      value: 305, low: 305, high: 305, qualifier: 'exact', unit: 'votes', printed: '305 votes',
      section: '3', footnote: 19, source: fn(19), quote: FRENCH_QUOTE, claimType: 'reported statistic',
    }),
    figure({
      id: 'french-senate-against', group: SENATE, label: 'French Senate: votes against',
      value: 1, low: 1, high: 1, qualifier: 'exact', unit: 'votes', printed: 'to 1',
      section: '3', footnote: 19, source: fn(19), quote: FRENCH_QUOTE, claimType: 'reported statistic',
    }),
    figure({
      id: 'french-assembly-for', group: ASSEMBLY, label: 'French National Assembly: votes for',
      value: 188, low: 188, high: 188, qualifier: 'exact', unit: 'votes', printed: '188 votes',
      section: '3', footnote: 19, source: fn(19), quote: FRENCH_QUOTE, claimType: 'reported statistic',
    }),
    figure({
      id: 'french-assembly-against', group: ASSEMBLY, label: 'French National Assembly: votes against',
      value: 3, low: 3, high: 3, qualifier: 'exact', unit: 'votes', printed: 'against 3',
      section: '3', footnote: 19, source: fn(19), quote: FRENCH_QUOTE, claimType: 'reported statistic',
    }),
    figure({
      id: 'dutch-sanction-proposals', group: DUTCH, label: 'Proposals adopted calling for sanctions against Turkey and Azerbaijan',
      value: 3, low: 3, high: 3, qualifier: 'exact', unit: 'proposals', printed: 'three proposals',
      section: '3', footnote: null, source: DUTCH_SOURCE,
      quote: 'adopted three proposals calling for sanctions against Turkey and Azerbaijan', claimType: 'reported statistic',
    }),
    figure({
      id: 'dutch-trilateral-proposals', group: DUTCH, label: 'Proposals adopted regarding the trilateral statement',
      value: 2, low: 2, high: 2, qualifier: 'exact', unit: 'proposals', printed: 'two proposals',
      section: '3', footnote: null, source: DUTCH_SOURCE,
      quote: 'two proposals regarding the trilateral statement', claimType: 'reported statistic',
    }),
  ],
};
