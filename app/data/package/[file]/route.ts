import { downloadResponse, downloads } from '../../../../lib/outputs/downloads';
import { WRITERS } from '../../writers';

// The data package's CSVs (no byte-order mark), beside /data/datapackage.json.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return downloads()
    .filter((d) => d.name.startsWith('package/'))
    .map((d) => ({ file: d.name.slice('package/'.length) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return (
    (await downloadResponse(`package/${file}`, WRITERS)) ??
    new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  );
}
