/** Locating the report's converted text for the verbatim check (Node only; used by tests). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPORT_FILE_NAME = '000_16256d2de4858fcf.txt';

export function reportTextCandidates(cwd = process.cwd()): string[] {
  const fromEnv = process.env.REPORT_TEXT ? [resolve(process.env.REPORT_TEXT)] : [];
  const dirs = ['../shared/source', '../../shared/source', 'shared/source'].map((d) => resolve(cwd, d, REPORT_FILE_NAME));
  return [...new Set([...fromEnv, ...dirs, resolve('/work/shared/source', REPORT_FILE_NAME)])];
}

export function findReportText(cwd = process.cwd()): { path: string; text: string } | null {
  for (const path of reportTextCandidates(cwd)) {
    if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
  }
  return null;
}
