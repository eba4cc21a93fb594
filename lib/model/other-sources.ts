/**
 * What other sources publish on the report's figures: the row schema (zod). Pure; imports only other model files.
 *
 * A row stands beside one or more of the report's rows (`about`); it never changes them. Two kinds of row:
 *  - a figure another source published (or one this dashboard derived from another source's data, `claimType:
 *    'derived'`, with its formula and inputs), with its document, date, quote and scope;
 *  - "none found": the searches tried for a figure where no other source was found.
 */
import { z } from 'zod';
import { QUALIFIERS } from './schema';

/** Who produced the figure. "aggregator or mirror" only where the original was not at hand (the note says so). */
export const SOURCE_KINDS = [
  'independent research body',
  'international organisation',
  'official statement of a party',
  "news report of a party's statement",
  'independent news reporting',
  'aggregator or mirror',
] as const;
export const NONE_FOUND = 'none found';

export const SOURCE_KIND_MEANING: Record<(typeof SOURCE_KINDS)[number], string> = {
  'independent research body':
    'A research institute or peer-reviewed study that is not a party to the conflict (for example SIPRI).',
  'international organisation': 'A body of states such as the UN or one of its offices (for example OHCHR).',
  'official statement of a party': 'A government or official body of a party to the conflict, in its own publication.',
  "news report of a party's statement":
    'A news outlet reporting what an official of a party (Azerbaijan, Armenia, the de facto Nagorno-Karabakh authorities, or Russia as signatory of the statement of 10 November 2020) said.',
  'independent news reporting': 'A news outlet’s own reporting, not attributed to a party.',
  'aggregator or mirror':
    'A copy or digest of another document, used only where the original was not at hand; the row’s note says so.',
};

const text = z.string().trim().min(1, 'must not be empty');
const isoPartial = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
const ref = z.object({ dataset: text, row: text });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug (a-z, 0-9, -)');

export const otherSourceFigureSchema = z
  .object({
    id: slug,
    about: z.array(ref).min(1),
    /** The figure as the other source prints it (for derived rows: as this dashboard computed it). */
    printed: text,
    /** null for a range (low–high) and for a row without a number (a date, a motion's fate). */
    value: z.number().finite().nullable(),
    low: z.number().finite().nullable(),
    high: z.number().finite().nullable(),
    qualifier: z.enum(QUALIFIERS).nullable(),
    unit: text,
    publisher: text,
    title: text,
    url: z.string().regex(/^https?:\/\/\S+$/, 'must be a web address'),
    /** Date of the document, at the precision known. */
    published: isoPartial,
    /** Where `published` comes from (the document's text, its address, a record of it). */
    publishedBasis: text,
    /** The date the figure refers to, when the document says. */
    asOf: isoPartial.nullable(),
    /** A short exact quote from the document that contains `printed` (for derived rows: the data's unit line). */
    quote: text.max(600, 'must be a short quote (600 characters at most)'),
    kind: z.enum(SOURCE_KINDS),
    /** How the measure differs from the report's, in one sentence. */
    scope: text,
    note: z.string().nullable(),
    /** How the document was found and read. */
    retrievedWith: text,
    claimType: z.enum(['as published', 'derived']),
    /** Derived rows: the formula and the inputs (ids) it adds up or divides. */
    formula: z.string().nullable(),
    inputs: z.array(text).nullable(),
  })
  .superRefine((row, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (row.value === null && row.qualifier !== null && (row.low === null || row.high === null))
      fail('value', 'a row without a value is a range (low and high) or has no qualifier');
    if (row.qualifier === null && (row.value !== null || row.low !== null || row.high !== null))
      fail('qualifier', 'a number needs a qualifier ("exact" where the source gives none)');
    if (row.value !== null) {
      switch (row.qualifier) {
        case 'up to':
        case 'nearly':
        case 'up to about':
          if (row.low !== null || row.high !== row.value) fail('low', 'an upper bound: low null, high = value');
          break;
        case 'over':
        case 'over about':
          if (row.high !== null || row.low !== row.value) fail('high', 'a lower bound: high null, low = value');
          break;
        default:
          if (row.low !== row.value || row.high !== row.value) fail('low', 'a point: low = high = value');
      }
    } else if (row.low !== null && row.high !== null && row.low > row.high) fail('low', 'low above high');
    if (row.claimType === 'derived') {
      if (!row.formula || !row.inputs?.length) fail('formula', 'a derived row names its formula and inputs');
    } else if (row.formula !== null || row.inputs !== null) fail('formula', 'only derived rows have a formula');
  });

export const noneFoundSchema = z.object({
  id: slug,
  about: z.array(ref).min(1),
  kind: z.literal(NONE_FOUND),
  unit: text,
  /** What was looked for. */
  scope: text,
  note: text,
  /** The searches tried, as typed. */
  searches: z.array(text).min(1),
  searchedOn: isoPartial,
});

export type OtherSourceFigure = z.infer<typeof otherSourceFigureSchema>;
export type NoneFound = z.infer<typeof noneFoundSchema>;
export type OtherSourceRow = OtherSourceFigure | NoneFound;

/** What a data file writes: as published rows leave out the derived-only fields. */
export type OtherSourceInput =
  | Omit<OtherSourceFigure, 'claimType' | 'formula' | 'inputs'>
  | (Omit<NoneFound, 'kind'> & { kind: typeof NONE_FOUND });

export function isNoneFound(row: OtherSourceRow): row is NoneFound {
  return row.kind === NONE_FOUND;
}

/** A data file's row as a full row: a published figure gets `claimType: 'as published'`. */
export function otherSourceRow(input: OtherSourceInput): OtherSourceRow {
  if (input.kind === NONE_FOUND) return input as NoneFound;
  // A data file never types a derived row: those are computed in lib/other-sources/derived.ts.
  return {
    ...(input as Omit<OtherSourceFigure, 'claimType' | 'formula' | 'inputs'>),
    claimType: 'as published',
    formula: null,
    inputs: null,
  };
}

/** Validate every row; throws naming the row and the field. */
export function validateOtherSources(rows: readonly OtherSourceRow[]): OtherSourceRow[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const out = rows.map((r, i) => {
    const res = (r.kind === NONE_FOUND ? noneFoundSchema : otherSourceFigureSchema).safeParse(r);
    const id = (r as { id?: string }).id ?? `#${i + 1}`;
    if (seen.has(id)) problems.push(`row "${id}": duplicate id`);
    seen.add(id);
    if (!res.success)
      for (const e of res.error.issues) problems.push(`row "${id}", field "${e.path.join('.')}": ${e.message}`);
    return r;
  });
  if (problems.length) throw new Error(`Other sources are invalid:\n  - ${problems.join('\n  - ')}`);
  return out;
}
