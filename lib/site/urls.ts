/**
 * Every address of the site, built in one place (pages, downloads, embeds, share images, the deck), and the site's
 * public address for links that leave it (workbook rows, citations, share images): SITE_URL at build time (e.g.
 * https://figures.example.org), else the local server's address. Imports nothing, so client code may use it.
 */
export function siteUrl(): string {
  const raw = (typeof process !== 'undefined' ? process.env.SITE_URL : undefined) ?? 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

/** A dataset's page, or one of its rows on it. */
export function datasetPath(datasetId: string, rowId?: string): string {
  return `/datasets/${datasetId}${rowId === undefined ? '' : `#${rowId}`}`;
}

/** The permalink of a row: its dataset page, scrolled to the row, at the public address. */
export function rowPermalink(datasetId: string, rowId: string, base = siteUrl()): string {
  return `${base}${datasetPath(datasetId, rowId)}`;
}

/** A chart's embed, or a dataset's first chart's. */
export function embedPath(datasetId: string, chartId?: string): string {
  return chartId === undefined ? `/embed/${datasetId}` : `/embed/${datasetId}/${chartId}`;
}

/** The share image of a dataset page (its first chart) or of one chart. */
export function sharePath(datasetId: string, chartId?: string): string {
  return chartId === undefined ? `/share/${datasetId}.png` : `/share/${datasetId}/${chartId}.png`;
}

/** A download under /data/. */
export function dataPath(file: string): string {
  return `/data/${file}`;
}

/** The web deck, of every dataset or of the ones picked. */
export function briefPath(ids: readonly string[] = []): string {
  return ids.length ? `/brief?ids=${ids.join(',')}` : '/brief';
}
