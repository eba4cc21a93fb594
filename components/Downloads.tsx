import { BUNDLE } from '../lib/outputs/serialize';
import { dataPath } from '../lib/site/urls';

export function Downloads({ id }: { id: string }) {
  const items: [string, string][] = [
    [`${id}.csv`, 'CSV (spreadsheets)'],
    [`${id}.xlsx`, 'Excel workbook (with README and Fields sheets)'],
    [`${id}.json`, 'JSON (with field descriptions)'],
    [`${id}.pptx`, 'PowerPoint slides (native, editable charts)'],
    ['datapackage.json', 'Data package (all datasets; Frictionless v2)'],
    [`${BUNDLE}.xlsx`, 'Workbook of every dataset'],
    [`${BUNDLE}.zip`, 'Everything in one file (package, JSON, workbook, README, CITATION.cff)'],
  ];
  return (
    <section aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">Download this dataset</h2>
      <ul className="downloads">
        {items.map(([file, label]) => (
          <li key={file}>
            <a href={dataPath(file)} download={file}>
              {label}
            </a>
          </li>
        ))}
      </ul>
      <p className="muted">
        The CSV is UTF-8 with a byte-order mark, for spreadsheets; the data package’s CSVs have none, for scripts. Empty
        cells are open bounds or missing values, as the field descriptions say. What changed in each version:{' '}
        <a href={dataPath('CHANGELOG.md')}>CHANGELOG</a>.
      </p>
    </section>
  );
}
