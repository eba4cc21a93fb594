/**
 * No figure of the report is typed outside data/: titles, headlines and labels are composed from the rows.
 * Looks through app/, components/ and lib/ (tests excluded) for each figure's printed wording, its formatted
 * form and its value written with thousands separators.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPORT } from '../../data/report';
import { getDatasets } from './datasets';
import { formatFigure } from '../model/format';
import type { FigureRow } from '../model/schema';

const root = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(tsx?|mjs|js|css)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.mts$/.test(name) ? [rel] : [];
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways a figure could be typed. Wording that is part of the report's title ("44-Day") is its name, not a figure. */
export function needlesOf(row: FigureRow): string[] {
  const out = new Set<string>();
  const title = REPORT.title.toLowerCase();
  for (const w of [row.printed, formatFigure(row)]) {
    // Short wordings ("15", "to 1", "20%") occur in code for other reasons; four characters and more are specific.
    if (w.trim().length >= 5 && !title.includes(w.toLowerCase())) out.add(w);
  }
  if (Math.abs(row.value) >= 1000 && Number.isInteger(row.value)) {
    const digits = String(Math.abs(row.value));
    out.add(digits.replace(/\B(?=(\d{3})+$)/g, ','));
    out.add(digits.replace(/\B(?=(\d{3})+$)/g, '_'));
  }
  return [...out];
}

export function typedFigures(
  files: readonly string[],
  rows: readonly FigureRow[],
  read: (f: string) => string,
): string[] {
  const found: string[] = [];
  for (const f of files) {
    const text = read(f);
    for (const r of rows) {
      for (const n of needlesOf(r)) {
        const re = new RegExp(`(^|[^\\w,])${escapeRe(n)}(?![\\w,])`, 'i');
        const m = re.exec(text);
        if (m) found.push(`${f}:${text.slice(0, m.index).split('\n').length}: "${n}" (${r.id})`);
      }
    }
  }
  return found;
}

const rows = getDatasets().flatMap((d) => (d.kind === 'figures' ? d.rows : []));
const files = ['app', 'components', 'lib'].flatMap(sourceFiles);

describe('no typed figures', () => {
  it('finds no figure of the report typed in app/, components/ or lib/', () => {
    assert.ok(files.length > 40, `looked at ${files.length} files`);
    assert.deepEqual(
      typedFigures(files, rows, (f) => readFileSync(join(root, f), 'utf8')),
      [],
    );
  });

  it('would notice a typed headline, a typed bound and a typed value', () => {
    const byId = (id: string) => rows.find((r) => r.id === id)!;
    const sample = [byId('agdam-mines'), byId('combatants-killed-official'), byId('azerbaijan-arms-imports-2011-2020')];
    const fake: Record<string, string> = {
      'a.ts': "headline: 'Minefield maps: nearly 97,000 mines'",
      'b.tsx': '<p>“Up to seven thousand” combatants</p>',
      'c.ts': 'const v = 3_274_000_000;',
      'd.ts': 'const ok = 97000.5; // 197,000 and 7,0001 are other numbers',
    };
    const hits = typedFigures(Object.keys(fake), sample, (f) => fake[f]!);
    assert.ok(
      hits.some((h) => h.startsWith('a.ts') && h.includes('agdam-mines')),
      hits.join('\n'),
    );
    assert.ok(
      hits.some((h) => h.startsWith('b.tsx') && h.includes('combatants-killed-official')),
      hits.join('\n'),
    );
    assert.ok(
      hits.some((h) => h.startsWith('c.ts') && h.includes('azerbaijan-arms-imports')),
      hits.join('\n'),
    );
    assert.ok(!hits.some((h) => h.startsWith('d.ts')), hits.join('\n'));
  });
});
