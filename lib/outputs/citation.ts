/**
 * How to cite a dataset, the report and one figure: a formatted line, BibTeX, RIS and CSL-JSON (pure).
 * The dataset is cited as data compiled by this dashboard from the report; the report is cited as the report.
 */
import { REPORT } from '../../data/report';
import { RELEASE } from '../../data/release';
import { footnoteLabel } from '../model/format';
import type { Dataset, Row } from '../model/schema';

export function reportCitation(): string {
  return `${REPORT.authors.join(', ')}. ${REPORT.title}. ${REPORT.place}: ${REPORT.publisher}, ${REPORT.year}.`;
}
import { datasetPath, siteUrl } from '../site/urls';

export const PUBLISHER = 'Karabakh report dashboard';

function bibEscape(s: string): string {
  return s
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}%&$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** The report's authors as family and given names (the family name is the last word of each). */
export const AUTHOR_NAMES: readonly { family: string; given: string }[] = REPORT.authors.map((a) => {
  const parts = a.split(' ');
  return { family: parts.at(-1)!, given: parts.slice(0, -1).join(' ') };
});

const authorsBib = AUTHOR_NAMES.map((a) => `${a.family}, ${a.given}`);

export function datasetUrl(ds: Pick<Dataset, 'id'>, base = siteUrl()): string {
  return `${base}${datasetPath(ds.id)}`;
}

/** "Title (version 1.0.0, 2026-12-01). Karabakh report dashboard. Compiled from: <report>. URL" */
export function datasetCitation(ds: Pick<Dataset, 'id' | 'title'>, base = siteUrl()): string {
  return `“${ds.title}” (data version ${RELEASE.version}, ${RELEASE.date}). ${PUBLISHER}. Compiled from: ${reportCitation()} ${datasetUrl(ds, base)}`;
}

/** One figure, as printed, with its verbatim phrase, section and footnote, and where it is in the report. */
export function figureCitation(ds: Pick<Dataset, 'id' | 'title'>, row: Row, base = siteUrl()): string {
  const what =
    'printed' in row
      ? `${row.printed} (${row.label}; ${row.qualifier}, ${row.claimType})`
      : 'event' in row
        ? `${row.event} (${row.date}, ${row.claimType})`
        : `${row.name} (${row.placeKind}, ${row.claimType})`;
  return `${what}: “${row.quote}”. ${reportCitation()} Section ${row.section}, ${footnoteLabel(row.footnote)}${row.footnote !== null ? `: ${row.source}` : ''}. Via ${PUBLISHER}, ${datasetUrl(ds, base)}#${row.id}`;
}

export function bibtex(ds: Pick<Dataset, 'id' | 'title' | 'description'>, base = siteUrl()): string {
  const key = `airreport${REPORT.year}`;
  return [
    `@misc{${ds.id.replace(/-/g, '')}${RELEASE.date.slice(0, 4)},`,
    `  title = {{${bibEscape(ds.title)}}},`,
    `  author = {{${bibEscape(PUBLISHER)}}},`,
    `  year = {${RELEASE.date.slice(0, 4)}},`,
    `  version = {${RELEASE.version}},`,
    `  howpublished = {Dataset},`,
    `  url = {${datasetUrl(ds, base)}},`,
    `  note = {${bibEscape(`Figures compiled from ${REPORT.title} (${REPORT.publisher}, ${REPORT.year}), attributed to the report. ${ds.description}`)}}`,

    '}',
    '',
    `@techreport{${key},`,
    `  title = {{${bibEscape(REPORT.title)}}},`,
    `  author = {${authorsBib.map(bibEscape).join(' and ')}},`,
    `  institution = {${bibEscape(REPORT.publisher)}},`,
    `  address = {${REPORT.place}},`,
    `  year = {${REPORT.year}}`,
    '}',
    '',
  ].join('\n');
}

export function ris(ds: Pick<Dataset, 'id' | 'title' | 'description'>, base = siteUrl()): string {
  const lines = [
    'TY  - DATA',
    `TI  - ${ds.title}`,
    `AU  - ${PUBLISHER}`,
    `PY  - ${RELEASE.date.slice(0, 4)}`,
    `DA  - ${RELEASE.date.replace(/-/g, '/')}`,
    `ET  - ${RELEASE.version}`,
    `UR  - ${datasetUrl(ds, base)}`,
    `AB  - ${ds.description}`,
    `N1  - Figures compiled from: ${reportCitation()}`,
    'ER  - ',
    'TY  - RPRT',
    `TI  - ${REPORT.title}`,
    ...authorsBib.map((a) => `AU  - ${a}`),
    `PB  - ${REPORT.publisher}`,
    `CY  - ${REPORT.place}`,
    `PY  - ${REPORT.year}`,
    'ER  - ',
    '',
  ];
  return lines.join('\r\n');
}

export function cslJson(ds: Pick<Dataset, 'id' | 'title' | 'description'>, base = siteUrl()) {
  return [
    {
      id: `${ds.id}-${RELEASE.version}`,
      type: 'dataset',
      title: ds.title,
      author: [{ literal: PUBLISHER }],
      issued: { 'date-parts': [RELEASE.date.split('-').map(Number)] },
      version: RELEASE.version,
      URL: datasetUrl(ds, base),
      abstract: ds.description,
      note: `Figures compiled from: ${reportCitation()}`,
    },
    {
      id: `air-center-${REPORT.year}`,
      type: 'report',
      title: REPORT.title,
      author: AUTHOR_NAMES,
      publisher: REPORT.publisher,
      'publisher-place': REPORT.place,
      issued: { 'date-parts': [[REPORT.year]] },
    },
  ];
}
