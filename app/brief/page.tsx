import type { Metadata } from 'next';
import { REPORT } from '../../data/report';
import { DeckController } from '../../components/deck/DeckController';
import { SlideView } from '../../components/deck/SlideView';
import { getDatasets } from '../../lib/datasets/datasets';
import { allSlides } from '../../lib/deck/deck';
import { EARLY_KEYS } from '../../lib/deck/nav';
import './deck.css';

export const metadata: Metadata = { title: 'Briefing deck' };

/** Records the deck's keys pressed before its script has loaded (it loads after the first paint); the controller replays them. */
const EARLY_KEY_SCRIPT = `(function(){var q=window.__deckEarly=[],k=${JSON.stringify(EARLY_KEYS)};function on(e){if(e.altKey||e.ctrlKey||e.metaKey||k.indexOf(e.key)<0)return;q.push(e.key);e.preventDefault()}addEventListener('keydown',on);window.__deckEarlyOff=function(){removeEventListener('keydown',on)}})();`;

export default function BriefPage() {
  const datasets = getDatasets();
  const slides = allSlides(datasets);
  return (
    <main id="main" className="brief">
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script, hashed into the page's CSP at build */}
      <script dangerouslySetInnerHTML={{ __html: EARLY_KEY_SCRIPT }} />
      <h1 className="visually-hidden">{`Briefing deck: figures from “${REPORT.title}”`}</h1>
      <DeckController
        slides={slides.map(({ key, datasetId, headline }) => ({ key, datasetId, headline }))}
        datasetIds={datasets.map((d) => d.id)}
      >
        {slides.map((s) => (
          <SlideView key={s.key} slide={s} datasets={datasets} />
        ))}
      </DeckController>
    </main>
  );
}
