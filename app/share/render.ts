import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import type { ResolvedChart } from '../../lib/charts/resolve';
import { shareSvg, SHARE_W } from '../../lib/outputs/share-image';
import { siteUrl } from '../../lib/site/urls';

// The fonts come from npm (dejavu-fonts-ttf), not from the machine that builds: the same image everywhere.
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) =>
  join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf', f),
);

/** A chart's share image as a PNG response (at build: the routes are static). */
export function sharePng(chart: ResolvedChart): Response {
  const png = new Resvg(shareSvg(chart, siteUrl()), {
    fitTo: { mode: 'width', value: SHARE_W },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
