/**
 * Finishing pass over the .pptx pptxgenjs writes (pure, JSZip only):
 *  - each bar gets the report's wording as its data label (qualifier and number), never the bare value,
 *    on one line, and bounds a patterned fill, one per kind (pptxgenjs labels every point with its bare value and
 *    fills all alike; LibreOffice put a qualifier and its number on two lines);
 *  - the third <c:axId> pptxgenjs puts in every bar chart, which no axis declares, is removed (upstream issue
 *    1534: PowerPoint may offer to "repair" the file);
 *  - charts and their embedded workbooks are numbered from 1 in each file (pptxgenjs counts across files);
 *  - every zip entry, and the document properties, carry the data's release date instead of the build time,
 *    so the same data gives the same bytes;
 *  - shapes get alt text (pptxgenjs writes it for pictures and charts only).
 */
import JSZip from 'jszip';
import { MARK_LOOKS, type MarkLook } from '../../model/bound';
import type { BoundKind } from '../../model/bound-kind';
import { escapeXml as xml } from '../escape';
import { rezip } from '../zip';

export interface ChartLabels {
  points: { text: string; kind: BoundKind }[];
}

export interface FinishOptions {
  /** One entry per addChart call, in call order. */
  charts: readonly ChartLabels[];
  /** Alt text by shape name. */
  alt: ReadonlyMap<string, string>;
  /** ISO date-time written in place of the build time. */
  date: string;
}

function labelXml(idx: number, textValue: string): string {
  return (
    `<c:dLbl><c:idx val="${idx}"/>` +
    `<c:tx><c:rich><a:bodyPr wrap="none"/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" b="1" sz="1800"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:latin typeface="Arial"/></a:rPr><a:t>${xml(textValue)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`
  );
}

const BAR = '1F4E79';

/**
 * The fill of one bar, as the bound rule's DrawingML look says (lib/model/bound.ts MARK_LOOKS): an upper bound fades
 * in from zero, a lower bound is striped, an approximate point has a dashed outline. Null: the series' solid fill.
 */
export function pointFillXml(look: MarkLook['drawingml']): string | null {
  const line = (dash: boolean) =>
    `<a:ln w="19050"><a:solidFill><a:srgbClr val="${BAR}"/></a:solidFill>${dash ? '<a:prstDash val="dash"/>' : ''}</a:ln>`;
  switch (look) {
    case 'solid':
      return null;
    case 'dashed-outline':
      return `<a:solidFill><a:srgbClr val="${BAR}"/></a:solidFill>${line(true)}`;
    case 'gradient-in':
      return `<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="${BAR}"><a:alpha val="0"/></a:srgbClr></a:gs><a:gs pos="100000"><a:srgbClr val="${BAR}"/></a:gs></a:gsLst><a:lin ang="0" scaled="0"/></a:gradFill>${line(false)}`;
    case 'stripes':
      return `<a:pattFill prst="horz"><a:fgClr><a:srgbClr val="${BAR}"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>${line(true)}`;
  }
}

function pointXml(idx: number, fill: string): string {
  return `<c:dPt><c:idx val="${idx}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr>${fill}</c:spPr></c:dPt>`;
}

/** Labels and fills of one bar chart's only series; drops axis ids no axis declares. */
export function finishChartXml(chart: string, labels: ChartLabels, where: string): string {
  const declared = new Set(
    [...chart.matchAll(/<c:(?:valAx|catAx|dateAx|serAx)>\s*<c:axId val="(\d+)"\/>/g)].map((m) => m[1]),
  );
  let out = chart.replace(/(<c:barChart>[\s\S]*?)(<c:axId val="\d+"\/>\s*)+(?=<\/c:barChart>)/g, (_m, head: string) => {
    const ids = [..._m.slice(head.length).matchAll(/<c:axId val="(\d+)"\/>/g)].map((x) => x[1]!);
    return (
      head +
      ids
        .filter((id) => declared.has(id))
        .map((id) => `<c:axId val="${id}"/>`)
        .join('')
    );
  });
  const series = out.match(/<c:ser>/g)?.length ?? 0;
  if (series !== 1) throw new Error(`${where}: expected one series, found ${series}`);
  const count = Number(/<c:val>[\s\S]*?<c:ptCount val="(\d+)"\/>/.exec(out)?.[1]);
  if (count !== labels.points.length)
    throw new Error(`${where}: ${count} points in the chart, ${labels.points.length} labels`);
  const dPts = labels.points
    .map((p, i) => {
      const fill = pointFillXml(MARK_LOOKS[p.kind].drawingml);
      return fill === null ? '' : pointXml(i, fill);
    })
    .join('');
  const dLbls = labels.points.map((p, i) => labelXml(i, p.text)).join('');
  out = out.replace(
    /<c:invertIfNegative val="0"\/>\s*<c:dLbls>/,
    (_m) => `<c:invertIfNegative val="0"/>${dPts}<c:dLbls>${dLbls}`,
  );
  if (!out.includes(dLbls)) throw new Error(`${where}: no data-label block to fill`);
  return out;
}

function fixDates(text: string, date: string): string {
  return text.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${date}$2`);
}

export async function finishPptx(bytes: Uint8Array, opts: FinishOptions): Promise<Uint8Array> {
  const date = new Date(opts.date);
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
  const chartNums = names
    .map((n) => /^ppt\/charts\/chart(\d+)\.xml$/.exec(n)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number)
    .sort((a, b) => a - b);
  if (chartNums.length !== opts.charts.length)
    throw new Error(`pptx: ${chartNums.length} charts written, ${opts.charts.length} expected`);
  const renum = new Map(chartNums.map((n, i) => [n, i + 1]));
  const rename = (s: string) =>
    s.replace(/(chart|Microsoft_Excel_Worksheet)(\d+)(\.xml|\.xlsx)/g, (m, base: string, n: string, ext: string) =>
      renum.has(Number(n)) ? `${base}${renum.get(Number(n))}${ext}` : m,
    );
  const out: [string, Uint8Array | string][] = [];
  for (const name of names) {
    const target = rename(name);
    if (name.endsWith('.xlsx')) {
      // The embedded workbook is a zip of its own, with its own build time.
      const inner = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
      const innerFiles: [string, Uint8Array | string][] = [];
      for (const n of Object.keys(inner.files).filter((x) => !inner.files[x]!.dir)) {
        innerFiles.push([
          n,
          n === 'docProps/core.xml'
            ? fixDates(await inner.file(n)!.async('string'), opts.date)
            : await inner.file(n)!.async('uint8array'),
        ]);
      }
      out.push([target, await rezip(innerFiles, date)]);
    } else if (/\.(xml|rels)$/.test(name)) {
      let text = rename(await zip.file(name)!.async('string'));
      if (name === 'docProps/core.xml') text = fixDates(text, opts.date);
      const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(target);
      if (chart) text = finishChartXml(text, opts.charts[Number(chart[1]) - 1]!, target);
      if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) {
        text = text.replace(/<p:cNvPr id="(\d+)" name="([^"]*)">/g, (m, id: string, nm: string) => {
          const alt = opts.alt.get(nm.replace(/&amp;/g, '&'));
          return alt === undefined ? m : `<p:cNvPr id="${id}" name="${nm}" descr="${xml(alt)}">`;
        });
      }
      out.push([target, text]);
    } else {
      out.push([target, await zip.file(name)!.async('uint8array')]);
    }
  }
  return rezip(out, date);
}
