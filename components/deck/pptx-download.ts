/**
 * The deck builder's PowerPoint download, loaded on the click that needs it: pptxgenjs's browser bundle
 * (served by the app at /vendor/) and the deck model. Works from the static copy: nothing is asked of a server.
 */
import type PptxGenJS from 'pptxgenjs';
import { PPTX_TYPE, pptxOf } from '../../lib/outputs/pptx/files';
import { saveFile } from '../save-file';

declare global {
  interface Window {
    PptxGenJS?: typeof PptxGenJS;
  }
}

let loading: Promise<typeof PptxGenJS> | null = null;

function loadPptxGen(): Promise<typeof PptxGenJS> {
  if (window.PptxGenJS) return Promise.resolve(window.PptxGenJS);
  loading ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/vendor/pptxgen.bundle.js';
    s.async = true;
    s.onload = () =>
      window.PptxGenJS ? resolve(window.PptxGenJS) : reject(new Error('the PowerPoint writer did not start'));
    s.onerror = () => {
      loading = null;
      reject(new Error('the PowerPoint writer could not be loaded'));
    };
    document.head.appendChild(s);
  });
  return loading;
}

/** Build the deck of `ids` (in that order) and hand it to the browser as a download. */
export async function downloadPptx(ids: readonly string[], fileName: string): Promise<number> {
  const Pptx = await loadPptxGen();
  const bytes = await pptxOf(Pptx, ids);
  saveFile(new Blob([bytes as BlobPart], { type: PPTX_TYPE }), fileName);
  return bytes.length;
}
