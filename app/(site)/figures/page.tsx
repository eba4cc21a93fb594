import type { Metadata } from 'next';
import { FigureFinder } from '../../../components/FigureFinder';
import { getDatasets } from '../../../lib/datasets/datasets';
import { facetOptions, finderEntries, finderTableHtml } from '../../../lib/site/finder';
import { footnoteLabel, shortCitation } from '../../../lib/model/format';

export const metadata: Metadata = {
  title: 'Find a figure',
  description:
    'Every figure and dated event of every dataset in one table, with its qualifier, claim type, section, footnote and verbatim phrase.',
};

/** Every figure and event in one table. The server HTML holds every row, so it reads (and the browser's find works) without scripts. */
export default function FiguresPage() {
  const entries = finderEntries(getDatasets());
  return (
    <>
      <h1>Find a figure</h1>
      <p className="lede">
        Every figure and dated event of the {new Set(entries.map((e) => e.datasetId)).size} datasets, {entries.length}{' '}
        in all, each with its qualifier, claim type, section, footnote and the report’s own words. Each links to its row
        on its dataset page.
      </p>
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
    </>
  );
}
