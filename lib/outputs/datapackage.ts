/**
 * The data package (Frictionless Data Package v2, readable by v1 readers too) and its BOM-less CSVs, with the
 * bytes and MD5 hash of each exact file. Build-time only (node:crypto).
 */
import { createHash } from 'node:crypto';
import { CHANGES, RELEASE } from '../../data/release';
import { REPORT } from '../../data/report';
import { PUBLISHER } from './citation';
import { CLAIM_TYPES, QUALIFIERS, PRECISIONS, type Dataset, type Field } from '../model/schema';
import { toCsv } from './csv';
import { fieldsOf } from './fields';
import { PACKAGE_NAME, reportCitation, rowRecords } from './serialize';
import { siteUrl } from '../site/urls';
import { TERMS } from './terms';
import { getOtherSources } from '../other-sources/sources';
import { otherSourcesOf, otherSourcesResource } from './other-sources';

/** The package's CSV of a dataset: no byte-order mark, every text as it is (no spreadsheet guard). */
export function packageCsv(ds: Dataset): string {
  return toCsv(fieldsOf(ds), rowRecords(ds), { bom: false, neutralize: false });
}

const CATEGORIES: Record<string, readonly string[]> = {
  qualifier: QUALIFIERS,
  claimType: CLAIM_TYPES,
  precision: PRECISIONS,
  dateBasis: ['text', 'footnote'],
};

function field(f: Field) {
  // Partial dates (YYYY, YYYY-MM) are not Table Schema dates: they are strings. Arrays are ';'-joined strings.
  const type = f.type === 'array' || f.type === 'date' ? 'string' : f.type;
  const cats = CATEGORIES[f.name];
  return {
    name: f.name,
    title: f.title,
    type,
    description: f.type === 'array' ? `${f.description} Ids separated by ";".` : f.description,
    ...(cats ? { categories: [...cats], constraints: { required: true, enum: [...cats] } } : {}),
    ...(f.name === 'id' ? { constraints: { required: true, unique: true } } : {}),
  };
}

export function dataPackage(datasets: readonly Dataset[], base = siteUrl()) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    // For v1 readers (datapackage-js): the same package as a tabular data package.
    profile: 'tabular-data-package',
    name: PACKAGE_NAME,
    id: `${base}/data/datapackage.json`,
    version: RELEASE.version,
    created: `${RELEASE.date}T00:00:00Z`,
    title: `Figures from "${REPORT.title}" (${REPORT.publisher}, ${REPORT.year})`,
    description: `${REPORT.standpoint} Terms: ${TERMS} Changes: CHANGELOG.md.`,
    homepage: base,
    keywords: ['Karabakh', 'Azerbaijan', 'Armenia', '2020 war', 'AIR Center'],
    contributors: [
      { title: PUBLISHER, roles: ['creator', 'publisher'], path: base },
      ...REPORT.authors.map((a) => ({
        title: a,
        roles: ['author of the source report'],
        organization: REPORT.publisher,
      })),
    ],
    sources: [{ title: reportCitation(), path: `https://${REPORT.website}` }],
    resources: [
      ...datasets.map((ds) => {
        const csv = Buffer.from(packageCsv(ds), 'utf8');
        return {
          name: ds.id,
          type: 'table',
          profile: 'tabular-data-resource',
          path: `package/${ds.id}.csv`,
          title: ds.title,
          description: `${ds.description} Source: ${ds.source}`,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          bytes: csv.length,
          hash: createHash('md5').update(csv).digest('hex'),
          dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
          schema: {
            fields: fieldsOf(ds).map(field),
            primaryKey: ['id'],
            // An empty cell is an open side of a bound ("up to": no low; "over": no high) or a value the report does not give.
            missingValues: [''],
          },
        };
      }),
      // Other sources: not the report's figures; a resource of their own, beside the report's datasets.
      otherSourcesResource(otherSourcesOf(getOtherSources(), datasets)),
    ],
  };
}

export function changelog(): string {
  return [
    `# Changes to the data of ${PACKAGE_NAME}`,
    '',
    'Versions are the data’s own (semver): a new figure or event is a minor version, a corrected value a patch, a renamed field a major version.',
    '',
    ...CHANGES.flatMap((c) => [`## ${c.version} (${c.date})`, '', ...c.changes.map((x) => `- ${x}`), '']),
  ].join('\n');
}
