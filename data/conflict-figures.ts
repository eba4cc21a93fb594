import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const TEXT = 'No footnote; stated in the report’s own text.';

export const conflictFigures: FigureDataset = {
  kind: 'figures',
  id: 'conflict-figures',
  title: 'Other figures: durations, damage, flights, resources and politics',
  description: 'The remaining numbers in the report: the length of the war and the conflict, the UN resolutions, the houses destroyed in July 2020, military flights, mineral deposits, soldiers arrested, and counts from the chapter on the Armenian diaspora.',
  source: 'Report sections 1 to 5; footnotes 4, 6 and 22 where given.',
  unit: 'counts; days; weeks; decades',
  headline: 'mineral-deposits',
  caveats: [
    { key: 'not-comparable', text: 'Each figure answers a different question; the counts are not comparable with one another and are shown as cards, not on one axis.' },
    { key: 'official-data-unnamed', text: 'The 163 deposits are given "according to official data" without naming whose.' },
    { key: 'flights-reported', text: 'The nine flights are "reported" by news sources the report cites through an opinion article by one of its own authors (footnote 6).' },
  ],
  rows: [
    figure({
      id: 'war-duration-days', group: 'Durations', label: 'Length of the war (title and section 1)',
      value: 44, low: 44, high: 44, qualifier: 'exact', unit: 'days', printed: '44-Day',
      date: '2020-09-27', section: '1', footnote: null, source: TEXT,
      quote: 'The 44-Day War that occurred between September 27 and November 10, 2020',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'war-duration-weeks', group: 'Durations', label: 'Length of the war in weeks',
      value: 6, low: 6, high: 6, qualifier: 'exact', unit: 'weeks', printed: 'six weeks',
      section: '5.2', footnote: null, source: TEXT,
      quote: 'The 44-Day War, though only lasting six weeks',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'conflict-duration-decades', group: 'Durations', label: 'Length of the conflict before the war',
      value: 3, low: 3, high: 3, qualifier: 'exact', unit: 'decades', printed: 'three decades',
      section: '1', footnote: null, source: TEXT,
      quote: 'The Armenia–Azerbaijan conflict dragged on for three decades',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'un-resolutions-1993', group: 'Diplomacy', label: 'UN Security Council resolutions on the conflict in 1993',
      value: 4, low: 4, high: 4, qualifier: 'exact', unit: 'resolutions', printed: 'four resolutions',
      date: '1993', section: '2', footnote: null, source: TEXT,
      quote: 'the United Nations\' four resolutions on the conflict in 1993 (822, 853, 874, and 884)',
      claimType: 'reported statistic',
      note: 'Resolutions 822, 853, 874 and 884.',
    }),
    figure({
      id: 'minsk-group-co-chairs', group: 'Diplomacy', label: 'Co-chair countries of the OSCE Minsk Group',
      value: 3, low: 3, high: 3, qualifier: 'exact', unit: 'countries', printed: 'three co-chair countries',
      section: '5.1', footnote: null, source: TEXT,
      quote: 'The representatives of the three co-chair countries paid countless visits',
      claimType: 'reported statistic',
      note: 'France, Russia and the United States.',
    }),
    figure({
      id: 'tovuz-houses-destroyed', group: 'Damage before the war', label: 'Individual houses and farmlands destroyed in the July 2020 Tovuz clashes',
      value: 61, low: 61, high: 61, qualifier: 'exact', unit: 'houses and farmlands', printed: '61',
      date: '2020-07', section: '2', footnote: 4, source: fn(4),
      quote: 'As a result of cross-border clashes, 61 individual houses and farmlands were destroyed',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'military-flights', group: 'Military', label: 'Flights from Russia to Armenia during and after the July 2020 clashes',
      value: 9, low: 9, high: 9, qualifier: 'exact', unit: 'flights', printed: 'nine flights',
      date: '2020-07', section: '2', footnote: 6, source: fn(6),
      quote: 'nine flights in total were performed from the Russian Federation to Armenia',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'soldiers-arrested', group: 'Military', label: 'Armenian soldiers arrested in the Kalbajar region on 27 May (2021)',
      value: 6, low: 6, high: 6, qualifier: 'exact', unit: 'soldiers', printed: 'six more',
      date: '2021-05-27', section: '2', footnote: null, source: TEXT,
      quote: 'the Azerbaijani side arrested six more Armenian soldiers',
      claimType: 'statement by a party',
    }),
    figure({
      id: 'mineral-deposits', group: 'Resources', label: 'Mineral deposits in the previously occupied territories',
      value: 163, low: 163, high: 163, qualifier: 'exact', unit: 'deposits', printed: '163 deposits',
      section: '4', footnote: null, source: 'No footnote; the report cites "official data" without naming whose.',
      quote: 'According to official data, 163 deposits of different types of minerals were located in the previously occupied territories',
      claimType: 'statement by a party',
    }),
    figure({
      id: 'caucus-members', group: 'Diaspora and politics', label: 'Members of the U.S. House Armenian Caucus who appealed to the U.S. government',
      value: 4, low: 4, high: 4, qualifier: 'exact', unit: 'members', printed: 'four members',
      section: '3', footnote: null, source: TEXT,
      quote: 'four members of the Armenian Caucus in the U.S. House of Representatives',
      claimType: 'reported statistic',
      note: 'Frank Pallone, Jackie Speier, Gus Bilirakis and Adam Schiff.',
    }),
    figure({
      id: 'union-regional-heads', group: 'Diaspora and politics', label: 'Heads of regional offices at the Union of Armenians’ virtual meeting',
      value: 50, low: 50, high: 50, qualifier: 'exact', unit: 'heads of regional offices', printed: '50 heads',
      date: '2020-11', section: '3', footnote: null, source: TEXT,
      quote: 'the Union of Armenians held a virtual meeting with 50 heads of its regional offices',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'diaspora-organizations-resignation', group: 'Diaspora and politics', label: 'Further diaspora organisations calling for Pashinyan’s resignation',
      value: 15, low: 15, high: 15, qualifier: 'exact', unit: 'organisations', printed: 'Another 15',
      section: '3', footnote: 22, source: fn(22),
      quote: 'Another 15 diaspora organizations, including the Armenian General Benevolent Union (AGBU)',
      claimType: 'reported statistic',
    }),
  ],
};
