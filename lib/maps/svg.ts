/**
 * A map layout as SVG markup: one writer for the page and embed (classes styled by the site's light and dark
 * variables; marks are one tab stop with the chart tooltip), and for pictures (PowerPoint, share card, export),
 * where the presentation attributes give the colours. Colour never carries meaning alone: areas are also hatched
 * or outlined and named in the legend, towns are circles and areas squares, routes are dashed and labelled.
 */
import type { MapLayout } from './map';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const MAP_INK = {
  land: '#f1efe8',
  focusLand: '#e4e0d2',
  border: '#8a8a8a',
  sea: '#dbe9f4',
  mines: '#b35900',
  returned: '#0072b2',
  marker: '#1a1a1a',
  route: '#8e4f80',
  text: '#1a1a1a',
};

export const ROLE_CLASS: Record<string, string> = { mines: 'area-mines', returned: 'area-returned' };

export function mapSvg(
  m: MapLayout,
  opts: {
    uid: string;
    title: string;
    description: string;
    /** Each marker's accessible name: its own text, or (`ids`) the ids of the elements that name it (the table's row). */
    names: Record<string, string | { ids: string }>;
    interactive: boolean;
  },
): string {
  const { uid } = opts;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg map-svg" viewBox="0 0 ${m.width} ${m.height}" width="${m.width}" height="${m.height}" role="group" aria-labelledby="${uid}-t ${uid}-d" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<title id="${uid}-t">${esc(opts.title)}</title><desc id="${uid}-d">${esc(opts.description)}</desc>`,
    `<defs><pattern id="${uid}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${MAP_INK.returned}" stroke-width="2" class="hatch-line"/></pattern></defs>`,
    `<g aria-hidden="true">`,
    `<rect class="map-sea" width="${m.width}" height="${m.height}" fill="${MAP_INK.sea}"/>`,
  );
  // Paint attributes once per group; every path inherits them.
  out.push(`<g fill="${MAP_INK.land}" stroke="${MAP_INK.border}" stroke-width="0.8">`);
  for (const c of m.countries) out.push(`<path class="map-land" d="${c.d}"/>`);
  out.push('</g>');
  for (const a of m.areas) {
    const fill = a.role === 'returned' ? `url(#${uid}-hatch)` : MAP_INK.mines;
    const cls = ROLE_CLASS[a.role] ?? 'area';
    out.push(
      `<path class="map-area ${cls}" d="${a.d}" fill="${fill}" fill-opacity="${a.role === 'returned' ? 1 : 0.35}" stroke="${a.role === 'returned' ? MAP_INK.returned : MAP_INK.mines}" stroke-width="1.5"${a.role === 'returned' ? ' stroke-dasharray="4 2"' : ''}/>`,
    );
  }
  for (const r of m.routes) {
    out.push(
      `<path class="map-route" d="${r.d}" fill="none" stroke="${MAP_INK.route}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    if (r.label) {
      if (r.label.leader) out.push(leader(r.label.leader));
      out.push(
        `<text class="map-route-label" x="${r.label.x.toFixed(1)}" y="${r.label.y.toFixed(1)}" font-size="${m.fontSize - 1}" font-style="italic" fill="${MAP_INK.route}">${esc(r.label.text)}</text>`,
      );
    }
  }
  // Scale bar: valid along the frame's centre; a conic conformal with these parallels keeps scale within about 1 %.
  const s = m.scale;
  out.push(
    `<g class="map-scale"><rect x="${s.x - 4}" y="${s.y - 16}" width="${Math.round(s.px + 58)}" height="24" fill="${MAP_INK.land}" fill-opacity="0.85"/>`,
    `<path d="M${s.x},${s.y - 5}V${s.y}H${(s.x + s.px).toFixed(1)}V${s.y - 5}" fill="none" stroke="${MAP_INK.text}" stroke-width="1.5"/>`,
    `<text x="${(s.x + s.px + 5).toFixed(1)}" y="${s.y + 1}" font-size="${m.fontSize - 2}" fill="${MAP_INK.text}">${s.km} km</text></g>`,
  );
  // Locator inset.
  const b = m.inset.box;
  out.push(
    `<g class="map-inset"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="${MAP_INK.sea}" stroke="${MAP_INK.text}" stroke-width="1"/>`,
    `<g class="map-inset-land" fill="${MAP_INK.land}" stroke="${MAP_INK.border}" stroke-width="0.4">`,
    ...m.inset.countries.map((d) => `<path d="${d}"/>`),
    '</g>',
    `<path d="${m.inset.frame}" fill="none" stroke="${MAP_INK.mines}" stroke-width="1.5"/></g>`,
  );
  out.push('</g>');
  // Markers: one tab stop (the first), arrows move between them in the stated order (ChartTooltip). The labels' text
  // attributes are inherited from the group, once per map.
  out.push(
    `<g class="map-places" font-size="${m.fontSize}" fill="${MAP_INK.text}" paint-order="stroke" stroke="${MAP_INK.land}" stroke-width="3" stroke-linejoin="round">`,
  );
  m.markers.forEach((k, i) => {
    const label = m.labels.find((l) => l.id === k.place.id)!;
    const name = opts.names[k.place.id] ?? k.place.name;
    const named = typeof name === 'string' ? `aria-label="${esc(name)}"` : `aria-labelledby="${name.ids}"`;
    const focus = opts.interactive ? ` tabindex="${i === 0 ? 0 : -1}" data-tip=""` : '';
    const ink = `stroke="#fff" stroke-width="1.2"`;
    const shape =
      k.shape === 'square'
        ? `<rect class="map-marker" x="${(k.x - 4.5).toFixed(1)}" y="${(k.y - 4.5).toFixed(1)}" width="9" height="9" ${ink}/>`
        : `<circle class="map-marker" cx="${k.x}" cy="${k.y}" r="4.5" ${ink}/>`;
    out.push(
      `<g class="mark map-place" role="img" ${named} data-place="${k.place.id}"${focus}>`,
      shape,
      label.leader ? leader(label.leader) : '',
      `<text class="map-label" x="${label.x}" y="${label.y}">${esc(label.text)}</text>`,
      '</g>',
    );
  });
  out.push('</g>');
  out.push('</svg>');
  return out.join('');
}

function leader([x1, y1, x2, y2]: [number, number, number, number]): string {
  return `<line class="leader" x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#4a4a4a" stroke-width="0.8"/>`;
}
