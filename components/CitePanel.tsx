import { bibtex, cslJson, datasetCitation, reportCitation, ris } from '../lib/outputs/citation';
import type { Dataset } from '../lib/model/schema';
import { dataPath } from '../lib/site/urls';

/** How to cite the dataset and the report it comes from, formatted and as BibTeX, RIS and CSL-JSON (each also a download). */
export function CitePanel({ dataset: ds }: { dataset: Dataset }) {
  const formats = [
    { label: 'BibTeX', file: `${ds.id}.bib`, text: bibtex(ds) },
    { label: 'RIS', file: `${ds.id}.ris`, text: ris(ds) },
    { label: 'CSL-JSON', file: `${ds.id}.csl.json`, text: `${JSON.stringify(cslJson(ds), null, 2)}\n` },
  ];
  return (
    <section aria-labelledby="cite-heading" className="cite-panel">
      <h2 id="cite-heading">Cite</h2>
      <p>
        <strong>This dataset:</strong> <span data-testid="dataset-citation">{datasetCitation(ds)}</span>
      </p>
      <p>
        <strong>The report:</strong> {reportCitation()}
      </p>
      <p className="muted">
        A single figure: use its row’s <em>Copy citation</em> in the table (the figure as printed, its verbatim phrase,
        section and footnote), or link to it with its permalink, <code>/datasets/{ds.id}#row-id</code>.
      </p>
      <ul className="downloads">
        {formats.map((f) => (
          <li key={f.file}>
            <a href={dataPath(f.file)} download={f.file}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
      {formats.map((f) => (
        <details key={f.file}>
          <summary>{f.label}</summary>
          <pre className="cite-source">{f.text}</pre>
        </details>
      ))}
    </section>
  );
}
