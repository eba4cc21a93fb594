import type { Metadata } from 'next';
import { DeckBuilder } from '../../../components/deck/DeckBuilder';
import { SiteChrome } from '../../../components/SiteChrome';
import { getDatasets } from '../../../lib/datasets/datasets';

export const metadata: Metadata = { title: 'Build a custom deck' };

export default function BuildDeckPage() {
  const datasets = getDatasets().map((d) => ({ id: d.id, title: d.title }));
  return (
    <SiteChrome>
      <h1>Build a custom briefing deck</h1>
      <p className="lede">
        Tick the datasets to present and put them in order; the deck keeps the title and closing slides. Open the deck,
        or copy its link to share. The <a href="/brief">full deck</a> has every dataset.
      </p>
      <DeckBuilder datasets={datasets} />
    </SiteChrome>
  );
}
