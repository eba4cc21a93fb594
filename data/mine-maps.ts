import { fn } from './footnotes';
import { figure } from '../lib/model/rows';
import type { FigureDataset } from '../lib/model/schema';

const AGDAM = 'Handover 1: Agdam';
const FUZULI = 'Handover 2: Fuzuli and Zangilan';
const AGDAM_MEDIATORS =
  'Mediators, in the report’s words: "the mediation efforts of the United States, European Union, OSCE and Georgia".';
const FUZULI_MEDIATORS = 'Mediator, in the report’s words: "thanks to the initiative of the Russian Federation".';
const AGDAM_MONTH =
  'Month: the report’s text gives none for this handover; 2021-06 is the date of the article footnote 15 cites (13 June 2021).';

export const mineMaps: FigureDataset = {
  kind: 'figures',
  id: 'mine-maps',
  title: 'Minefield maps handed over, and their stated accuracy',
  description:
    'Each handover of minefield maps by Armenia to Azerbaijan that the report describes (region, month, mines on the maps, detainees released in exchange, mediators), the accuracy of the maps stated by the President of Azerbaijan, and figures derived from these.',
  source:
    'Report section 2, footnotes 15 (Anadolu Agency, 13 June 2021), 16 (Caspian News, 5 July 2021) and 17 (APA, 14 August 2021).',
  unit: 'mines (on the maps); detainees; percent',
  headline: 'accuracy-stated',
  caveats: [
    {
      key: 'accuracy-statement-by-party',
      text: 'The accuracy of "some 25 percent" is a statement by a party to the conflict: footnote 17 cites an interview of the President of Azerbaijan. The report does not say how accuracy was measured, nor whether it refers to one handover or to all maps.',
    },
    {
      key: 'mines-on-maps-not-found',
      text: '"Mines on the maps" counts mines recorded on the maps handed over, not mines found, cleared or still in the ground.',
    },
    {
      key: 'agdam-upper-bound',
      text: 'The first handover is given as "nearly 97,000" mines: an upper bound, kept as one in every total that includes it.',
    },
    {
      key: 'illustration-not-count',
      text: 'The number of accurately mapped mines is an illustration of what the stated accuracy would imply if it held for all the maps; it is not a count.',
    },
    {
      key: 'agdam-month-from-footnote',
      text: 'The month of the Agdam handover comes from the date of the article in footnote 15; the report’s text gives none.',
    },
  ],
  rows: [
    figure({
      id: 'agdam-mines',
      group: AGDAM,
      label: 'Agdam: anti-personnel and anti-tank mines on the maps',
      value: 97_000,
      low: null,
      high: 97_000,
      qualifier: 'nearly',
      unit: 'mines',
      printed: 'nearly 97,000',
      date: '2021-06',
      section: '2',
      footnote: 15,
      source: fn(15),
      quote: 'Armenia handed over maps of nearly 97,000 anti-personnel and anti-tank mines',
      claimType: 'reported statistic',
      note: `${AGDAM_MONTH} ${AGDAM_MEDIATORS}`,
    }),
    figure({
      id: 'agdam-detainees',
      group: AGDAM,
      label: 'Agdam: Armenian detainees handed over by Azerbaijan',
      value: 15,
      low: 15,
      high: 15,
      qualifier: 'exact',
      unit: 'detainees',
      printed: '15',
      date: '2021-06',
      section: '2',
      footnote: 15,
      source: fn(15),
      quote: 'Azerbaijan handed over 15 Armenian detainees in exchange for maps of minefields in the Agdam region',
      claimType: 'reported statistic',
      note: `${AGDAM_MONTH} ${AGDAM_MEDIATORS}`,
    }),
    figure({
      id: 'fuzuli-zangilan-mines',
      group: FUZULI,
      label: 'Fuzuli and Zangilan: mines on the maps',
      value: 92_000,
      low: 92_000,
      high: 92_000,
      qualifier: 'exact',
      unit: 'mines',
      printed: '92,000',
      date: '2021-07',
      section: '2',
      footnote: 16,
      source: fn(16),
      quote: 'Armenia handed over maps of 92,000 mines in Fuzuli and Zangilan regions',
      claimType: 'reported statistic',
      note: FUZULI_MEDIATORS,
    }),
    figure({
      id: 'fuzuli-zangilan-detainees',
      group: FUZULI,
      label: 'Fuzuli and Zangilan: Armenian detainees returned by Azerbaijan',
      value: 15,
      low: 15,
      high: 15,
      qualifier: 'exact',
      unit: 'detainees',
      printed: 'a further 15',
      date: '2021-07',
      section: '2',
      footnote: 16,
      source: fn(16),
      quote: 'Azerbaijan returned a further 15 Armenian detainees',
      claimType: 'reported statistic',
      note: FUZULI_MEDIATORS,
    }),
    figure({
      id: 'accuracy-stated',
      group: 'Accuracy of the maps',
      label: 'Stated accuracy of the minefield maps provided by Armenia',
      value: 25,
      low: 25,
      high: 25,
      qualifier: 'some',
      unit: '%',
      printed: 'some 25 percent',
      date: '2021-08',
      section: '2',
      footnote: 17,
      source: fn(17),
      quote: 'the accuracy of the minefield maps recently provided by Armenia to Azerbaijan is only some 25 percent',
      claimType: 'statement by a party',
      note: 'Footnote 17 cites an interview of President Ilham Aliyev (CNN Turk, reported by APA on 14 August 2021); the month is that of the article.',
    }),
  ],
};
