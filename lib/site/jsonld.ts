/** What search engines and reference managers read from a dataset page: schema.org Dataset JSON-LD and citation_* meta tags. */
import { RELEASE } from '../../data/release';
import { REPORT } from '../../data/report';
import { datasetUrl, PUBLISHER, reportCitation } from '../outputs/citation';
import { XLSX_TYPE } from '../outputs/xlsx';
import { TERMS_SHORT } from '../outputs/terms';
import { rowDate, rowText } from '../model/rows';
import type { Dataset, Row } from '../model/schema';
import { siteUrl } from './urls';

export function datasetJsonLd(ds: Dataset, base = siteUrl()) {
  const dates = ds.rows
    .map(rowDate)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const file = (name: string, encodingFormat: string) => ({
    '@type': 'DataDownload',
    contentUrl: `${base}/data/${name}`,
    encodingFormat,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: ds.title,
    description: `${ds.description} Source: ${ds.source}`,
    url: datasetUrl(ds, base),
    version: RELEASE.version,
    datePublished: RELEASE.date,
    creator: { '@type': 'Organization', name: PUBLISHER, url: base },
    isBasedOn: {
      '@type': 'Report',
      name: REPORT.title,
      datePublished: String(REPORT.year),
      author: REPORT.authors.map((name) => ({ '@type': 'Person', name })),
      publisher: { '@type': 'Organization', name: REPORT.publisher, address: REPORT.place },
    },
    usageInfo: TERMS_SHORT,
    distribution: [
      file(`${ds.id}.csv`, 'text/csv'),
      file(`${ds.id}.json`, 'application/json'),
      file(`${ds.id}.xlsx`, XLSX_TYPE),
      file(`package/${ds.id}.csv`, 'text/csv'),
      file('datapackage.json', 'application/json'),
    ],
    variableMeasured: [...new Set((ds.rows as readonly Row[]).map(rowText))].slice(0, 50),
    ...(dates.length ? { temporalCoverage: `${dates[0]}/${dates.at(-1)}` } : {}),
    spatialCoverage: { '@type': 'Place', name: 'Karabakh region and the Armenia–Azerbaijan conflict' },
  };
}

/** Inline JSON-LD that cannot close its script element. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function citationMeta(ds: Dataset, base = siteUrl()): Record<string, string | string[]> {
  return {
    citation_title: ds.title,
    citation_author: PUBLISHER,
    citation_publication_date: RELEASE.date.replace(/-/g, '/'),
    citation_publisher: PUBLISHER,
    citation_public_url: datasetUrl(ds, base),
    citation_abstract_html_url: datasetUrl(ds, base),
    citation_technical_report_institution: REPORT.publisher,
    'DC.source': reportCitation(),
  };
}
