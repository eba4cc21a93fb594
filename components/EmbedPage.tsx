import type { Metadata } from 'next';
import type { ResolvedChart } from '../lib/charts/resolve';
import { shareMeta } from '../lib/outputs/share-image';
import { siteUrl } from '../lib/site/urls';
import { PageChart } from './charts/DatasetCharts';
import { EmbedHeight } from './charts/EmbedHeight';

// ?theme=light|dark before the first paint (auto: the reader's setting). Only these two values are read.
const THEME = `(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)})();`;

/** An embed's metadata: kept out of search indexes (it is read inside another site's article), with its share card. */
export function embedMetadata(chart: ResolvedChart | undefined, pagePath: string, imagePath: string): Metadata {
  return chart
    ? {
        title: chart.title,
        description: chart.subtitle,
        robots: { index: false },
        ...shareMeta(chart, imagePath, `${siteUrl()}${pagePath}`, siteUrl()),
      }
    : { title: 'Not found' };
}

/** A chart for other sites' pages: the chart with its title, subtitle, legend, source, claim types and caveats, and a link to its dataset page; nothing else. */
export function EmbedPage({ chart, datasetTitle }: { chart: ResolvedChart; datasetTitle: string }) {
  return (
    <main className="embed" id="main">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, hashed into the page's CSP at build */}
      <script dangerouslySetInnerHTML={{ __html: THEME }} />
      <PageChart chart={chart} context="embed" datasetTitle={datasetTitle} />
      <EmbedHeight />
    </main>
  );
}
