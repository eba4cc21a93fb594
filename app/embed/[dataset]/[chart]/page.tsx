import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage, embedMetadata } from '../../../../components/EmbedPage';
import { chartOf, getCharts } from '../../../../lib/charts/registry';
import { getDataset } from '../../../../lib/datasets/datasets';
import { embedPath, sharePath } from '../../../../lib/site/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCharts()
    .filter((c) => c.spec.onPage)
    .map((c) => ({ dataset: c.datasetId, chart: c.id }));
}

export async function generateMetadata({
  params,
}: {
  params: Promise<{ dataset: string; chart: string }>;
}): Promise<Metadata> {
  const { dataset, chart } = await params;
  return embedMetadata(chartOf(dataset, chart), embedPath(dataset, chart), sharePath(dataset, chart));
}

export default async function EmbedChart({ params }: { params: Promise<{ dataset: string; chart: string }> }) {
  const { dataset, chart } = await params;
  const c = chartOf(dataset, chart);
  const ds = getDataset(dataset);
  if (!c || !ds || !c.spec.onPage) notFound();
  return <EmbedPage chart={c} datasetTitle={ds.title} />;
}
