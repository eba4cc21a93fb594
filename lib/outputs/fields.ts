/** Field descriptions for each row kind: used by tables, JSON, CSV and the data package. */
import { boundCellDescription } from '../model/bound';
import { QUALIFIERS, type Dataset, type Field } from '../model/schema';

const PROVENANCE: Field[] = [
  {
    name: 'section',
    title: 'Section',
    type: 'string',
    unit: null,
    description: 'Section of the report in which the figure appears.',
  },
  {
    name: 'footnote',
    title: 'Footnote',
    type: 'integer',
    unit: null,
    description: 'Number of the report’s footnote for the figure; empty where there is none.',
  },
  {
    name: 'source',
    title: 'Source cited',
    type: 'string',
    unit: null,
    description: 'The source the footnote cites, or how the report attributes the figure where there is no footnote.',
  },
  {
    name: 'quote',
    title: 'Verbatim phrase',
    type: 'string',
    unit: null,
    description:
      'A short phrase from the report, word for word, that contains the figure (for derived rows, the phrases of its inputs).',
  },
  {
    name: 'claimType',
    title: 'Claim type',
    type: 'string',
    unit: null,
    description: 'reported statistic, estimate, statement by a party, unofficial estimate, or derived.',
  },
  { name: 'note', title: 'Note', type: 'string', unit: null, description: 'Context or caveat for this row.' },
];

export const FIGURE_FIELDS: Field[] = [
  { name: 'id', title: 'Id', type: 'string', unit: null, description: 'Stable identifier of the row.' },
  {
    name: 'group',
    title: 'Group',
    type: 'string',
    unit: null,
    description: 'The group the row belongs to within the dataset.',
  },
  { name: 'label', title: 'Figure', type: 'string', unit: null, description: 'What the figure counts or measures.' },
  {
    name: 'printed',
    title: 'As printed',
    type: 'string',
    unit: null,
    description: 'The figure as the report prints it, with its qualifier.',
  },
  {
    name: 'qualifier',
    title: 'Qualifier',
    type: 'string',
    unit: null,
    description: `The report's wording of the figure: ${QUALIFIERS.join(', ')}.`,
  },
  {
    name: 'value',
    title: 'Value',
    type: 'number',
    unit: 'see unit',
    description: 'The number the report gives; for a bound, the bound itself.',
  },
  {
    name: 'low',
    title: 'Low',
    type: 'number',
    unit: 'see unit',
    description: boundCellDescription('low'),
  },
  {
    name: 'high',
    title: 'High',
    type: 'number',
    unit: 'see unit',
    description: boundCellDescription('high'),
  },
  {
    name: 'unit',
    title: 'Unit',
    type: 'string',
    unit: null,
    description: 'Unit of value, low and high, as the report gives it.',
  },
  {
    name: 'date',
    title: 'Date',
    type: 'string',
    unit: null,
    description: 'Date the figure refers to, at its precision (YYYY, YYYY-MM or YYYY-MM-DD); empty if none.',
  },
  ...PROVENANCE,
  {
    name: 'derivedFrom',
    title: 'Derived from',
    type: 'array',
    unit: null,
    description: 'For derived rows, the ids of the rows it is computed from.',
  },
];

export const EVENT_FIELDS: Field[] = [
  { name: 'id', title: 'Id', type: 'string', unit: null, description: 'Stable identifier of the row.' },
  {
    name: 'date',
    title: 'Date',
    type: 'string',
    unit: null,
    description: 'Date of the event at its precision: YYYY, YYYY-MM or YYYY-MM-DD.',
  },
  {
    name: 'endDate',
    title: 'End date',
    type: 'string',
    unit: null,
    description: 'End of a period, at the same precision; empty for a single event.',
  },
  {
    name: 'precision',
    title: 'Precision',
    type: 'string',
    unit: null,
    description: 'day, month or year: how precisely the report dates the event.',
  },
  {
    name: 'dateBasis',
    title: 'Date basis',
    type: 'string',
    unit: null,
    description:
      '"text" if the report’s text gives the date; "footnote" if it is the date of the article the footnote cites.',
  },
  {
    name: 'event',
    title: 'Event',
    type: 'string',
    unit: null,
    description: 'The event, in words close to the report’s.',
  },
  ...PROVENANCE,
];

export const PLACE_FIELDS: Field[] = [
  { name: 'id', title: 'Id', type: 'string', unit: null, description: 'Stable identifier of the place.' },
  { name: 'name', title: 'Place', type: 'string', unit: null, description: 'The name as the report spells it.' },
  {
    name: 'reportNames',
    title: 'Also in the report',
    type: 'array',
    unit: null,
    description: 'Other spellings or names of the place that the report itself uses.',
  },
  {
    name: 'otherNames',
    title: 'Other names',
    type: 'array',
    unit: null,
    description:
      'Other names in use that the report does not use (shown in brackets); the product takes no position on any name.',
  },
  {
    name: 'placeKind',
    title: 'Kind',
    type: 'string',
    unit: null,
    description: 'city, town, exclave, district, region, monastery, border crossing or urban district.',
  },
  {
    name: 'lat',
    title: 'Latitude',
    type: 'number',
    unit: 'degrees north (WGS 84)',
    description: 'Latitude from the gazetteer or polygon named in "located"; empty where the place has no coordinates.',
  },
  {
    name: 'lon',
    title: 'Longitude',
    type: 'number',
    unit: 'degrees east (WGS 84)',
    description:
      'Longitude from the gazetteer or polygon named in "located"; empty where the place has no coordinates.',
  },
  {
    name: 'geonameId',
    title: 'GeoNames id',
    type: 'integer',
    unit: null,
    description:
      'Id of the GeoNames record (a populated place, or the administrative unit whose polygon gives the point).',
  },
  {
    name: 'located',
    title: 'Located by',
    type: 'string',
    unit: null,
    description:
      'Where the coordinates come from: the gazetteer record, the polygon whose centroid is used, or a named public source.',
  },
  {
    name: 'noCoordinates',
    title: 'Why no coordinates',
    type: 'string',
    unit: null,
    description: 'For a place without coordinates, why none is given (it is listed and not drawn).',
  },
  {
    name: 'drawn',
    title: 'Drawn on',
    type: 'string',
    unit: null,
    description: '"regional": on the regional maps; "locator": only on the locator inset; "none": not drawn.',
  },
  {
    name: 'namedIn',
    title: 'Rows naming it',
    type: 'array',
    unit: null,
    description: 'Rows of the other datasets that name the place, as dataset/row.',
  },
  ...PROVENANCE,
];

export const FIELDS_OF_KIND: Record<Dataset['kind'], Field[]> = {
  figures: FIGURE_FIELDS,
  events: EVENT_FIELDS,
  places: PLACE_FIELDS,
};

export function fieldsOf(ds: Pick<Dataset, 'kind'>): Field[] {
  return FIELDS_OF_KIND[ds.kind];
}
