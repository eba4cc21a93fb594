/**
 * Locating the report's converted text for the verbatim check (Node only; used by tests): the file named by
 * REPORT_TEXT, else `shared/source/` beside the project's folder (where the workplace keeps it), else inside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPORT_FILE_NAME = '000_16256d2de4858fcf.txt';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

export function reportTextCandidates(): string[] {
  const fromEnv = process.env.REPORT_TEXT ? [resolve(process.env.REPORT_TEXT)] : [];
  const dirs = ['../shared/source', 'shared/source'].map((d) => resolve(PROJECT, d, REPORT_FILE_NAME));
  return [...new Set([...fromEnv, ...dirs])];
}

export function findReportText(): { path: string; text: string } | null {
  for (const path of reportTextCandidates()) {
    if (existsSync(path)) return { path, text: readFileSync(path, 'utf8') };
  }
  return null;
}
