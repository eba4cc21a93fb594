import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DatasetCharts } from '../../../../components/charts/DatasetCharts';
import { DataTable } from '../../../../components/DataTable';
import { DatasetLinks } from '../../../../components/DatasetLinks';
import { CitePanel } from '../../../../components/CitePanel';
import { Downloads } from '../../../../components/Downloads';
import { pageCharts } from '../../../../lib/charts/registry';
import { columnsFor } from '../../../../lib/table/columns';
import { citationMeta, datasetJsonLd, jsonLd } from '../../../../lib/site/jsonld';
import { shareMeta } from '../../../../lib/outputs/share-image';
import { datasetPath, sharePath, siteUrl } from '../../../../lib/site/urls';
import { Caveats } from '../../../../components/Provenance';
import { OtherSources } from '../../../../components/other-sources/OtherSources';
import { DATASET_IDS, getDataset } from '../../../../lib/datasets/datasets';
import { PrintFooter } from '../../../../components/PrintFooter';
import { UseInCode } from '../../../../components/UseInCode';

export const dynamicParams = false;

export function generateStaticParams() {
  return DATASET_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const ds = getDataset(id);
  const chart = ds ? pageCharts(ds.id)[0] : undefined;
  if (!ds || !chart) return { title: 'Not found' };
  return {
    title: ds.title,
    description: ds.description,
    other: citationMeta(ds),
    ...shareMeta(chart, sharePath(ds.id), `${siteUrl()}${datasetPath(ds.id)}`, siteUrl()),
  };
}

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ds = getDataset(id);
  if (!ds) notFound();
  return (
    <article>
      <p className="muted">
        <a href="/">Overview</a> / Dataset <code>{ds.id}</code>
      </p>
      <h1>{ds.title}</h1>
      <p className="lede">{ds.description}</p>
      <p>
        <strong>Unit:</strong> {ds.unit}. <strong>Source:</strong> {ds.source}
      </p>
      <Caveats caveats={ds.caveats.map((c) => c.text)} />
      <DatasetCharts dataset={ds} />
      <OtherSources dataset={ds} />
      <h2 id="table-heading">Table of values with their provenance</h2>
      <DataTable
        kind={ds.kind}
        columns={columnsFor(ds.kind)}
        dataset={{ id: ds.id, title: ds.title }}
        rows={ds.rows}
        caption={`${ds.title}: ${ds.rows.length} rows`}
      />
      <Downloads id={ds.id} />
      <UseInCode datasetId={ds.id} />
      <CitePanel dataset={ds} />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD of our own data, escaped by jsonLd() */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(datasetJsonLd(ds)) }} />
      <nav aria-label="Other datasets">
        <h2>Other datasets</h2>
        <DatasetLinks except={ds.id} />
      </nav>
      <PrintFooter path={`/datasets/${ds.id}`} />
    </article>
  );
}
