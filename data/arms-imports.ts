import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const SIPRI_IN_TEXT =
  'No footnote; the report attributes the figures in its text to "the latest data released by the Stockholm-based International Peace Research Institute (SIPRI)".';

export const armsImports: FigureDataset = {
  kind: 'figures',
  id: 'arms-imports',
  title: 'Arms imports of Azerbaijan and Armenia, 2011–2020',
  description:
    'The value of weapons imported by Azerbaijan and by Armenia between 2011 and 2020, as the report gives them from SIPRI data, and the ratio between the two computed here.',
  source: 'Report section 5.1, citing SIPRI in its text (no footnote).',
  unit: 'US dollars, as printed in the report',
  headline: 'azerbaijan-arms-imports-2011-2020',
  caveats: [
    {
      key: 'tiv-not-dollars',
      text: 'SIPRI publishes arms-transfer series in trend-indicator values (TIV), which SIPRI says do not represent sales prices (SIPRI Arms Transfers Database, "Sources and methods", https://www.sipri.org/databases/armstransfers/sources-and-methods). The report prints the figures as dollar values; the unit here is kept as the report prints it.',
    },
    {
      key: 'no-footnote-no-edition',
      text: 'The report gives no footnote for these figures, no edition date of the SIPRI data, and no per-year breakdown.',
    },
    {
      key: 'ratio-derived',
      text: 'The ratio is computed by this dashboard from the two printed figures; it is not in the report.',
    },
  ],
  rows: [
    figure({
      id: 'azerbaijan-arms-imports-2011-2020',
      group: 'Azerbaijan',
      label: 'Azerbaijan: weaponry imported, 2011–2020',
      value: 3_274_000_000,
      low: 3_274_000_000,
      high: 3_274_000_000,
      qualifier: 'exact',
      unit: 'US$',
      printed: '$3.274 billion',
      section: '5.1',
      footnote: null,
      source: SIPRI_IN_TEXT,
      quote: 'Baku imported $3.274 billion worth of weaponry between 2011 and 2020',
      claimType: 'reported statistic',
    }),
    figure({
      id: 'armenia-arms-imports-2011-2020',
      group: 'Armenia',
      label: 'Armenia: weaponry imported, 2011–2020',
      value: 398_000_000,
      low: 398_000_000,
      high: 398_000_000,
      qualifier: 'exact',
      unit: 'US$',
      printed: '$398 million',
      section: '5.1',
      footnote: null,
      source: SIPRI_IN_TEXT,
      quote: 'Armenia imported a $398 million value in the same period',
      claimType: 'reported statistic',
    }),
  ],
};
