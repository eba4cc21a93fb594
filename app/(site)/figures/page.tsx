import type { Metadata } from 'next';
import { FigureFinder } from '../../../components/FigureFinder';
import { getDatasets } from '../../../lib/datasets';
import { facetOptions, FACETS, finderEntries } from '../../../lib/finder';
import { footnoteLabel, shortCitation } from '../../../lib/format';

export const metadata: Metadata = { title: 'Find a figure', description: 'Every figure and dated event of every dataset in one table, with its qualifier, claim type, section, footnote and verbatim phrase.' };

/** Every figure and event in one table. The server HTML holds every row, so it reads (and the browser's find works) without scripts. */
export default function FiguresPage() {
  const entries = finderEntries(getDatasets());
  return (
    <>
      <h1>Find a figure</h1>
      <p className="lede">
        Every figure and dated event of the {new Set(entries.map((e) => e.datasetId)).size} datasets, {entries.length} in all, each with its qualifier,
        claim type, section, footnote and the report’s own words. Each links to its row on its dataset page.
      </p>
      <FigureFinder options={facetOptions(entries)} total={entries.length}>
        <div className="table-wrap finder-wrap" role="region" aria-label="Every figure and event (scrolls sideways on narrow screens)" tabIndex={0}>
          <table className="data finder">
            <caption className="visually-hidden">Every figure and event of every dataset</caption>
            <thead>
              <tr>
                <th scope="col">Figure as printed</th>
                <th scope="col">What</th>
                <th scope="col">Qualifier</th>
                <th scope="col">Claim type</th>
                <th scope="col">Section, footnote</th>
                <th scope="col">Verbatim phrase</th>
                <th scope="col">Cited source</th>
                <th scope="col">Dataset</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.datasetId}-${e.rowId}`} data-dataset={FACETS.dataset(e)} data-claim={FACETS.claim(e)} data-qualifier={FACETS.qualifier(e)} data-section={FACETS.section(e)} data-footnote={FACETS.footnote(e)}>
                  <th scope="row" style={{ fontWeight: 'normal' }} data-label="Figure as printed">
                    <a href={`/datasets/${e.datasetId}#${e.rowId}`}>{e.printed}</a>
                  </th>
                  <td data-label="What">{e.label}</td>
                  <td data-label="Qualifier">{e.qualifier}</td>
                  <td data-label="Claim type">{e.claimType}</td>
                  <td data-label="Section, footnote">§{e.section}, {footnoteLabel(e.footnote)}</td>
                  <td data-label="Verbatim phrase">“{e.quote}”</td>
                  <td data-label="Cited source">{shortCitation(e.source, 120)}</td>
                  <td data-label="Dataset">{e.datasetTitle}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </FigureFinder>
    </>
  );
}
