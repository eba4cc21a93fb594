import PptxGenJS from 'pptxgenjs';
import { getDataset, getDatasets } from '../../../lib/datasets';
import { PPTX_TYPE, pptxFiles, pptxOf } from '../../../lib/pptx-deck';
import { dataPackage, datasetCsv, datasetJson, downloadFiles } from '../../../lib/serialize';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...downloadFiles(getDatasets()), ...pptxFiles().map((f) => f.file)].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'datapackage.json') {
    return Response.json(dataPackage(getDatasets()), { headers: { 'Content-Disposition': 'inline; filename="datapackage.json"' } });
  }
  const deck = pptxFiles().find((f) => f.file === file);
  if (deck) {
    const bytes = await pptxOf(PptxGenJS, deck.ids);
    return new Response(bytes as BodyInit, { headers: { 'Content-Type': PPTX_TYPE, 'Content-Disposition': `attachment; filename="${file}"` } });
  }
  const match = /^([a-z0-9-]+)\.(csv|json)$/.exec(file);
  const ds = match ? getDataset(match[1] as string) : undefined;
  if (!match || !ds) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (match[2] === 'csv') {
    return new Response(datasetCsv(ds), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${ds.id}.csv"` },
    });
  }
  return Response.json(datasetJson(ds), { headers: { 'Content-Disposition': `inline; filename="${ds.id}.json"` } });
}
