import type { ResolvedChart } from '../lib/charts';
import { PageChart } from './charts/DatasetCharts';
import { EmbedHeight } from './charts/EmbedHeight';

// ?theme=light|dark before the first paint (auto: the reader's setting). Only these two values are read.
const THEME = `(function(){var t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.setAttribute('data-theme',t)})();`;

/** A chart for other sites' pages: the chart with its title, subtitle, legend, source, claim types and caveats, and a link to its dataset page; nothing else. */
export function EmbedPage({ chart, datasetTitle }: { chart: ResolvedChart; datasetTitle: string }) {
  return (
    <main className="embed" id="main">
      <script dangerouslySetInnerHTML={{ __html: THEME }} />
      <PageChart chart={chart} context="embed" datasetTitle={datasetTitle} />
      <EmbedHeight />
    </main>
  );
}
