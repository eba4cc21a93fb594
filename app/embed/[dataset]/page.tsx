import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage } from '../../../components/EmbedPage';
import { pageCharts } from '../../../lib/chart-registry';
import { DATASET_IDS, getDataset } from '../../../lib/datasets';
import { shareMeta } from '../../../lib/share-image';
import { siteUrl } from '../../../lib/site';

export const dynamicParams = false;

export function generateStaticParams() {
  return DATASET_IDS.map((dataset) => ({ dataset }));
}

export async function generateMetadata({ params }: { params: Promise<{ dataset: string }> }): Promise<Metadata> {
  const { dataset } = await params;
  const c = pageCharts(dataset)[0];
  return c ? { title: c.title, description: c.subtitle, robots: { index: false }, ...shareMeta(c, `/share/${dataset}.png`, `${siteUrl()}/embed/${dataset}`, siteUrl()) } : { title: 'Not found' };
}

/** The dataset's first chart. */
export default async function EmbedFirstChart({ params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const ds = getDataset(dataset);
  const c = pageCharts(dataset)[0];
  if (!ds || !c) notFound();
  return <EmbedPage chart={c} datasetTitle={ds.title} />;
}
