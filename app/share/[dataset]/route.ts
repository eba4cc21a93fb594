import { pageCharts } from '../../../lib/charts/registry';
import { DATASET_IDS } from '../../../lib/datasets/datasets';
import { sharePng } from '../render';

// /share/<dataset>.png: the share image of a dataset page (its first chart).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return DATASET_IDS.map((id) => ({ dataset: `${id}.png` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const chart = pageCharts(dataset.replace(/\.png$/, ''))[0];
  return chart ? sharePng(chart) : new Response('Not found', { status: 404 });
}
