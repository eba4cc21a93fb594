/**
 * The site's public address, for links that leave the site (workbook rows, citations, share images):
 * SITE_URL at build time (e.g. https://figures.example.org), else the local server's address.
 */
export function siteUrl(): string {
  const raw = (typeof process !== 'undefined' ? process.env.SITE_URL : undefined) ?? 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

/** The permalink of a row: its dataset page, scrolled to the row. */
export function rowPermalink(datasetId: string, rowId: string, base = siteUrl()): string {
  return `${base}/datasets/${datasetId}#${rowId}`;
}
