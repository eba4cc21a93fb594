import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const TEXT = 'No footnote; stated in the report’s own text.';

export const displacementAndTerritory: FigureDataset = {
  kind: 'figures',
  id: 'displacement-and-territory',
  title: 'Displacement, occupation and villages',
  description: 'The report’s figures for Azerbaijanis expelled and for victims of the occupation, the share of territory occupied and for how long, and the villages it says remain occupied.',
  source: 'Report sections 2 and 5.1 (no footnotes).',
  unit: 'people; percent; years; villages',
  headline: 'azerbaijanis-expelled',
  caveats: [
    { key: 'no-footnotes', text: 'None of these figures carries a footnote; they are the report’s own statements.' },
    { key: 'different-bounds', text: '"More than 700,000" is a lower bound and "up to a million" an upper bound: they describe different groups (people expelled; victims of the occupation) and are not a range for one quantity.' },
    { key: 'villages-at-writing', text: 'The villages are those the report says "remain under Armenian occupation" at the time of writing (2021).' },
  ],
  rows: [
    figure({
      id: 'azerbaijanis-expelled', group: 'Displacement', label: 'Azerbaijanis forcibly expelled from the Karabakh region',
      value: 700_000, low: 700_000, high: null, qualifier: 'over', unit: 'people', printed: 'more than 700,000',
      section: '5.1', footnote: null, source: TEXT,
      quote: 'the violated rights of more than 700,000 Azerbaijanis who were forcibly expelled from the Karabakh region',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'victims-of-occupation', group: 'Displacement', label: 'Azerbaijani victims of the occupation',
      value: 1_000_000, low: null, high: 1_000_000, qualifier: 'up to', unit: 'people', printed: 'up to a million',
      section: '5.1', footnote: null, source: TEXT,
      quote: 'the voices of up to a million Azerbaijani victims of Armenia\'s illegal occupation',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'territory-occupied-share', group: 'Occupation', label: 'Share of Azerbaijani territories kept under occupation',
      value: 20, low: 20, high: 20, qualifier: 'exact', unit: '%', printed: '20 percent',
      section: '5.1', footnote: null, source: TEXT,
      quote: 'Armenia flagrantly kept 20 percent of Azerbaijani territories under occupation for up to 30 years',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'occupation-duration', group: 'Occupation', label: 'Duration of the occupation',
      value: 30, low: null, high: 30, qualifier: 'up to', unit: 'years', printed: 'up to 30 years',
      section: '5.1', footnote: null, source: TEXT,
      quote: 'under occupation for up to 30 years',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'gazakh-villages', group: 'Villages', label: 'Villages of Gazakh district under Armenian occupation',
      value: 7, low: 7, high: 7, qualifier: 'exact', unit: 'villages', printed: 'seven villages',
      section: '2', footnote: null, source: TEXT,
      quote: 'seven villages of Gazakh district and one village of Sadarak district of Nakhchivan AR remain under Armenian occupation',
      claimType: 'statement by a party',
      note: 'The report states this as the position of the Azerbaijani side in the border dispute.',
    }),
    figure({
      id: 'sadarak-villages', group: 'Villages', label: 'Villages of Sadarak district (Nakhchivan AR) under Armenian occupation',
      value: 1, low: 1, high: 1, qualifier: 'exact', unit: 'villages', printed: 'one village',
      section: '2', footnote: null, source: TEXT,
      quote: 'one village of Sadarak district of Nakhchivan AR remain under Armenian occupation',
      claimType: 'statement by a party',
      note: 'The report states this as the position of the Azerbaijani side in the border dispute.',
    }),
  ],
};
