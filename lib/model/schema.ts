/**
 * Schemas for every dataset. Pure TypeScript + zod, no React.
 *
 * Three row kinds:
 *  - FigureRow: a number the report gives (or one derived in code from such numbers),
 *    with the bound the report's wording implies.
 *  - EventRow: a dated event, with the precision at which the report dates it.
 *  - PlaceRow: a place the report names, with the rows that name it and where a gazetteer puts it.
 */
import { z } from 'zod';
import { openSide } from './bound-kind';

// The report's qualifiers live in their own zod-free module: the table's sort (a client leaf) needs them without pulling zod into the page.
import { QUALIFIERS, type Qualifier } from './qualifiers';

export { QUALIFIERS, type Qualifier };

export const CLAIM_TYPES = [
  'reported statistic',
  'estimate',
  'statement by a party',
  'unofficial estimate',
  'derived',
  'named place',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');
const text = z.string().trim().min(1, 'must not be empty');

/** Provenance every row carries. */
const provenance = {
  id: slug,
  section: z.string().regex(/^[1-6](\.[1-2])?$/, 'must be a report section such as "2" or "5.1"'),
  footnote: z.number().int().min(1).max(34).nullable(),
  source: text,
  quote: text.max(400, 'must be a short phrase (400 characters at most)'),
  claimType: z.enum(CLAIM_TYPES),
  note: z.string().nullable(),
};

const isoPartial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const figureRowSchema = z
  .object({
    ...provenance,
    group: z.string().nullable(),
    label: text,
    /** The number as the report gives it (for bounds: the bound itself). */
    value: z.number().finite(),
    /** Lower and upper bound; null where the report leaves that side open. */
    low: z.number().finite().nullable(),
    high: z.number().finite().nullable(),
    qualifier: z.enum(QUALIFIERS),
    unit: text,
    /** The figure as printed in the report, words and all ("up to" followed by a number in words or digits). */
    printed: text,
    date: isoPartial.nullable(),
    /** Ids of the stored rows a derived value is computed from. */
    derivedFrom: z.array(z.string()).nullable(),
  })
  .superRefine((row, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const open = openSide(row.qualifier);
    if (open === 'low') {
      if (row.low !== null) fail('low', `must be null: "${row.qualifier}" leaves the lower side open`);
      if (row.high !== row.value) fail('high', `must equal value: "${row.qualifier}" is an upper bound`);
    } else if (open === 'high') {
      if (row.high !== null) fail('high', `must be null: "${row.qualifier}" leaves the upper side open`);
      if (row.low !== row.value) fail('low', `must equal value: "${row.qualifier}" is a lower bound`);
    } else {
      // exact, about, some: a point (approximate for about/some), no open side.
      if (row.low !== row.value) fail('low', `must equal value for a "${row.qualifier}" point figure`);
      if (row.high !== row.value) fail('high', `must equal value for a "${row.qualifier}" point figure`);
    }
    if ((row.qualifier === 'up to about' || row.qualifier === 'over about') && row.claimType !== 'derived') {
      fail(
        'qualifier',
        `"${row.qualifier}" is for derived rows only: the report's own qualifiers are exact, about, some, nearly, up to, over`,
      );
    }
    if (row.claimType === 'derived') {
      if (!row.derivedFrom || row.derivedFrom.length === 0) fail('derivedFrom', 'a derived row must name its inputs');
    } else if (row.derivedFrom !== null) {
      fail('derivedFrom', 'only derived rows name inputs');
    }
    if (row.footnote === null && !/^No footnote/.test(row.source) && row.claimType !== 'derived') {
      fail('source', 'a row without a footnote must say so: start the source with "No footnote"');
    }
  });

export const eventRowSchema = z
  .object({
    ...provenance,
    date: isoPartial,
    endDate: isoPartial.nullable(),
    precision: z.enum(PRECISIONS),
    event: text,
    /** Where the date comes from: the report's text, or the date of the article a footnote cites. */
    dateBasis: z.enum(['text', 'footnote']),
  })
  .superRefine((row, ctx) => {
    const parts = row.date.split('-').length;
    const expected = row.precision === 'year' ? 1 : row.precision === 'month' ? 2 : 3;
    if (parts !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `"${row.date}" does not match precision "${row.precision}"`,
      });
    }
    if (row.claimType === 'derived') {
      ctx.addIssue({ code: 'custom', path: ['claimType'], message: 'events are never derived' });
    }
    if (row.footnote === null && !/^No footnote/.test(row.source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'a row without a footnote must say so: start the source with "No footnote"',
      });
    }
  });

export const PLACE_KINDS = [
  'city',
  'town',
  'exclave',
  'district',
  'region',
  'monastery',
  'border crossing',
  'urban district',
] as const;

/** Where a place is drawn: on the regional map, only on the locator inset, or on neither (far away or no coordinates). */
export const PLACE_DRAWN = ['regional', 'locator', 'none'] as const;

export const placeRowSchema = z
  .object({
    ...provenance,
    /** Places are also named in the authors' biographies, which have no section number. */
    section: z
      .string()
      .regex(/^([1-6](\.[1-2])?|authors)$/, 'must be a report section such as "2" or "5.1", or "authors"'),
    claimType: z.literal('named place'),
    /** The name as the report spells it. */
    name: text,
    /** Other spellings the report itself uses; null where none. */
    reportNames: z.array(text).min(1).nullable(),
    /** Other names in use, not in the report (shown in brackets); null where none. */
    otherNames: z.array(text).min(1).nullable(),
    placeKind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    /** GeoNames id of the gazetteer record (a populated place, or an administrative unit whose polygon is used). */
    geonameId: z.number().int().positive().nullable(),
    /** How the coordinates were found: gazetteer record, polygon centroid, or a named public source. */
    located: z.string().nullable(),
    /** Why a place has no coordinates. */
    noCoordinates: z.string().nullable(),
    drawn: z.enum(PLACE_DRAWN),
    /** Rows of other datasets that name the place, as "dataset/row". */
    namedIn: z
      .array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "dataset/row"'))
      .min(1)
      .nullable(),
  })
  .superRefine((row, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((row.lat === null) !== (row.lon === null)) fail('lon', 'latitude and longitude go together');
    if (row.lat === null) {
      if (!row.noCoordinates) fail('noCoordinates', 'a place without coordinates must say why');
      if (row.drawn !== 'none') fail('drawn', 'a place without coordinates cannot be drawn');
    } else {
      if (!row.located) fail('located', 'coordinates must name where they come from');
      if (row.noCoordinates !== null) fail('noCoordinates', 'must be null for a place with coordinates');
    }
    if (row.footnote === null && !/^No footnote/.test(row.source)) {
      fail('source', 'a row without a footnote must say so: start the source with "No footnote"');
    }
  });

/** A route the report names, drawn only as a schematic line through places it names; never measured on the drawing. */
export interface Route {
  id: string;
  name: string;
  /** Place ids, in order, that the report names along the route. */
  through: string[];
  /** A row of another dataset that gives the route's figure as printed ("dataset/row"), if any. */
  figure: string | null;
  section: string;
  quote: string;
}

export type FigureRow = z.infer<typeof figureRowSchema>;
export type EventRow = z.infer<typeof eventRowSchema>;
export type PlaceRow = z.infer<typeof placeRowSchema>;

export const FIELD_TYPES = ['string', 'number', 'integer', 'date', 'array'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface Field {
  name: string;
  title: string;
  type: FieldType;
  unit: string | null;
  description: string;
}

export interface Caveat {
  /** Stable within its dataset: chart specs pick caveats by this key, never by position. */
  key: string;
  text: string;
}

interface DatasetBase {
  id: string;
  title: string;
  description: string;
  /** Bibliographic line for the data as a whole. */
  source: string;
  /** Caveats a careful analyst would attach; shown next to the table and charts. Charts name them by key. */
  caveats: Caveat[];
  /** Unit of the headline values, as shown in subtitles. */
  unit: string;
  /** Id of the row shown as the dataset's headline on the overview. */
  headline: string;
}

export interface FigureDataset extends DatasetBase {
  kind: 'figures';
  rows: FigureRow[];
}
export interface EventDataset extends DatasetBase {
  kind: 'events';
  rows: EventRow[];
}
export interface PlaceDataset extends DatasetBase {
  kind: 'places';
  rows: PlaceRow[];
}
export type Dataset = FigureDataset | EventDataset | PlaceDataset;
export type Row = FigureRow | EventRow | PlaceRow;

const datasetBase = {
  id: slug,
  title: text,
  description: text,
  source: text,
  caveats: z.array(z.object({ key: slug, text })),
  unit: text,
  headline: slug,
};

export const figureDatasetSchema = z.object({
  ...datasetBase,
  kind: z.literal('figures'),
  rows: z.array(figureRowSchema).min(1),
});
export const eventDatasetSchema = z.object({
  ...datasetBase,
  kind: z.literal('events'),
  rows: z.array(eventRowSchema).min(1),
});
export const placeDatasetSchema = z.object({
  ...datasetBase,
  kind: z.literal('places'),
  rows: z.array(placeRowSchema).min(1),
});
export const datasetSchema = z.discriminatedUnion('kind', [
  figureDatasetSchema,
  eventDatasetSchema,
  placeDatasetSchema,
]);

export class DatasetValidationError extends Error {
  constructor(
    public readonly datasetId: string,
    public readonly problems: { row: string | null; field: string; message: string }[],
  ) {
    super(
      `Dataset "${datasetId}" is invalid:\n` +
        problems
          .map((p) => `  - ${p.row !== null ? `row "${p.row}"` : 'dataset'}, field "${p.field}": ${p.message}`)
          .join('\n'),
    );
    this.name = 'DatasetValidationError';
  }
}

/** Validate one dataset; throws DatasetValidationError naming the dataset, the row and the field. */
export function validateDataset(input: unknown): Dataset {
  const result = datasetSchema.safeParse(input);
  const datasetId =
    typeof input === 'object' && input !== null && 'id' in input && typeof (input as { id: unknown }).id === 'string'
      ? (input as { id: string }).id
      : '(no id)';
  const problems: { row: string | null; field: string; message: string }[] = [];
  if (!result.success) {
    const rows = (input as { rows?: unknown[] }).rows;
    for (const issue of result.error.issues) {
      const [first, index, ...rest] = issue.path;
      if (first === 'rows' && typeof index === 'number') {
        const raw = Array.isArray(rows) ? rows[index] : undefined;
        const rowId =
          raw && typeof raw === 'object' && 'id' in raw && typeof (raw as { id: unknown }).id === 'string'
            ? (raw as { id: string }).id
            : `#${index + 1}`;
        problems.push({ row: rowId, field: rest.map(String).join('.') || '(row)', message: issue.message });
      } else {
        problems.push({ row: null, field: issue.path.map(String).join('.') || '(dataset)', message: issue.message });
      }
    }
    throw new DatasetValidationError(datasetId, problems);
  }
  const ds = result.data as Dataset;
  const seen = new Set<string>();
  for (const row of ds.rows) {
    if (seen.has(row.id)) problems.push({ row: row.id, field: 'id', message: 'duplicate row id' });
    seen.add(row.id);
  }
  const caveatKeys = new Set<string>();
  for (const c of ds.caveats) {
    if (caveatKeys.has(c.key))
      problems.push({ row: null, field: 'caveats', message: `duplicate caveat key "${c.key}"` });
    caveatKeys.add(c.key);
  }
  if (!seen.has(ds.headline))
    problems.push({ row: null, field: 'headline', message: `no row with id "${ds.headline}"` });
  if (ds.kind === 'figures') {
    for (const row of ds.rows) {
      for (const input of row.derivedFrom ?? []) {
        if (!seen.has(input))
          problems.push({ row: row.id, field: 'derivedFrom', message: `no row with id "${input}"` });
      }
    }
  }
  if (problems.length > 0) throw new DatasetValidationError(datasetId, problems);
  return ds;
}
