import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const NOTE =
  'The footnote marker was lost in the conversion of the report; footnote 12 (the statement of 10 November 2020) is the footnote printed with this passage.';

export const peacekeeping: FigureDataset = {
  kind: 'figures',
  id: 'peacekeeping',
  title: 'Peacekeeping deployment under the Trilateral Declaration',
  description:
    'The troops and vehicles the report says were deployed to the Karabakh region under the Trilateral Declaration of 10 November 2020.',
  source:
    'Report section 2; footnote 12 (Statement of 10 November 2020, Website of the President of the Russian Federation).',
  unit: 'troops; vehicles',
  headline: 'peacekeeping-troops',
  caveats: [
    {
      key: 'force-not-named',
      text: 'The report does not name the deploying force in this sentence; the Declaration it cites is signed by Azerbaijan, Armenia and Russia.',
    },
    {
      key: 'different-counts',
      text: 'The three counts are of different things (people, armoured vehicles, motor vehicles and equipment units) and are not added together.',
    },
    { key: 'footnote-marker-lost', text: NOTE },
  ],
  rows: [
    figure({
      id: 'peacekeeping-troops',
      label: 'Armed troops deployed',
      value: 1_960,
      low: 1_960,
      high: 1_960,
      qualifier: 'exact',
      unit: 'troops',
      printed: '1,960',
      date: '2020-11-10',
      section: '2',
      footnote: 12,
      source: fn(12),
      quote: 'Under this deal, 1,960 armed troops',
      claimType: 'reported statistic',
      note: NOTE,
    }),
    figure({
      id: 'peacekeeping-armored-vehicles',
      label: 'Armored vehicles deployed',
      value: 90,
      low: 90,
      high: 90,
      qualifier: 'exact',
      unit: 'vehicles',
      printed: '90',
      date: '2020-11-10',
      section: '2',
      footnote: 12,
      source: fn(12),
      quote: '1,960 armed troops, 90 armored vehicles',
      claimType: 'reported statistic',
      note: NOTE,
    }),
    figure({
      id: 'peacekeeping-motor-vehicles',
      label: 'Motor vehicles and special equipment units deployed',
      value: 380,
      low: 380,
      high: 380,
      qualifier: 'exact',
      unit: 'vehicles and units',
      printed: '380',
      date: '2020-11-10',
      section: '2',
      footnote: 12,
      source: fn(12),
      quote: '380 motor vehicles and special equipment units have been deployed to the Karabakh region',
      claimType: 'reported statistic',
      note: NOTE,
    }),
  ],
};
