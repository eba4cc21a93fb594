import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const TEXT = 'No footnote; stated in the report’s own text.';

export const distancesAndRanges: FigureDataset = {
  kind: 'figures',
  id: 'distances-and-ranges',
  title: 'Distances, routes and missile ranges',
  description: 'Every distance the report gives: missile ranges, the distance of Ganja from the front line, borders, and the lengths of planned roads and railways.',
  source: 'Report sections 2 and 4; footnotes 10, 30 and 31 where given.',
  unit: 'kilometres',
  headline: 'iskander-m-range',
  caveats: [
    { key: 'maximum-ranges', text: 'Missile ranges are the maximum ranges the report states, not distances of any strike.' },
    { key: 'route-saving-compares', text: 'The 340 km saving compares a planned road through the Zangezur Corridor with the existing Baku–Tbilisi–Kars railway; it is a projection, not a measured route.' },
    { key: 'iskander-type', text: 'The report says the remains of a missile with index code 9M723 belong to the Iskander-M type; it does not say how many were used.' },
  ],
  rows: [
    figure({
      id: 'iskander-m-range',
      group: 'Missile ranges',
      label: 'Iskander-M: maximum range',
      value: 500, low: 500, high: 500, qualifier: 'exact', unit: 'km', printed: '500 km',
      section: '2', footnote: null, source: TEXT,
      quote: 'This missile, with a maximum range of 500 km, is exclusively for Russian military use',
      claimType: 'reported statistic',
      note: 'Footnote 11, on the sentence before, cites the display of the missile remains (APA, 2 April 2021).',
    }),
    figure({
      id: 'iskander-e-range',
      group: 'Missile ranges',
      label: 'Iskander-E: maximum range',
      value: 280, low: 280, high: 280, qualifier: 'exact', unit: 'km', printed: '280 kilometers',
      section: '2', footnote: 10, source: fn(10),
      quote: 'with a maximum range of 280 kilometers, was obtained by Armenia',
      claimType: 'reported statistic',
      note: 'The footnote marker was lost in the conversion; footnote 10 is printed with this passage.',
    }),
    figure({
      id: 'ganja-front-line-distance',
      group: 'Distances',
      label: 'Ganja: distance from the then front line',
      value: 100, low: 100, high: 100, qualifier: 'exact', unit: 'km', printed: '100 kilometers',
      section: '2', footnote: null, source: TEXT,
      quote: 'Ganja city is located 100 kilometers away from the then front line',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'turkey-azerbaijan-border',
      group: 'Distances',
      label: 'Turkey’s only international border with Azerbaijan (Nakhchivan AR)',
      value: 17, low: 17, high: 17, qualifier: 'exact', unit: 'km', printed: '17 km',
      section: '4', footnote: null, source: TEXT,
      quote: 'where its only international border (17 km) with Azerbaijan is located',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'zangezur-road-saving',
      group: 'Routes',
      label: 'New Azerbaijan–Turkey road via the Zangezur Corridor: shorter than the Baku–Tbilisi–Kars route by',
      value: 340, low: 340, high: 340, qualifier: 'about', unit: 'km', printed: 'about 340 km shorter',
      section: '4', footnote: 30, source: fn(30),
      quote: 'the new road will be about 340 km shorter',
      claimType: 'estimate',
    }),
    figure({
      id: 'kars-nakhchivan-railroad',
      group: 'Routes',
      label: 'Planned Kars–Nakhchivan railroad: length',
      value: 230, low: 230, high: 230, qualifier: 'exact', unit: 'km', printed: '230-km-long',
      section: '4', footnote: 31, source: fn(31),
      quote: 'The new, 230-km-long railroad will start from Turkey\'s Kars city',
      claimType: 'reported statistic',
    }),
  ],
};
