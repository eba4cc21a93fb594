/** Zip files with fixed entry dates, so the same content gives the same bytes (JSZip stamps the build time otherwise). */
import JSZip from 'jszip';

export async function rezip(
  files: readonly (readonly [string, Uint8Array | string])[],
  date: Date,
): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of files) zip.file(name, data, { date, createFolders: false });
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

/** The same archive, every entry dated `date`, folder entries dropped, order kept. */
export async function normalizeZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const files: [string, Uint8Array][] = [];
  for (const name of Object.keys(zip.files))
    if (!zip.files[name]!.dir) files.push([name, await zip.file(name)!.async('uint8array')]);
  return rezip(files, date);
}
