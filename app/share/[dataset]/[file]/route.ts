import { chartOf, getCharts } from '../../../../lib/charts/registry';
import { sharePng } from '../../render';

// /share/<dataset>/<chart>.png: the share image of one chart (its embed's og:image).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return getCharts()
    .filter((c) => c.spec.onPage)
    .map((c) => ({ dataset: c.datasetId, file: `${c.id}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string; file: string }> }) {
  const { dataset, file } = await params;
  const chart = chartOf(dataset, file.replace(/\.png$/, ''));
  return chart?.spec.onPage ? sharePng(chart) : new Response('Not found', { status: 404 });
}
