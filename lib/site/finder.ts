/**
 * The figure finder (pure): one entry per figure and event of every dataset, what a search looks through, the
 * filters, and how they live in the URL (`?q=mine&claim=statement-by-a-party&dataset=mine-maps`).
 */
import { escapeXml as esc } from '../outputs/escape';
import { formatFigure, formatPartialDate } from '../model/format';
// Types only: the finder's client component loads this module, and the other sources' model brings zod.
import type { NoneFound, OtherSourceFigure, OtherSourceRow } from '../model/other-sources';
import type { Dataset, Row } from '../model/schema';
import { datasetPath } from './urls';

export interface FinderEntry {
  /** Whose figure: the report's, or another source's (shown beside the report's, never as the report's). */
  origin: 'report' | 'other-sources';
  /** The fragment of its place on the dataset page. */
  anchor: string;
  datasetId: string;
  datasetTitle: string;
  rowId: string;
  /** The figure as printed, or the event's date and words. */
  printed: string;
  label: string;
  qualifier: string;
  claimType: string;
  /** The report's section and footnote; empty for other sources. */
  section: string;
  footnote: number | null;
  source: string;
  quote: string;
}

export function finderEntries(datasets: readonly Dataset[]): FinderEntry[] {
  return datasets.flatMap((d) =>
    (d.rows as readonly Dataset['rows'][number][]).map((r): FinderEntry => {
      const base = {
        origin: 'report' as const,
        anchor: r.id,
        datasetId: d.id,
        datasetTitle: d.title,
        rowId: r.id,
        claimType: r.claimType,
        section: r.section,
        footnote: r.footnote,
        source: r.source,
        quote: r.quote,
      };
      if ('value' in r)
        return { ...base, printed: r.printed, label: `${r.label} (${formatFigure(r)})`, qualifier: r.qualifier };
      if ('event' in r)
        return { ...base, printed: formatPartialDate(r.date), label: r.event, qualifier: `${r.precision} precision` };
      const names = [...(r.reportNames ?? []), ...(r.otherNames ?? [])];
      return {
        ...base,
        printed: r.name,
        label: `${r.name} (${r.placeKind})${names.length ? ` [${names.join(', ')}]` : ''}`,
        qualifier: r.placeKind,
      };
    }),
  );
}

/** One entry per other-source row, beside the first report row it names: its figure, source, kind, date and quote. */
export function otherFinderEntries(rows: readonly OtherSourceRow[], datasets: readonly Dataset[]): FinderEntry[] {
  return rows.map((o) => {
    const about = o.about[0]!;
    const ds = datasets.find((d) => d.id === about.dataset);
    const row = (ds?.rows as readonly Row[] | undefined)?.find((r) => r.id === about.row);
    const reportPrinted = row
      ? 'value' in row
        ? row.printed
        : 'event' in row
          ? formatPartialDate(row.date)
          : row.name
      : about.row;
    const base = {
      origin: 'other-sources' as const,
      anchor: `other-${o.id}`,
      datasetId: about.dataset,
      datasetTitle: ds?.title ?? about.dataset,
      rowId: o.id,
      claimType: o.kind,
      section: '',
      footnote: null,
    };
    if (o.kind === 'none found') {
      const n = o as NoneFound;
      return {
        ...base,
        printed: 'No other source found',
        label: `Beside the report’s “${reportPrinted}”: ${n.scope}`,
        qualifier: '',
        source: `Searched ${formatPartialDate(n.searchedOn)}`,
        quote: n.searches.join('; '),
      };
    }
    const f = o as OtherSourceFigure;
    return {
      ...base,
      printed: f.printed,
      label: `Beside the report’s “${reportPrinted}”: ${f.publisher}, ${formatPartialDate(f.published)}`,
      qualifier: f.qualifier ?? '',
      source: `${f.publisher}, “${f.title}”, ${f.url}`,
      quote: f.quote,
    };
  });
}

export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');

/** The facets a finder filters by, as URL parameter → the entry's value in slug form. */
export const FACETS = {
  origin: (e: FinderEntry) => e.origin,
  dataset: (e: FinderEntry) => e.datasetId,
  claim: (e: FinderEntry) => slug(e.claimType),
  qualifier: (e: FinderEntry) => slug(e.qualifier),
  section: (e: FinderEntry) => e.section,
  footnote: (e: FinderEntry) => (e.origin !== 'report' ? '' : e.footnote === null ? 'none' : String(e.footnote)),
} as const;
export type Facet = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as Facet[];

export interface FinderState {
  q: string;
  filters: Partial<Record<Facet, string>>;
}

/** Read the URL's query; unknown parameters and over-long values are ignored. */
export function parseFinder(search: string): FinderState {
  const p = new URLSearchParams(search);
  const q = (p.get('q') ?? '').slice(0, 200);
  const filters: FinderState['filters'] = {};
  for (const f of FACET_NAMES) {
    const v = p.get(f);
    if (v && v.length <= 60 && /^[a-z0-9.-]+$/.test(v)) filters[f] = v;
  }
  return { q, filters };
}

export function serializeFinder(state: FinderState): string {
  const p = new URLSearchParams();
  if (state.q.trim()) p.set('q', state.q.trim());
  for (const f of FACET_NAMES) if (state.filters[f]) p.set(f, state.filters[f]!);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Case, accents and curly quotes folded, so "Agdam" finds "agdam" and 'Azerbaijan’s' finds "Azerbaijan's". */
export const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();

/**
 * Whether a row matches: every word of the query occurs in its text (in any order), every filter equals its facet.
 * `facets` are the row's values by facet (the table rows carry them as data attributes), `text` what a search reads.
 */
export function matchesRow(facets: Partial<Record<Facet, string>>, text: string, state: FinderState): boolean {
  if (FACET_NAMES.some((f) => state.filters[f] && facets[f] !== state.filters[f])) return false;
  const folded = fold(text);
  return fold(state.q)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => folded.includes(w));
}

/** The options of each filter, from the entries, in a stable order. */
export function facetOptions(entries: readonly FinderEntry[]): Record<Facet, { value: string; label: string }[]> {
  const out = {} as Record<Facet, { value: string; label: string }[]>;
  for (const f of FACET_NAMES) {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const value = FACETS[f](e);
      // Other sources have no section or footnote of the report: no option for them.
      if (value === '') continue;
      const label =
        f === 'origin'
          ? e.origin === 'report'
            ? 'the report'
            : 'other sources'
          : f === 'dataset'
            ? e.datasetTitle
            : f === 'claim'
              ? e.claimType
              : f === 'qualifier'
                ? e.qualifier
                : f === 'footnote'
                  ? e.footnote === null
                    ? 'none'
                    : `footnote ${e.footnote}`
                  : `section ${e.section}`;
      if (!seen.has(value)) seen.set(value, label);
    }
    const list = [...seen].map(([value, label]) => ({ value, label }));
    if (f === 'footnote' || f === 'section')
      list.sort((a, b) => (a.value === 'none' ? 1 : b.value === 'none' ? -1 : Number(a.value) - Number(b.value)));
    out[f] = list;
  }
  return out;
}

/**
 * The finder's table as HTML text. The page puts it in as markup React does not hydrate: a hundred rows of static
 * text cost the browser a long hydration task (Lighthouse TBT 985 ms on /figures as React elements) for nothing, since
 * the filters only show and hide rows.
 */
export function finderTableHtml(
  entries: readonly FinderEntry[],
  cite: (source: string) => string,
  footnote: (n: number | null) => string,
): string {
  const head = [
    'Figure as printed',
    'What',
    'Qualifier',
    'Claim type or kind of source',
    'Section, footnote',
    'Verbatim phrase',
    'Cited source',
    'Dataset',
  ];
  const rows = entries.map((e) => {
    const attrs = FACET_NAMES.map((f) => ` data-${f}="${esc(FACETS[f](e))}"`).join('');
    const cells = [
      `<th scope="row" style="font-weight:normal" data-label="${head[0]}"><a href="${esc(datasetPath(e.datasetId, e.anchor))}">${esc(e.printed)}</a></th>`,
      `<td data-label="${head[1]}">${esc(e.label)}</td>`,
      `<td data-label="${head[2]}">${esc(e.qualifier)}</td>`,
      `<td data-label="${head[3]}">${esc(e.claimType)}</td>`,
      `<td data-label="${head[4]}">${e.origin === 'report' ? `§${esc(e.section)}, ${esc(footnote(e.footnote))}` : 'not the report'}</td>`,
      `<td data-label="${head[5]}">“${esc(e.quote)}”</td>`,
      `<td data-label="${head[6]}">${esc(e.origin === 'report' ? cite(e.source) : e.source)}</td>`,
      `<td data-label="${head[7]}">${esc(e.datasetTitle)}</td>`,
    ];
    return `<tr${attrs}>${cells.join('')}</tr>`;
  });
  return `<table class="data finder"><caption class="visually-hidden">Every figure and event of every dataset, and what other sources say beside them</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
