import type { Metadata } from 'next';
import { FigureFinder } from '../../../components/FigureFinder';
import { getDatasets } from '../../../lib/datasets/datasets';
import { facetOptions, finderEntries, finderTableHtml, otherFinderEntries } from '../../../lib/site/finder';
import { getOtherSources, OTHER_SOURCES_STANDPOINT } from '../../../lib/other-sources/sources';
import { footnoteLabel, shortCitation } from '../../../lib/model/format';
import { PrintFooter } from '../../../components/PrintFooter';

export const metadata: Metadata = {
  title: 'Find a figure',
  description:
    'Every figure and dated event of every dataset in one table, with its qualifier, claim type, section, footnote and verbatim phrase.',
};

/** Every figure and event in one table. The server HTML holds every row, so it reads (and the browser's find works) without scripts. */
export default function FiguresPage() {
  const report = finderEntries(getDatasets());
  const entries = [...report, ...otherFinderEntries(getOtherSources(), getDatasets())];
  return (
    <>
      <h1>Find a figure</h1>
      <p className="lede">
        Every figure and dated event of the {new Set(report.map((e) => e.datasetId)).size} datasets, {report.length} in
        all, each with its qualifier, claim type, section, footnote and the report’s own words, and{' '}
        {entries.length - report.length} figures of other sources beside them (filter “Figures of”). Each links to its
        place on its dataset page.
      </p>
      <p className="others-standpoint">{OTHER_SOURCES_STANDPOINT}</p>
      <FigureFinder options={facetOptions(entries)} total={entries.length}>
        <div
          className="table-wrap finder-wrap"
          role="region"
          aria-label="Every figure and event (scrolls sideways on narrow screens)"
          tabIndex={0}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: static markup React does not hydrate; finderTableHtml escapes every value
          dangerouslySetInnerHTML={{ __html: finderTableHtml(entries, (s) => shortCitation(s, 120), footnoteLabel) }}
        />
      </FigureFinder>
      <PrintFooter path="/figures" />
    </>
  );
}
