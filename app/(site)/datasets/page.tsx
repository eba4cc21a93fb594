import type { Metadata } from 'next';
import { pageCharts } from '../../../lib/charts/registry';
import { getDatasets } from '../../../lib/datasets/datasets';
import { headlineOf } from '../../../lib/datasets/headline';
import { BUNDLE } from '../../../lib/outputs/serialize';
import { dataPath, datasetPath } from '../../../lib/site/urls';
import { PrintFooter } from '../../../components/PrintFooter';

export const metadata: Metadata = {
  title: 'Datasets',
  description: 'Every dataset of the report’s figures, with its headline figure, row count and downloads.',
};

const FORMATS: [string, string][] = [
  ['csv', 'CSV'],
  ['xlsx', 'Excel'],
  ['json', 'JSON'],
  ['pptx', 'PowerPoint'],
  ['bib', 'BibTeX'],
];

/** The datasets index: each dataset with its headline figure as printed, its row and chart counts and its files. */
export default function DatasetsIndex() {
  const datasets = getDatasets();
  return (
    <>
      <h1>Datasets</h1>
      <p className="lede">
        {datasets.length} datasets, each with its charts, a sortable table of values with their provenance, and
        downloads. All of them at once: <a href={dataPath(`${BUNDLE}.xlsx`)}>one workbook</a>,{' '}
        <a href={dataPath('datapackage.json')}>the data package</a> or{' '}
        <a href={dataPath(`${BUNDLE}.zip`)}>one zip file</a>.
      </p>
      <div className="table-wrap" role="region" aria-label="Datasets (scrolls sideways on narrow screens)" tabIndex={0}>
        <table className="data datasets-index">
          <caption>Every dataset, in the order of the overview.</caption>
          <thead>
            <tr>
              <th scope="col">Dataset</th>
              <th scope="col">Headline figure</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                Charts
              </th>
              <th scope="col">Downloads</th>
            </tr>
          </thead>
          <tbody>
            {datasets.map((ds) => {
              const h = headlineOf(ds);
              return (
                <tr key={ds.id} data-dataset={ds.id}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    <a href={datasetPath(ds.id)}>{ds.title}</a>
                  </th>
                  <td data-label="Headline figure">
                    <strong data-testid="index-headline">{h.figure}</strong>{' '}
                    <span className="muted">
                      ({h.qualifier ? `${h.qualifier}; ` : ''}
                      {h.row.claimType})
                    </span>
                    <br />
                    {h.label}
                  </td>
                  <td className="num" data-label="Rows">
                    {ds.rows.length}
                  </td>
                  <td className="num" data-label="Charts">
                    {pageCharts(ds.id).length}
                  </td>
                  <td data-label="Downloads">
                    {FORMATS.map(([ext, label], i) => (
                      <span key={ext}>
                        {i > 0 ? ' · ' : ''}
                        <a href={dataPath(`${ds.id}.${ext}`)} download={`${ds.id}.${ext}`}>
                          {label}
                        </a>
                      </span>
                    ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <PrintFooter path="/datasets" />
    </>
  );
}
