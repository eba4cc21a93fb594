import { RESIZE_SCRIPT } from '../../lib/site/embed';

// The script a page that embeds a chart loads beside the iframe: it sets the iframe's height.
export const dynamic = 'force-static';

export function GET() {
  return new Response(RESIZE_SCRIPT, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
