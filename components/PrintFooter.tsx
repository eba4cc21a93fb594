import { RELEASE } from '../data/release';
import { siteUrl } from '../lib/site/urls';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\A ')}"`;
}

/**
 * The line a printed page carries at its foot: the page's address (SITE_URL) and the data's version, on every
 * sheet (an @page margin box) and once at the end of the text (for a reader that drops margin boxes). Screen: none.
 */
export function PrintFooter({ path }: { path: string }) {
  const address = `${siteUrl()}${path}`;
  const line = `${address} · data version ${RELEASE.version} (${RELEASE.date})`;
  return (
    <>
      <style>{`@page{@bottom-left{content:${cssString(line)};font:8pt system-ui,sans-serif;color:#333}@bottom-right{content:counter(page) " / " counter(pages);font:8pt system-ui,sans-serif;color:#333}}`}</style>
      <p className="print-only print-footer" data-testid="print-footer">
        Printed from {address}. Data version {RELEASE.version} ({RELEASE.date}).
      </p>
    </>
  );
}
