/** Text that travels with a chart or a slide: source lines, claim lines, descriptions. Pure. */
import { REPORT } from '../../data/report';
import { CLAIM_TYPE_MEANING } from '../model/claims';
import { footnoteLabel, formatFigure, shortCitation } from '../model/format';
import type { FigureRow, Row } from '../model/schema';

/** How every chart's source line begins: the report, its publisher's short name, its year. */
export const CHART_SOURCE = `Source: “${REPORT.title}”, AIR Center, ${REPORT.year}`;

/** "Report section 2 (title), footnote 15: <citation>." */
export function sourceLineText(row: Pick<Row, 'section' | 'footnote' | 'source'>): string {
  const title = REPORT.sections[row.section];
  return `Report section ${row.section}${title ? ` (${title})` : ''}, ${footnoteLabel(row.footnote)}${row.footnote !== null ? `: ${row.source}` : `. ${row.source}`}`;
}

/** Text cut at a word boundary to at most `max` characters, with "…" where it was cut; never mid-word. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:.]+$/, '')}…`;
}

/** A bar's accessible name and tooltip: the figure with its qualifier and claim type, then where the report gives it. */
export function markLabel(row: FigureRow): string {
  return `${row.label}: ${formatFigure(row)} (${row.qualifier}; ${row.claimType}). ${cutAtWord(sourceLineText(row), 180)}`;
}

export function claimSummary(rows: readonly Row[]): string {
  const types = [...new Set(rows.map((r) => r.claimType))];
  const quals = [...new Set(rows.flatMap((r) => ('qualifier' in r ? [r.qualifier] : [])))];
  return `Claim type: ${types.join(', ')}.${quals.length ? ` Qualifiers: ${quals.join(', ')}.` : ''}${types.includes('derived') ? ` Derived: ${CLAIM_TYPE_MEANING.derived}` : ''}`;
}

/** The chart's source line: each section and footnote of the stored rows it shows, with the cited source. */
export function sourceSummary(rows: readonly Row[]): string {
  const parts = new Map<string, string>();
  for (const r of rows) {
    if (r.claimType === 'derived') continue;
    const key = `${r.section}|${r.footnote ?? 'none'}`;
    if (!parts.has(key)) {
      parts.set(
        key,
        r.footnote !== null
          ? `section ${r.section}, footnote ${r.footnote} (${shortCitation(r.source)})`
          : `section ${r.section}, no footnote (${r.source.replace(/^No footnote;\s*/, '').replace(/\.$/, '')})`,
      );
    }
  }
  return `${CHART_SOURCE}: ${[...parts.values()].join('; ')}.`;
}

export function describeRows(rows: readonly FigureRow[]): string {
  return rows.map((r) => `${r.label}: ${formatFigure(r)}`).join('; ');
}

/** A compact source line for a projector: sections and footnotes of what the slide shows. */
export function slideSourceLine(rows: readonly Row[]): string {
  const stored = rows.filter((r) => r.claimType !== 'derived');
  const sections = [...new Set(stored.map((r) => r.section))].sort();
  const notes = [...new Set(stored.map((r) => r.footnote).filter((f): f is number => f !== null))].sort(
    (a, b) => a - b,
  );
  const none = stored.some((r) => r.footnote === null);
  const parts = [`section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}`];
  if (notes.length) parts.push(`footnote${notes.length > 1 ? 's' : ''} ${notes.join(', ')}`);
  if (none) parts.push(notes.length ? 'some figures without footnote' : 'no footnote');
  return `Source: AIR Center, “${REPORT.title.replace(/:.*$/, '')}” (${REPORT.year}), ${parts.join('; ')}.`;
}

export function slideClaimLine(rows: readonly Row[]): string {
  const types = [...new Set(rows.map((r) => r.claimType))];
  const quals = [...new Set(rows.flatMap((r) => ('qualifier' in r ? [r.qualifier] : [])))];
  return `Claim type: ${types.join(', ')}${quals.length ? ` · qualifiers: ${quals.join(', ')}` : ''}`;
}

/** The source line of the title and closing slides. */
export function reportSourceLine(): string {
  return `Source: ${REPORT.publisher}, “${REPORT.title}”, ${REPORT.place} ${REPORT.year}.`;
}
