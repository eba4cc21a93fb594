import PptxGenJS from 'pptxgenjs';
import writeExcelFile from 'write-excel-file/node';
import type { Writers } from '../../lib/outputs/downloads';

/** The office-file writers, imported here only: at build, by the download routes. */
export const WRITERS: Writers = {
  Pptx: PptxGenJS,
  writeExcel: async (sheets) =>
    new Uint8Array(await writeExcelFile(sheets as Parameters<typeof writeExcelFile>[0]).toBuffer()),
};
