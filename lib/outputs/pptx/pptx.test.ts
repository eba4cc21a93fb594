import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { getDatasets } from '../../datasets/datasets';
import { allSlides } from '../../deck/deck';
import { barLegend } from './pptx';
import { pptxFiles, pptxOf } from './files';
import { finishChartXml } from './finish';
import type { FigureRow } from '../../model/schema';

const datasets = getDatasets();
const figureRows = datasets.flatMap((d) => (d.kind === 'figures' ? d.rows : []));
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const pts = (xml: string) => [...xml.matchAll(/<c:pt idx="\d+">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => decode(m[1]!));

interface ChartRead {
  file: string;
  categories: string[];
  values: number[];
  labels: string[];
  /** Labels that keep to one line ("up to 7,000", not "up to" over "7,000"). */
  unwrapped: number;
  /** Bar index → how its own fill reads (bars without one have the series' solid fill). */
  fills: Map<number, 'gradient' | 'stripes' | 'dashed' | 'other'>;
  axIds: string[];
  declared: string[];
}

async function readCharts(bytes: Uint8Array): Promise<{ zip: JSZip; charts: ChartRead[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const charts: ChartRead[] = [];
  for (const file of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.file(file)!.async('string');
    charts.push({
      file,
      categories: pts(/<c:cat>([\s\S]*?)<\/c:cat>/.exec(xml)![1]!),
      values: pts(/<c:val>([\s\S]*?)<\/c:val>/.exec(xml)![1]!).map(Number),
      labels: [...xml.matchAll(/<c:dLbl><c:idx val="\d+"\/>[\s\S]*?<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)),
      unwrapped: [...xml.matchAll(/<c:dLbl><c:idx val="\d+"\/><c:tx><c:rich><a:bodyPr wrap="none"\/>/g)].length,
      fills: new Map(
        [...xml.matchAll(/<c:dPt><c:idx val="(\d+)"\/>[\s\S]*?<c:spPr>([\s\S]*?)<\/c:spPr>/g)].map((m) => {
          const sp = m[2]!;
          const fill = sp.startsWith('<a:gradFill')
            ? 'gradient'
            : sp.startsWith('<a:pattFill prst="horz"')
              ? 'stripes'
              : sp.startsWith('<a:solidFill') && sp.includes('<a:prstDash val="dash"/>')
                ? 'dashed'
                : 'other';
          return [Number(m[1]), fill] as const;
        }),
      ),
      axIds: [.../<c:barChart>([\s\S]*?)<\/c:barChart>/.exec(xml)![1]!.matchAll(/<c:axId val="(\d+)"\/>/g)].map(
        (m) => m[1]!,
      ),
      declared: [...xml.matchAll(/<c:(?:valAx|catAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]!),
    });
  }
  return { zip, charts };
}

const files = await Promise.all(pptxFiles().map(async (f) => ({ ...f, bytes: await pptxOf(PptxGenJS, f.ids) })));

describe('PowerPoint files', () => {
  it('has a full deck and one file per dataset', () => {
    assert.deepEqual(
      files.map((f) => f.file),
      ['brief.pptx', ...datasets.map((d) => `${d.id}.pptx`)],
    );
  });

  it('every chart holds the dataset’s values, and every bound’s label carries the report’s qualifier', async () => {
    let bounded = 0;
    const fillOf = new Map<string, string>();
    for (const f of files) {
      for (const c of (await readCharts(f.bytes)).charts) {
        assert.equal(c.values.length, c.categories.length, c.file);
        assert.equal(c.labels.length, c.values.length, `${f.file} ${c.file}: one label per bar`);
        assert.equal(c.unwrapped, c.labels.length, `${f.file} ${c.file}: every label on one line`);
        c.categories.forEach((cat, i) => {
          const row = figureRows.find((r) => r.label === cat.replace(/ \(derived\)$/, '')) as FigureRow | undefined;
          assert.ok(row, `${f.file}: no row labelled "${cat}"`);
          assert.equal(c.values[i], row.value, `${f.file}: ${row.id}`);
          if (row.qualifier !== 'exact') {
            bounded++;
            assert.ok(c.labels[i]!.startsWith(`${row.qualifier} `), `${f.file}: ${row.id} labelled "${c.labels[i]}"`);
          } else {
            assert.match(c.labels[i]!, /^[$0-9]/, `${f.file}: ${row.id} labelled "${c.labels[i]}"`);
          }
          fillOf.set(row.id, c.fills.get(i) ?? 'solid');
        });
        assert.ok(
          c.axIds.every((id) => c.declared.includes(id)),
          `${f.file} ${c.file}: axis ids ${c.axIds} but axes ${c.declared}`,
        );
      }
    }
    assert.ok(bounded >= 10, `${bounded} bounded bars`);
    // One bar of each kind, as the report words it: "up to 7,000" fades in from zero, "over 10,000" is striped,
    // "about 24%" has a dashed outline, an exact figure the series' solid fill.
    assert.deepEqual(
      [
        'combatants-killed-official',
        'total-killed-unofficial',
        'share-grain-revenues',
        'armenia-arms-imports-2011-2020',
      ].map((id) => fillOf.get(id)),
      ['gradient', 'stripes', 'dashed', 'solid'],
    );
  });

  it('gives the same bytes when built twice from the same data', async () => {
    const again = await pptxOf(PptxGenJS, []);
    assert.equal(Buffer.compare(Buffer.from(again), Buffer.from(files[0]!.bytes)), 0);
  });

  it('has speaker notes on every slide with the verbatim phrases, and alt text on every chart and drawing', async () => {
    const { zip } = await readCharts(files[0]!.bytes);
    const slideFiles = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n));
    assert.equal(notes.length, slideFiles.length);
    const mines = decode(
      await zip
        .file(`ppt/notesSlides/notesSlide${allSlides(datasets).findIndex((s) => s.key === 'mine-maps') + 1}.xml`)!
        .async('string'),
    );
    assert.ok(
      mines.includes(
        '“Armenia handed over maps of nearly 97,000 anti-personnel and anti-tank mines” — section 2, footnote 15',
      ),
      'mine-maps notes quote the report',
    );
    assert.ok(mines.includes('Caveats:'));
    for (const f of slideFiles) {
      const xml = await zip.file(f)!.async('string');
      for (const m of xml.matchAll(/<p:graphicFrame>[\s\S]*?<p:cNvPr [^>]*descr="([^"]*)"/g))
        assert.ok(m[1]!.length > 20, `${f}: chart alt text`);
      for (const m of xml.matchAll(/<p:cNvPr id="\d+" name="(Drawing \d+)"( descr="[^"]+")?/g))
        assert.ok(m[2], `${f}: ${m[1]} has alt text`);
    }
  });

  it('has the web deck’s slides, in its order: slide k has the web deck’s headline k', async () => {
    const { zip } = await readCharts(files[0]!.bytes);
    const slides = allSlides(datasets);
    const count = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
    assert.equal(count, slides.length);
    for (const [i, slide] of slides.entries()) {
      const xml = decode(await zip.file(`ppt/slides/slide${i + 1}.xml`)!.async('string'));
      const text = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      assert.ok(text.includes(slide.headline), `slide ${i + 1} (${slide.key}): no “${slide.headline}”`);
      assert.ok(text.includes(`${i + 1} / ${slides.length}`), `slide ${i + 1}: its number`);
    }
  });

  it('explains each kind of bar in the legend line, for the qualifiers shown', () => {
    const r = (qualifier: FigureRow['qualifier']) => ({ ...figureRows[0]!, qualifier, claimType: 'estimate' as const });
    assert.equal(
      barLegend([r('exact')]),
      'exact: solid bar; the figure as given. Each bar is labelled with the report’s wording.',
    );
    assert.equal(
      barLegend([r('exact'), r('about'), r('up to'), r('nearly'), r('over')]),
      'exact: solid bar; the figure as given. “about”: dashed outline; approximate. ' +
        '“nearly” / “up to”: fades in from zero; an upper bound, the lower side open. ' +
        '“over”: striped; a lower bound, the upper side open. Each bar is labelled with the report’s wording.',
    );
  });

  it('keeps every bar chart’s legend line to the two lines its box holds', () => {
    // The box is 12.3 in wide and 0.72 in high at 18 pt Arial: two lines of about 110 characters each (LibreOffice's
    // rendering of the casualty slide, 203 characters, took two; at 250 the third line ran over the source rule).
    let checked = 0;
    for (const s of allSlides(datasets)) {
      for (const c of s.charts) {
        if (c.kind !== 'bounded-bars' && c.kind !== 'grouped-bars') continue;
        const rows = c.kind === 'grouped-bars' ? c.panels.flatMap((p) => p.rows) : (c.rows as FigureRow[]);
        const legend = barLegend(rows);
        assert.ok(legend.length <= 215, `${s.key}/${c.id}: legend of ${legend.length} characters: ${legend}`);
        checked++;
      }
    }
    assert.ok(checked >= 6, `${checked} bar charts`);
  });

  it('refuses a chart whose labels do not match its bars', () => {
    const xml =
      '<c:barChart><c:ser><c:invertIfNegative val="0"/><c:dLbls></c:dLbls><c:val><c:numRef><c:numCache><c:ptCount val="2"/></c:numCache></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart><c:catAx><c:axId val="1"/></c:catAx><c:valAx><c:axId val="2"/></c:valAx>';
    assert.throws(
      () => finishChartXml(xml, { points: [{ text: 'up to 1', kind: 'upper' }] }, 'x'),
      /2 points in the chart, 1 labels/,
    );
    const fixed = finishChartXml(
      xml,
      {
        points: [
          { text: 'up to 1', kind: 'upper' },
          { text: '2', kind: 'point' },
        ],
      },
      'x',
    );
    assert.ok(
      !fixed.includes('<c:axId val="3"/>') && fixed.includes('<c:axId val="1"/><c:axId val="2"/></c:barChart>'),
    );
  });

  it('a map slide prints its numbers at 18 pt where the places allow it, and never under 12 pt', async () => {
    const brief = files.find((f) => f.file === 'brief.pptx')!;
    const zip = await JSZip.loadAsync(brief.bytes);
    const sizes = new Map<string, number[]>();
    for (const file of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
      const xml = await zip.file(file)!.async('string');
      if (!xml.includes('Boundaries: Natural Earth')) continue;
      // The slide's title is its first run; the map's numbers are runs of digits alone.
      const title = decode(/<a:t>([^<]*)<\/a:t>/.exec(xml)![1]!);
      const nums = [...xml.matchAll(/<a:rPr[^>]*\bsz="(\d+)"[^>]*>(?:(?!<\/a:r>)[\s\S])*?<a:t>\d{1,2}<\/a:t>/g)].map(
        (m) => Number(m[1]) / 100,
      );
      sizes.set(title, nums);
      // The caption under the map (at 5.0 in) keeps to its two lines at 18 pt, clear of the source line's rule.
      const caption = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<a:off x="\d+" y="4572000"\/>[\s\S]*?<\/p:sp>/.exec(xml)![0];
      const words = decode([...caption.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''));
      assert.ok(words.includes('Boundaries: Natural Earth'), words);
      assert.ok(words.length <= 215, `${title}: caption of ${words.length} characters: ${words}`);
    }
    assert.ok(sizes.size >= 3, `${sizes.size} map slides: ${[...sizes.keys()].join(' | ')}`);
    for (const [title, nums] of sizes) {
      assert.ok(nums.length >= 5, `${title}: ${nums.length} numbers`);
      assert.ok(Math.min(...nums) >= 12, `${title}: numbers at ${Math.min(...nums)} pt`);
    }
    const big = [...sizes].filter(([, nums]) => Math.min(...nums) >= 18).map(([t]) => t);
    // The events map (12 places) and the minefield districts (5) have room for 18 pt; the places map (23) does not.
    assert.ok(
      big.some((t) => /event/i.test(t)),
      `18 pt on: ${big.join(' | ')}`,
    );
    assert.ok(
      big.some((t) => /minefield/i.test(t)),
      `18 pt on: ${big.join(' | ')}`,
    );
  });
});
