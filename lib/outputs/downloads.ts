/**
 * Every file served under /data/, in one list: its name, type and how it is made. The routes (at build, for the
 * server and the static copy) and the tests ask here. The office writers are passed in by the route, so this
 * module imports none of them.
 */
import { openCellsSentence } from '../model/bound';
import type PptxGenJS from 'pptxgenjs';
import { RELEASE } from '../../data/release';
import { REPORT } from '../../data/report';
import { AUTHOR_NAMES, bibtex, cslJson, datasetCitation, PUBLISHER, ris } from './citation';
import { changelog, dataPackage, packageCsv } from './datapackage';
import { TERMS } from './terms';
import { getDatasets } from '../datasets/datasets';
import { EVENT_FIELDS, FIGURE_FIELDS } from './fields';
import { pptxFiles, pptxOf, PPTX_TYPE } from './pptx/files';
import type { Dataset } from '../model/schema';
import { BUNDLE, datasetCsv, datasetJson, PACKAGE_NAME, reportCitation } from './serialize';
import { siteUrl } from '../site/urls';
import { workbookSheets, XLSX_TYPE, type XSheet } from './xlsx';
import { normalizeZip, rezip } from './zip';
import { getOtherSources, OTHER_SOURCES_ID, OTHER_SOURCES_STANDPOINT } from '../other-sources/sources';
import { otherSourcesCsv, otherSourcesJson } from './other-sources';

export interface Writers {
  Pptx: typeof PptxGenJS;
  /** write-excel-file's multi-sheet writer, returning the workbook's bytes. */
  writeExcel: (sheets: XSheet[]) => Promise<Uint8Array>;
}

export interface DownloadFile {
  /** Path under /data/. */
  name: string;
  type: string;
  attachment: boolean;
  make: (w: Writers) => Promise<Uint8Array | string>;
}

const RELEASED = new Date(`${RELEASE.date}T00:00:00Z`);

async function workbook(w: Writers, datasets: readonly Dataset[]): Promise<Uint8Array> {
  return normalizeZip(await w.writeExcel(workbookSheets(datasets)), RELEASED);
}

const yaml = (s: string) => JSON.stringify(s);
/** A JSON file as the downloads write it: indented, with a final newline. */
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export function citationCff(base = siteUrl()): string {
  return [
    'cff-version: 1.2.0',
    'message: "Cite the figure as printed, the report, its section and footnote; for the compiled data, cite this dataset."',
    'type: dataset',
    `title: ${yaml(`Figures from "${REPORT.title}"`)}`,
    `version: ${yaml(RELEASE.version)}`,
    `date-released: ${yaml(RELEASE.date)}`,
    `url: ${yaml(base)}`,
    'authors:',
    `  - name: ${yaml(PUBLISHER)}`,
    `abstract: ${yaml(REPORT.standpoint)}`,
    `license-url: ${yaml(`${base}/sources`)}`,
    'references:',
    '  - type: report',
    `    title: ${yaml(REPORT.title)}`,
    `    year: ${REPORT.year}`,
    '    authors:',
    ...AUTHOR_NAMES.map((a) => `      - family-names: ${yaml(a.family)}\n        given-names: ${yaml(a.given)}`),
    '    institution:',
    `      name: ${yaml(REPORT.publisher)}`,
    `      city: ${yaml(REPORT.place)}`,
    '',
  ].join('\n');
}

export function bundleReadme(datasets: readonly Dataset[], base = siteUrl()): string {
  const field = (f: { name: string; description: string }) => `- \`${f.name}\`: ${f.description}`;
  return [
    `# ${PACKAGE_NAME} ${RELEASE.version}`,
    '',
    `Every figure and dated event of *${REPORT.title}* (${REPORT.publisher}, ${REPORT.place}, ${REPORT.year}) as typed datasets, each row with the report section, the footnote, the source that footnote cites, a verbatim phrase and a claim type. Released ${RELEASE.date}. Online: ${base}`,
    '',
    '## Source and standpoint',
    '',
    reportCitation(),
    '',
    REPORT.standpoint,
    '',
    OTHER_SOURCES_STANDPOINT,
    '',
    `Terms: ${TERMS}`,
    '',
    '## Files',
    '',
    '- `datapackage.json` and `package/*.csv`: a Frictionless Data Package (v2; v1 readers load it too). CSVs are UTF-8 without a byte-order mark.',
    '- `json/*.json`: each dataset with its field descriptions and caveats.',
    `- \`${BUNDLE}.xlsx\`: every dataset on its own sheet, with README and Fields sheets, and the sheet \`${OTHER_SOURCES_ID}\`.`,
    `- \`package/${OTHER_SOURCES_ID}.csv\`, \`json/${OTHER_SOURCES_ID}.json\`: what other sources published on the report’s figures, each row beside the report’s row(s) named in \`about\`, with its kind of source, date, quote and scope. Not the report’s figures.`,
    '- `CITATION.cff`, `CHANGELOG.md`.',
    '',
    '## Open bounds and qualifiers',
    '',
    `${openCellsSentence()} Derived rows (claim type \`derived\`) are computed by the dashboard from the rows named in \`derivedFrom\`; they are not in the report.`,
    '',
    '## Fields of figure datasets',
    '',
    ...FIGURE_FIELDS.map(field),
    '',
    '## Fields of the events dataset',
    '',
    ...EVENT_FIELDS.map(field),
    '',
    '## Caveats',
    '',
    ...datasets.flatMap((d) => [`### ${d.title} (\`${d.id}\`)`, '', ...d.caveats.map((c) => `- ${c.text}`), '']),
    '## How to cite',
    '',
    'A figure: as printed, with the report, its section and its footnote (the `printed`, `section`, `footnote` and `source` columns). The compiled data:',
    '',
    ...datasets.map((d) => `- ${datasetCitation(d, base)}`),
    '',
  ].join('\n');
}

async function bundle(w: Writers, datasets: readonly Dataset[]): Promise<Uint8Array> {
  const files: [string, Uint8Array | string][] = [
    ['README.md', bundleReadme(datasets)],
    ['CITATION.cff', citationCff()],
    ['CHANGELOG.md', changelog()],
    ['datapackage.json', json(dataPackage(datasets))],
    ...datasets.map((d): [string, string] => [`package/${d.id}.csv`, packageCsv(d)]),
    ...datasets.map((d): [string, string] => [`json/${d.id}.json`, json(datasetJson(d))]),
    [`package/${OTHER_SOURCES_ID}.csv`, otherSourcesCsv(getOtherSources(), { bom: false, neutralize: false })],
    [`json/${OTHER_SOURCES_ID}.json`, json(otherSourcesJson(getOtherSources()))],
    [`${BUNDLE}.xlsx`, await workbook(w, datasets)],
  ];
  return rezip(files, RELEASED);
}

export function downloads(): DownloadFile[] {
  const all = getDatasets();
  return [
    ...all.flatMap((d): DownloadFile[] => [
      { name: `${d.id}.csv`, type: 'text/csv; charset=utf-8', attachment: true, make: async () => datasetCsv(d) },
      {
        name: `${d.id}.json`,
        type: 'application/json',
        attachment: false,
        make: async () => JSON.stringify(datasetJson(d)),
      },
      {
        name: `package/${d.id}.csv`,
        type: 'text/csv; charset=utf-8',
        attachment: false,
        make: async () => packageCsv(d),
      },
      { name: `${d.id}.xlsx`, type: XLSX_TYPE, attachment: true, make: (w) => workbook(w, [d]) },
      {
        name: `${d.id}.bib`,
        type: 'application/x-bibtex; charset=utf-8',
        attachment: true,
        make: async () => bibtex(d),
      },
      {
        name: `${d.id}.ris`,
        type: 'application/x-research-info-systems; charset=utf-8',
        attachment: true,
        make: async () => ris(d),
      },
      {
        name: `${d.id}.csl.json`,
        type: 'application/vnd.citationstyles.csl+json',
        attachment: true,
        make: async () => json(cslJson(d)),
      },
    ]),
    ...otherSourceFiles(),
    { name: 'datapackage.json', type: 'application/json', attachment: false, make: async () => json(dataPackage(all)) },
    { name: 'CHANGELOG.md', type: 'text/markdown; charset=utf-8', attachment: false, make: async () => changelog() },
    { name: `${BUNDLE}.xlsx`, type: XLSX_TYPE, attachment: true, make: (w) => workbook(w, all) },
    { name: `${BUNDLE}.zip`, type: 'application/zip', attachment: true, make: (w) => bundle(w, all) },
    ...pptxFiles().map(
      (f): DownloadFile => ({ name: f.file, type: PPTX_TYPE, attachment: true, make: (w) => pptxOf(w.Pptx, f.ids) }),
    ),
  ];
}

/** What other sources say: a CSV for spreadsheets, the JSON, and the data package's CSV. */
function otherSourceFiles(): DownloadFile[] {
  const rows = getOtherSources();
  return [
    {
      name: `${OTHER_SOURCES_ID}.csv`,
      type: 'text/csv; charset=utf-8',
      attachment: true,
      make: async () => otherSourcesCsv(rows),
    },
    {
      name: `${OTHER_SOURCES_ID}.json`,
      type: 'application/json',
      attachment: false,
      make: async () => JSON.stringify(otherSourcesJson(rows)),
    },
    {
      name: `package/${OTHER_SOURCES_ID}.csv`,
      type: 'text/csv; charset=utf-8',
      attachment: false,
      make: async () => otherSourcesCsv(rows, { bom: false, neutralize: false }),
    },
  ];
}

/** The response for a file under /data/, or null. */
export async function downloadResponse(name: string, w: Writers): Promise<Response | null> {
  const f = downloads().find((x) => x.name === name);
  if (!f) return null;
  const body = await f.make(w);
  const file = name.split('/').at(-1)!;
  return new Response(body as BodyInit, {
    headers: {
      'Content-Type': f.type,
      'Content-Disposition': `${f.attachment ? 'attachment' : 'inline'}; filename="${file}"`,
    },
  });
}
