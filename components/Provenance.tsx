import { REPORT } from '../data/report';
import { footnoteLabel } from '../lib/format';
import type { Row } from '../lib/schema';

/** "Report section 2 (title), footnote 15: <citation>." */
export function sourceLineText(row: Pick<Row, 'section' | 'footnote' | 'source'>): string {
  const title = REPORT.sections[row.section];
  return `Report section ${row.section}${title ? ` (${title})` : ''}, ${footnoteLabel(row.footnote)}${row.footnote !== null ? `: ${row.source}` : `. ${row.source}`}`;
}

export function Caveats({ caveats, heading = 'Caveats', level = 2 }: { caveats: readonly string[]; heading?: string; level?: 2 | 3 }) {
  if (caveats.length === 0) return null;
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <aside className="caveats" aria-label={heading}>
      <H>{heading}</H>
      <ul>
        {caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </aside>
  );
}
