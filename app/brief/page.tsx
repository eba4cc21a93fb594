import type { Metadata } from 'next';
import { REPORT } from '../../data/report';
import { DeckController } from '../../components/deck/DeckController';
import { SlideView } from '../../components/deck/SlideView';
import { getDatasets } from '../../lib/datasets';
import { allSlides } from '../../lib/deck';
import './deck.css';

export const metadata: Metadata = { title: 'Briefing deck' };

export default function BriefPage() {
  const datasets = getDatasets();
  const slides = allSlides(datasets);
  return (
    <main id="main" className="brief">
      <h1 className="visually-hidden">{`Briefing deck: figures from “${REPORT.title}”`}</h1>
      <DeckController slides={slides.map(({ key, datasetId, headline }) => ({ key, datasetId, headline }))} datasetIds={datasets.map((d) => d.id)}>
        {slides.map((s) => (
          <SlideView key={s.key} slide={s} datasets={datasets} />
        ))}
      </DeckController>
    </main>
  );
}
