import { REPORT } from '../../data/report';
import { getDatasets } from '../../lib/datasets/datasets';
import { headlineOf } from '../../lib/datasets/headline';
import { footnoteLabel } from '../../lib/model/format';
import { datasetPath } from '../../lib/site/urls';
import { PrintFooter } from '../../components/PrintFooter';
import { CardChart } from '../../components/CardChart';

export default function OverviewPage() {
  const datasets = getDatasets();
  return (
    <>
      <h1>The 44-Day Karabakh War, in the report’s own figures</h1>
      <p className="lede">
        Every number and dated event in “{REPORT.title}” ({REPORT.publisher}, {REPORT.place}, {REPORT.year}), as typed
        datasets with the section, footnote, cited source and a verbatim phrase for each figure. Charts, sortable tables
        and downloads on each dataset’s page.
      </p>
      <p className="standpoint">{REPORT.standpoint}</p>
      <h2>Datasets</h2>
      <ul className="cards">
        {datasets.map((ds) => {
          const h = headlineOf(ds);
          return (
            <li key={ds.id} className="card" data-dataset={ds.id}>
              <h3>
                <a href={datasetPath(ds.id)}>{ds.title}</a>
              </h3>
              <p className="figure" data-testid="headline-figure">
                {h.figure}
              </p>
              <CardChart dataset={ds} />
              <p>{h.label}</p>
              <p className="meta">
                {h.qualifier ? <span className="tag">{h.qualifier}</span> : null}{' '}
                <span className="tag">{h.row.claimType}</span>
              </p>
              <p className="meta">
                Report section {h.row.section}, {footnoteLabel(h.row.footnote)}
                {h.row.footnote !== null ? `: ${shorten(h.row.source)}` : ''}
              </p>
              <p className="meta">{ds.rows.length} rows</p>
            </li>
          );
        })}
      </ul>
      <PrintFooter path="/" />
    </>
  );
}

function shorten(s: string): string {
  return s.length > 110 ? `${s.slice(0, 107)}…` : s;
}
