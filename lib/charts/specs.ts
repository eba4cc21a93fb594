/**
 * Every chart the product draws, and which of them each slide of the deck shows. One list, read by the
 * dataset pages, the deck and every export. Text is a template (see lib/charts/resolve.ts): no figure is typed here.
 */
import type { ChartSpec, SlideSpec } from './resolve';

const INCIDENT = 'Incident counted by the report';
const OPEN_SIDES = 'Open sides are drawn open: “up to” fades in from zero, “over” runs on past its bound.';

/** One bar chart per unit, so unlike quantities never share an axis. Units are listed: a unit the dataset lacks fails the build. */
function byUnit(dataset: string, units: string[], caveats: string[]): ChartSpec[] {
  return units.map((unit) => ({
    id: `by-unit-${
      unit
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '')
        .toLowerCase() || 'values'
    }`,
    dataset,
    kind: 'bounded-bars',
    rows: { unit },
    title: '{title}: {unit}',
    subtitle: 'Unit: {unit}. {count}.',
    unit,
    caveats,
    onPage: true,
  }));
}

/** Figure cards for the deck: every stored figure of the dataset, four to a slide. */
function cards(dataset: string): ChartSpec {
  return {
    id: 'figure-cards',
    dataset,
    kind: 'figure-cards',
    rows: { storedOnly: true },
    title: '{title}',
    subtitle: 'Every figure the report gives, as printed.',
    unit: 'various',
    caveats: [],
    onPage: false,
  };
}

export const CHART_SPECS: readonly ChartSpec[] = [
  // arms-imports
  {
    id: 'imports-bars',
    dataset: 'arms-imports',
    kind: 'grouped-bars',
    rows: {},
    panels: [
      {
        title: 'Weaponry imported, 2011–2020',
        rows: { ids: ['azerbaijan-arms-imports-2011-2020', 'armenia-arms-imports-2011-2020'] },
        names: { 'azerbaijan-arms-imports-2011-2020': 'Azerbaijan', 'armenia-arms-imports-2011-2020': 'Armenia' },
      },
    ],
    title: 'Arms imports, 2011–2020: Azerbaijan and Armenia',
    subtitle: 'US dollars as printed in the report (SIPRI data, no footnote).',
    unit: 'US$',
    claim:
      'Claim type: {claimType:azerbaijan-arms-imports-2011-2020} (the ratio: derived, {derivedMeaning}). Qualifier: {qualifier:azerbaijan-arms-imports-2011-2020} as printed.',
    note: 'Derived: Azerbaijan’s printed figure is {figure:arms-imports-ratio} Armenia’s ({printed:azerbaijan-arms-imports-2011-2020} ÷ {printed:armenia-arms-imports-2011-2020}).',
    caveats: ['tiv-not-dollars', 'no-footnote-no-edition'],
    onPage: true,
    display: { layout: 'horizontal', height: 260 },
  },
  {
    id: 'imports-d3',
    dataset: 'arms-imports',
    kind: 'bounded-bars',
    rows: { ids: ['azerbaijan-arms-imports-2011-2020', 'armenia-arms-imports-2011-2020'] },
    title: 'The same figures, drawn on the server (readable without scripts)',
    subtitle: 'US dollars as printed. Ratio (derived): {figure:arms-imports-ratio}.',
    unit: 'US$',
    caveats: ['tiv-not-dollars'],
    onPage: true,
  },

  // agricultural-losses
  {
    id: 'shares-bars',
    dataset: 'agricultural-losses',
    kind: 'grouped-bars',
    rows: {},
    panels: [
      {
        title: 'Share of Soviet-period production (footnote {footnote:share-grain-revenues})',
        rows: { idPrefix: 'share-', order: 'value-desc' },
      },
      {
        title: 'GDP reduction (footnote {footnote:gdp-reduction-total})',
        rows: { idPrefix: 'gdp-' },
        names: {
          'gdp-reduction-total': 'Total GDP',
          'gdp-reduction-agriculture': 'agricultural sector',
          'gdp-reduction-industry': 'industrial sector',
        },
      },
    ],
    title: 'What the occupied territories provided, and the GDP reductions',
    subtitle:
      'Percent. Left: shares of Soviet-period production, sorted. Right: reductions in GDP. Dashed outline: “about”.',
    unit: '%',
    caveats: ['soviet-period', 'printed-list', 'different-bases'],
    onPage: true,
    display: { layout: 'vertical', height: 250 },
  },
  {
    id: 'all-percentages',
    dataset: 'agricultural-losses',
    kind: 'bounded-bars',
    rows: {},
    title: 'Every percentage in the dataset (server-drawn)',
    subtitle: 'Percent. Different bases: production shares, GDP reductions, territory. Not additive.',
    unit: '%',
    caveats: ['different-bases', 'gdp-period-unknown'],
    onPage: true,
  },
  // The deck splits the percentages over two slides.
  {
    id: 'production-shares',
    dataset: 'agricultural-losses',
    kind: 'bounded-bars',
    rows: { idPrefix: 'share-', order: 'value-desc' },
    title: 'Share of Soviet-period production from the occupied territories',
    subtitle: 'Percent, sorted.',
    unit: '%',
    caveats: ['soviet-period', 'printed-list'],
    onPage: false,
  },
  {
    id: 'gdp-and-territory',
    dataset: 'agricultural-losses',
    kind: 'bounded-bars',
    rows: { notIdPrefix: 'share-' },
    title: 'GDP reductions and territory lost',
    subtitle: 'Percent.',
    unit: '%',
    caveats: ['gdp-period-unknown'],
    onPage: false,
  },

  // mine-maps
  {
    id: 'accuracy-waffle',
    dataset: 'mine-maps',
    kind: 'waffle',
    rows: { ids: ['accuracy-stated'] },
    title: 'Stated accuracy of the minefield maps: “{printed:accuracy-stated}”',
    subtitle: 'Percent; one cell per percentage point.',
    unit: '%',
    claim:
      'Claim type: {claimType:accuracy-stated} (the President of Azerbaijan, per footnote {footnote:accuracy-stated}). Qualifier: {qualifier:accuracy-stated} (approximate).',
    caveats: ['accuracy-statement-by-party'],
    onPage: true,
    display: { caption: 'Stated accuracy: {printed:accuracy-stated} ({claimType:accuracy-stated})', besideNext: true },
  },
  {
    id: 'mines-on-maps',
    dataset: 'mine-maps',
    kind: 'bounded-bars',
    rows: { ids: ['agdam-mines', 'fuzuli-zangilan-mines', 'total-mines-on-maps', 'accurately-mapped-illustration'] },
    title: 'Mines on the maps handed over, per handover',
    subtitle: 'Mines recorded on the maps. “Nearly” is an upper bound; the last bar is an illustration, not a count.',
    unit: 'mines',
    caveats: ['mines-on-maps-not-found', 'illustration-not-count'],
    onPage: true,
  },
  // The slide keeps to counts on the maps: no illustration beside the stated accuracy.
  {
    id: 'mines-counted',
    dataset: 'mine-maps',
    kind: 'bounded-bars',
    rows: { ids: ['agdam-mines', 'fuzuli-zangilan-mines', 'total-mines-on-maps'] },
    title: 'Mines on the maps',
    subtitle: 'Mines recorded on the maps. “Nearly” is an upper bound.',
    unit: 'mines',
    caveats: ['mines-on-maps-not-found', 'agdam-upper-bound'],
    onPage: false,
  },
  {
    id: 'handovers-bars',
    dataset: 'mine-maps',
    kind: 'grouped-bars',
    rows: {},
    panels: [
      {
        title: 'Mines on the maps',
        rows: { ids: ['agdam-mines', 'fuzuli-zangilan-mines'] },
        names: { 'agdam-mines': 'Agdam ({date})', 'fuzuli-zangilan-mines': 'Fuzuli, Zangilan ({date})' },
      },
      {
        title: 'Detainees released',
        rows: { ids: ['agdam-detainees', 'fuzuli-zangilan-detainees'] },
        names: { 'agdam-detainees': 'Agdam ({date})', 'fuzuli-zangilan-detainees': 'Fuzuli, Zangilan ({date})' },
      },
    ],
    title: 'Mines on the maps and detainees released, per handover',
    subtitle: 'Mines (left) and detainees (right) on separate axes. Dashed outline: a bound (“nearly”).',
    unit: 'mines; detainees',
    caveats: ['agdam-month-from-footnote'],
    onPage: true,
    display: { layout: 'horizontal', height: 240 },
  },

  // casualties
  {
    id: 'ranges',
    dataset: 'casualties',
    kind: 'bounded-bars',
    rows: { notGroup: INCIDENT },
    title: 'Deaths in the 44-Day War, as ranges, and the report’s Ukraine–Russia comparison',
    subtitle: `People killed. ${OPEN_SIDES}`,
    unit: 'people',
    caveats: ['totals-no-footnote', 'open-bounds', 'ukraine-comparison'],
    onPage: true,
  },
  {
    id: 'incidents',
    dataset: 'casualties',
    kind: 'bounded-bars',
    rows: { group: INCIDENT },
    title: 'Dated incidents the report counts',
    subtitle: 'People killed or wounded in each incident, on their own axis (not comparable with the war totals).',
    unit: 'people',
    caveats: ['ganja-count-in-title', 'footnote-7-date'],
    onPage: true,
  },

  // timeline
  {
    id: 'time-axis',
    dataset: 'timeline',
    kind: 'time-axis',
    rows: {},
    title: 'Every dated event in the report, on one time axis',
    subtitle:
      'Time runs downward; before 2020 the axis is compressed. Dates at their own precision (day, month, year).',
    unit: 'date',
    source: '{reportSource}, sections {sections}; the footnote of each event is in its row of the dataset’s table.',
    claim: 'Claim types: {claimTypes}. Events dated by a cited article are marked “dated by the cited article”.',
    caveats: ['date-precision', 'year-from-context', 'dated-by-footnote'],
    onPage: true,
  },
  {
    id: 'time-axis-before-war',
    dataset: 'timeline',
    kind: 'time-axis',
    rows: { dateBefore: '2020-09-01' },
    title: 'Before the war: dated events',
    subtitle: 'Dates at their own precision (day, month, year).',
    unit: 'date',
    caveats: ['date-precision'],
    onPage: false,
  },
  {
    id: 'time-axis-war',
    dataset: 'timeline',
    kind: 'time-axis',
    rows: { dateFrom: '2020-09-01', dateBefore: '2021-01-01' },
    title: 'The war and its end: dated events',
    subtitle: 'Dates at their own precision (day, month, year).',
    unit: 'date',
    caveats: ['date-precision'],
    onPage: false,
  },
  {
    id: 'time-axis-after-war',
    dataset: 'timeline',
    kind: 'time-axis',
    rows: { dateFrom: '2021-01-01' },
    title: 'After the war: dated events',
    subtitle: 'Dates at their own precision (day, month, year).',
    unit: 'date',
    caveats: ['date-precision', 'late-footnote-dates'],
    onPage: false,
  },

  // datasets charted one unit at a time
  ...byUnit('peacekeeping', ['troops', 'vehicles', 'vehicles and units'], ['force-not-named', 'different-counts']),
  ...byUnit('distances-and-ranges', ['km'], ['maximum-ranges', 'route-saving-compares']),
  ...byUnit('parliamentary-votes', ['votes', 'proposals', '%'], ['for-and-against-only', 'footnote-19-date']),
  ...byUnit('displacement-and-territory', ['people', '%', 'years', 'villages'], ['no-footnotes', 'different-bounds']),
  ...byUnit(
    'conflict-figures',
    [
      'days',
      'weeks',
      'decades',
      'resolutions',
      'countries',
      'houses and farmlands',
      'flights',
      'soldiers',
      'deposits',
      'members',
      'heads of regional offices',
      'organisations',
    ],
    ['not-comparable', 'official-data-unnamed'],
  ),
  ...[
    'peacekeeping',
    'distances-and-ranges',
    'parliamentary-votes',
    'displacement-and-territory',
    'conflict-figures',
  ].map(cards),
  // maps (lib/maps): drawn from the places dataset; routes schematic; the boundaries' and gazetteer's credit added by the renderer
  {
    id: 'events-map',
    dataset: 'timeline',
    kind: 'map',
    rows: {},
    title: 'Where the report’s events happened',
    subtitle: 'Every place a dated event of the timeline names ({span}), in date order of its first event.',
    unit: 'places',
    caveats: [],
    onPage: true,
    map: { marks: 'named', frame: 'region' },
  },
  {
    id: 'minefield-districts',
    dataset: 'mine-maps',
    kind: 'map',
    rows: { ids: ['agdam-mines', 'fuzuli-zangilan-mines', 'accuracy-stated'] },
    title: 'Minefield maps by district',
    subtitle:
      'Agdam: {printed:agdam-mines} mines on the maps; Fuzuli with Zangilan: {printed:fuzuli-zangilan-mines}. Stated accuracy: “{printed:accuracy-stated}” ({claimType:accuracy-stated}).',
    unit: 'districts',
    caveats: ['mines-on-maps-not-found', 'accuracy-statement-by-party'],
    onPage: true,
    map: {
      marks: 'named',
      frame: 'districts',
      areas: [
        { place: 'agdam', role: 'mines' },
        { place: 'fuzuli', role: 'mines' },
        { place: 'zangilan', role: 'mines' },
        { place: 'agdam', role: 'returned' },
        { place: 'kalbajar', role: 'returned' },
        { place: 'lachin', role: 'returned' },
      ],
    },
  },
  {
    id: 'places-and-routes',
    dataset: 'distances-and-ranges',
    kind: 'map',
    rows: { ids: ['kars-nakhchivan-railroad', 'zangezur-road-saving', 'turkey-azerbaijan-border'] },
    title: 'The places the report names, and its routes drawn schematically',
    subtitle:
      'Every place of the places dataset inside the frame, west to east. Routes: straight lines between their named ends, not surveyed.',
    unit: 'places',
    caveats: [],
    onPage: true,
    map: { marks: 'all', frame: 'region', routes: true },
  },
  {
    id: 'places-map',
    dataset: 'places',
    kind: 'map',
    rows: {},
    title: 'The places the report names',
    subtitle: 'Every place with coordinates inside the frame, west to east; the rest are in the table.',
    unit: 'places',
    caveats: ['district-points', 'not-drawn'],
    onPage: true,
    map: { marks: 'all', frame: 'region', routes: true },
  },
];

/** The deck: per dataset, its slides in order. A dataset without slides here has none in the deck. */
export const SLIDE_SPECS: readonly SlideSpec[] = [
  {
    key: 'arms-imports',
    dataset: 'arms-imports',
    headline:
      'Arms imports 2011–2020: Azerbaijan {printed:azerbaijan-arms-imports-2011-2020}, Armenia {printed:armenia-arms-imports-2011-2020}',
    charts: ['imports-d3'],
  },
  {
    key: 'agricultural-shares',
    dataset: 'agricultural-losses',
    headline: 'What the occupied territories provided in the Soviet period, by the report’s account',
    charts: ['production-shares'],
  },
  {
    key: 'gdp-reductions',
    dataset: 'agricultural-losses',
    headline: 'GDP reductions and territory lost, as the report gives them',
    charts: ['gdp-and-territory'],
  },
  {
    key: 'mine-maps',
    dataset: 'mine-maps',
    headline:
      'Minefield maps: {printed:agdam-mines} and {printed:fuzuli-zangilan-mines} mines on the maps; stated accuracy “{printed:accuracy-stated}”',
    charts: ['accuracy-waffle', 'mines-counted'],
  },
  {
    key: 'minefield-districts',
    dataset: 'mine-maps',
    headline:
      'Minefield maps by district: {printed:agdam-mines} mines (Agdam), {printed:fuzuli-zangilan-mines} (Fuzuli and Zangilan)',
    charts: ['minefield-districts'],
  },
  {
    key: 'casualty-ranges',
    dataset: 'casualties',
    headline:
      'Deaths in the war: “{printed:combatants-killed-official}” combatants, “{printed:civilians-killed-official}” civilians (official); “{printed:total-killed-unofficial}” (unofficial)',
    charts: ['ranges'],
  },
  { key: 'casualty-incidents', dataset: 'casualties', headline: 'Incidents the report counts', charts: ['incidents'] },
  {
    key: 'timeline-before',
    dataset: 'timeline',
    headline: 'Before the war: dated events, {span}',
    charts: ['time-axis-before-war'],
  },
  {
    key: 'events-map',
    dataset: 'timeline',
    headline: 'Where the report’s events happened: {span}',
    charts: ['events-map'],
  },
  { key: 'timeline-war', dataset: 'timeline', headline: 'The war and its end: {span}', charts: ['time-axis-war'] },
  { key: 'timeline-after', dataset: 'timeline', headline: 'After the war: {span}', charts: ['time-axis-after-war'] },
  ...[
    'peacekeeping',
    'distances-and-ranges',
    'parliamentary-votes',
    'displacement-and-territory',
    'conflict-figures',
  ].map((dataset) => ({ key: dataset, dataset, headline: '{title}', charts: ['figure-cards'] })),
  { key: 'places', dataset: 'places', headline: '{title}', charts: ['places-map'] },
];
