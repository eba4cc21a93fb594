import { downloadResponse, downloads } from '../../../lib/outputs/downloads';
import { WRITERS } from '../writers';

// Every download is written at build (the server and the static copy serve the same bytes).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return downloads()
    .filter((d) => !d.name.includes('/'))
    .map((d) => ({ file: d.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  return (
    (await downloadResponse(file, WRITERS)) ??
    new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  );
}
