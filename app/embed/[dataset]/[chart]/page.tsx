import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage } from '../../../../components/EmbedPage';
import { chartOf, getCharts } from '../../../../lib/chart-registry';
import { getDataset } from '../../../../lib/datasets';
import { shareMeta } from '../../../../lib/share-image';
import { siteUrl } from '../../../../lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCharts().filter((c) => c.spec.onPage).map((c) => ({ dataset: c.datasetId, chart: c.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ dataset: string; chart: string }> }): Promise<Metadata> {
  const { dataset, chart } = await params;
  const c = chartOf(dataset, chart);
  return c ? { title: c.title, description: c.subtitle, robots: { index: false }, ...shareMeta(c, `/share/${c.datasetId}/${c.id}.png`, `${siteUrl()}/embed/${c.datasetId}/${c.id}`, siteUrl()) } : { title: 'Not found' };
}

export default async function EmbedChart({ params }: { params: Promise<{ dataset: string; chart: string }> }) {
  const { dataset, chart } = await params;
  const c = chartOf(dataset, chart);
  const ds = getDataset(dataset);
  if (!c || !ds || !c.spec.onPage) notFound();
  return <EmbedPage chart={c} datasetTitle={ds.title} />;
}
