import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Scripts the app serves itself (no CDN), written at build. pptxgenjs's browser bundle is loaded only by the
// deck builder's "Download PowerPoint" button: its npm entry imports node: modules a client bundle cannot take.
export const dynamic = 'force-static';
export const dynamicParams = false;

const FILES = ['pptxgen.bundle.js'];

export function generateStaticParams() {
  return FILES.map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!FILES.includes(file))
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // The source map is not shipped: drop the comment that would ask for it.
  const body = readFileSync(
    join(process.cwd(), 'node_modules', 'pptxgenjs', 'dist', 'pptxgen.bundle.js'),
    'utf8',
  ).replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
