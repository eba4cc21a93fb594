/** Which PowerPoint files exist and what each holds: the build's routes and the deck builder's button both ask here. */
import type PptxGenJS from 'pptxgenjs';
import { REPORT } from '../../../data/report';
import { getDatasets } from '../../datasets/datasets';
import { allSlides } from '../../deck/deck';
import { deckSlides } from '../../deck/nav';
import { deckPptx } from './pptx';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck of these datasets, in this order (every dataset when `ids` is empty), as a .pptx file. */
export function pptxOf(Pptx: typeof PptxGenJS, ids: readonly string[]): Promise<Uint8Array> {
  const all = getDatasets();
  const chosen =
    ids.length === 0
      ? [...all]
      : ids.map((id) => {
          const d = all.find((x) => x.id === id);
          if (!d) throw new Error(`no dataset "${id}"`);
          return d;
        });
  const slides = deckSlides(
    allSlides(all),
    chosen.map((d) => d.id),
  );
  const title =
    chosen.length === all.length
      ? `Briefing deck: ${REPORT.title}`
      : `Briefing deck: ${chosen.map((d) => d.title).join('; ')}`;
  return deckPptx(Pptx, slides, chosen, title);
}

/** The PowerPoint files the build writes under /data/: the full deck and one per dataset. */
export function pptxFiles(): { file: string; ids: string[] }[] {
  return [{ file: 'brief.pptx', ids: [] }, ...getDatasets().map((d) => ({ file: `${d.id}.pptx`, ids: [d.id] }))];
}
