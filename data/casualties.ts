import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const WAR = 'War of 2020, both sides';
const COMPARISON = 'Comparison given by the report';
const INCIDENT = 'Incident counted by the report';
const OFFICIAL = 'No footnote; the report cites "official reports" without naming them.';

export const casualties: FigureDataset = {
  kind: 'figures',
  id: 'casualties',
  title: 'Casualties: ranges and counted incidents',
  description:
    'The report’s figures for deaths in the 44-Day War (official and unofficial, both sides), its comparison with the Ukraine–Russia war, and the dated incidents in which it counts the dead and wounded. Ranges keep the report’s open sides: "up to" has no lower bound, "over" has no upper bound.',
  source: 'Report sections 2 and 5.2; footnotes 7, 9 and 14 for the incidents; the totals carry no footnote.',
  unit: 'people killed (or wounded, where stated)',
  headline: 'combatants-killed-official',
  caveats: [
    { key: 'totals-no-footnote', text: 'The totals for the war are given without a footnote: the report attributes them to "official reports" and to "unofficial statistics" without naming either.' },
    { key: 'open-bounds', text: '"Up to seven thousand" is an upper bound and "over a hundred" / "over ten thousand" are lower bounds; none is a point estimate, and they are drawn as open intervals.' },
    { key: 'ukraine-comparison', text: 'The Ukraine–Russia figure ("up to 14,000", 6 April 2014 – 15 February 2020) is the report’s comparison, given without a source, and covers a period of almost six years against the war’s 44 days.' },
    { key: 'ganja-count-in-title', text: 'The Ganja count of 12 civilians is in the title of the article footnote 9 cites, not in the report’s own text, which says "many civilians were killed and injured".' },
    { key: 'footnote-7-date', text: 'Footnote 7 ("Ibid.") points to an article dated 31 August 2020, earlier than the 22 September 2020 death it is attached to.' },
    { key: 'incidents-own-axis', text: 'Counts of incidents are not comparable with the war totals and are drawn on their own axis.' },
  ],
  rows: [
    figure({
      id: 'combatants-killed-official',
      group: WAR,
      label: 'Combatants killed, both sides (official reports)',
      value: 7_000, low: null, high: 7_000, qualifier: 'up to', unit: 'people', printed: 'up to seven thousand',
      date: '2020', section: '5.2', footnote: null, source: OFFICIAL,
      quote: 'According to official reports, up to seven thousand combatants',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'civilians-killed-official',
      group: WAR,
      label: 'Civilians killed, both sides (official reports)',
      value: 100, low: 100, high: null, qualifier: 'over', unit: 'people', printed: 'over a hundred',
      date: '2020', section: '5.2', footnote: null, source: OFFICIAL,
      quote: 'over a hundred civilians, on both sides, lost their lives during the hostilities',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'total-killed-unofficial',
      group: WAR,
      label: 'Losses, unofficial statistics',
      value: 10_000, low: 10_000, high: null, qualifier: 'over', unit: 'people', printed: 'over ten thousand',
      date: '2020', section: '5.2', footnote: null,
      source: 'No footnote; the report cites "unofficial statistics" without naming them.',
      quote: 'unofficial statistics put the number of losses at over ten thousand',
      claimType: 'unofficial estimate',
    }),
    figure({
      id: 'ukraine-russia-fatalities',
      group: COMPARISON,
      label: 'Ukraine–Russia war fatalities, 6 April 2014 – 15 February 2020',
      value: 14_000, low: null, high: 14_000, qualifier: 'up to', unit: 'people', printed: 'up to 14,000',
      date: '2014-04-06', section: '5.2', footnote: null,
      source: 'No footnote; the report gives this comparison without a source.',
      quote: 'up to 14,000 fatalities between April 6, 2014, and February 15, 2020',
      claimType: 'reported statistic',
      note: 'Period: 2014-04-06 to 2020-02-15.',
    }),
    figure({
      id: 'serviceman-killed-2020-09-22',
      group: INCIDENT,
      label: 'Azerbaijani serviceman killed, 22 September 2020',
      value: 1, low: 1, high: 1, qualifier: 'exact', unit: 'people', printed: 'another serviceman',
      date: '2020-09-22', section: '2', footnote: 7, source: fn(7),
      quote: 'on 22 September Azerbaijan reported the killing of another serviceman by the Armenian Armed Forces',
      claimType: 'statement by a party',
      note: 'The report words it as one serviceman ("another serviceman"); the count 1 is read from that wording.',
    }),
    figure({
      id: 'ganja-civilians-killed',
      group: INCIDENT,
      label: 'Ganja: civilians killed in an Armenian attack',
      value: 12, low: 12, high: 12, qualifier: 'exact', unit: 'people', printed: '12 Civilians',
      date: '2020-10', section: '2', footnote: 9, source: fn(9),
      quote: 'Armenian Attack Kills 12 Civilians in Ganja, Azerbaijan',
      claimType: 'reported statistic',
      note: 'The count is in the title of the article footnote 9 cites (Anadolu Agency, 17 October 2020); the report’s text gives no count or date for the attack.',
    }),
    figure({
      id: 'kalbajar-killed-2021-06-04',
      group: INCIDENT,
      label: 'Kalbajar mine explosion, 4 June 2021: killed',
      value: 3, low: 3, high: 3, qualifier: 'exact', unit: 'people', printed: 'three people',
      date: '2021-06-04', section: '2', footnote: 14, source: fn(14),
      quote: 'on June 4, 2021, three people, including two journalists, were killed and four wounded',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'kalbajar-journalists-killed-2021-06-04',
      group: INCIDENT,
      label: 'Kalbajar mine explosion, 4 June 2021: journalists among those killed',
      value: 2, low: 2, high: 2, qualifier: 'exact', unit: 'people', printed: 'two journalists',
      date: '2021-06-04', section: '2', footnote: 14, source: fn(14),
      quote: 'three people, including two journalists, were killed',
      claimType: 'reported statistic',
      note: 'Included in the three killed, not in addition to them.',
    }),
    figure({
      id: 'kalbajar-wounded-2021-06-04',
      group: INCIDENT,
      label: 'Kalbajar mine explosion, 4 June 2021: wounded',
      value: 4, low: 4, high: 4, qualifier: 'exact', unit: 'people', printed: 'four wounded',
      date: '2021-06-04', section: '2', footnote: 14, source: fn(14),
      quote: 'were killed and four wounded in another anti-tank mine explosion in the Kalbajar region',
      claimType: 'reported statistic',
    }),
  ],
};
