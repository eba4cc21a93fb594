import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OTHER_SOURCE_ROWS } from '../../data/other-sources';
import { getDatasets } from '../datasets/datasets';
import { notesText } from '../outputs/pptx/pptx';
import { reportCitation } from '../outputs/serialize';
import { allSlides, slideNotes, slideRows } from './deck';

const datasets = getDatasets();
const slides = allSlides(datasets);
const stored = OTHER_SOURCE_ROWS as readonly {
  id: string;
  kind: string;
  about: { dataset: string; row: string }[];
  printed?: string;
  quote?: string;
  url?: string;
}[];

describe('speaker notes of other sources', () => {
  const slide = slides.find((s) => slideRows(s).some((r) => r.id === 'combatants-killed-official'))!;
  const besideRows = stored.filter((o) =>
    o.about.some((a) => a.dataset === 'casualties' && a.row === 'combatants-killed-official'),
  );

  it('follow the report’s phrases on the slide that shows the figure, one per row, marked as not the report’s', () => {
    const n = slideNotes(slide, datasets, reportCitation());
    const reportCount = slideRows(slide).length;
    assert.ok(n.quotes.slice(0, reportCount).every((q) => !q.text.startsWith('Other source')));
    for (const o of besideRows) {
      const q = n.quotes.find((x) => x.id === `other-${o.id}`);
      assert.ok(q, o.id);
      assert.ok(n.quotes.indexOf(q) >= reportCount);
      assert.ok(q.text.startsWith('Other source, not the report’s figure, beside “up to seven thousand”'), q.text);
      for (const part of [o.printed!, o.quote!, o.url!]) assert.ok(q.text.includes(part), `${o.id}: ${part}`);
      assert.equal(q.claimType, o.kind);
    }
  });

  it('are in the PowerPoint notes too', () => {
    const text = notesText(slide, datasets);
    for (const o of besideRows) assert.ok(text.includes(`${o.quote!}`), o.id);
  });

  it('are absent from the title and closing slides', () => {
    for (const s of [slides[0]!, slides.at(-1)!]) assert.ok(!notesText(s, datasets).includes('Other source'));
  });
});
