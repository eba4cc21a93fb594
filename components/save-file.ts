/** Hands a file made in the browser to the reader as a download (client only). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the browser to start the download of a large file.
  setTimeout(() => URL.revokeObjectURL(url), 10 * 1000);
}
