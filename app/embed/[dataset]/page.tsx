import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedPage, embedMetadata } from '../../../components/EmbedPage';
import { pageCharts } from '../../../lib/charts/registry';
import { DATASET_IDS, getDataset } from '../../../lib/datasets/datasets';
import { embedPath, sharePath } from '../../../lib/site/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return DATASET_IDS.map((dataset) => ({ dataset }));
}

export async function generateMetadata({ params }: { params: Promise<{ dataset: string }> }): Promise<Metadata> {
  const { dataset } = await params;
  return embedMetadata(pageCharts(dataset)[0], embedPath(dataset), sharePath(dataset));
}

/** The dataset's first chart. */
export default async function EmbedFirstChart({ params }: { params: Promise<{ dataset: string }> }) {
  const { dataset } = await params;
  const ds = getDataset(dataset);
  const c = pageCharts(dataset)[0];
  if (!ds || !c) notFound();
  return <EmbedPage chart={c} datasetTitle={ds.title} />;
}
