import { REPORT } from '../../data/report';
import type { Slide } from '../../lib/deck';
import { footnoteLabel, formatFigure, formatNumber, formatPartialDate, qualifierPrefix } from '../../lib/format';
import { CLAIM_TYPES, type Dataset, type Row } from '../../lib/schema';
import { reportCitation } from '../../lib/serialize';
import { BarPanelSvg } from '../charts/BarPanelSvg';
import { describeRows } from '../charts/BoundedBars';
import { TimelineSvg } from '../charts/TimelineChart';
import { waffle } from '../../lib/geometry/waffle';

export function slideRows(slide: Slide): Row[] {
  const b = slide.body;
  switch (b.type) {
    case 'bars':
    case 'cards':
      return b.rows;
    case 'waffle':
      return [b.row, ...b.rows];
    case 'timeline':
      return b.events;
    default:
      return [];
  }
}

/** A compact source line for a projector: sections and footnotes of what the slide shows. */
export function slideSourceLine(rows: readonly Row[]): string {
  const stored = rows.filter((r) => r.claimType !== 'derived');
  const sections = [...new Set(stored.map((r) => r.section))].sort();
  const notes = [...new Set(stored.map((r) => r.footnote).filter((f): f is number => f !== null))].sort((a, b) => a - b);
  const none = stored.some((r) => r.footnote === null);
  const parts = [`section${sections.length > 1 ? 's' : ''} ${sections.join(', ')}`];
  if (notes.length) parts.push(`footnote${notes.length > 1 ? 's' : ''} ${notes.join(', ')}`);
  if (none) parts.push(notes.length ? 'some figures without footnote' : 'no footnote');
  return `Source: AIR Center, “The 44-Day Karabakh War” (2021), ${parts.join('; ')}.`;
}

export function slideClaimLine(rows: readonly Row[]): string {
  const types = [...new Set(rows.map((r) => r.claimType))];
  const quals = [...new Set(rows.flatMap((r) => ('qualifier' in r ? [r.qualifier] : [])))];
  return `Claim type: ${types.join(', ')}${quals.length ? ` · qualifiers: ${quals.join(', ')}` : ''}`;
}

function Notes({ slide, rows, dataset }: { slide: Slide; rows: readonly Row[]; dataset: Dataset | undefined }) {
  return (
    <aside className="notes" aria-label="Speaker notes" data-notes={slide.key}>
      <h3>Speaker notes</h3>
      {rows.length > 0 ? (
        <ul>
          {rows.map((r) => (
            <li key={r.id}>
              “{r.quote}” — section {r.section}, {footnoteLabel(r.footnote)}: {r.source} <em>({r.claimType})</em>
            </li>
          ))}
        </ul>
      ) : (
        <p>{reportCitation()}</p>
      )}
      {dataset ? (
        <>
          <h4>Caveats</h4>
          <ul>
            {dataset.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}

function Body({ slide }: { slide: Slide }) {
  const b = slide.body;
  switch (b.type) {
    case 'title':
      return (
        <div className="slide-title-body">
          <p className="slide-kicker">Figures from the report</p>
          <p className="slide-big">{REPORT.title}</p>
          <p>
            {REPORT.publisher}, {REPORT.place}, {REPORT.year}. Authors: {REPORT.authors.join(', ')}.
          </p>
          <p className="slide-standpoint">Published by a think tank of one party to the conflict. Every figure is the report’s own, attributed; derived values are labelled.</p>
          <p className="slide-hint no-print">→ / Space next · ← back · F full screen · N notes</p>
        </div>
      );
    case 'closing': {
      return (
        <div className="slide-closing">
          <p>Every figure with its section, footnote, cited source and verbatim phrase: the dataset pages, the downloads, and /sources.</p>
          <h3>Caveats to keep in mind</h3>
          <ul>
            <li>The report is by a think tank of one party to the conflict; figures are its claims, attributed.</li>
            <li>“Up to”, “nearly” and “over” are bounds, not points; “about” and “some” are approximate.</li>
            <li>Casualty totals have no footnote; the map accuracy is a statement by a party; arms imports are SIPRI trend-indicator values printed as dollars.</li>
            <li>Derived values (ratios, totals, the mapped-mines illustration) are computed here, not in the report.</li>
          </ul>
        </div>
      );
    }
    case 'bars':
      return (
        <div className="slide-chart">
          <BarPanelSvg rows={b.rows} width={620} uid={`slide-${slide.key}`} title={slide.headline} description={describeRows(b.rows)} />
        </div>
      );
    case 'waffle': {
      const w = waffle(b.row.value, { cell: 20, gap: 3 });
      return (
        <div className="slide-split">
          <div className="slide-waffle">
            <svg className="chart-svg" viewBox={`-2 -2 ${w.width + 4} ${w.height + 4}`} role="img" aria-label={`${w.filled} of 100 cells: ${b.row.printed}`}>
              {w.cells.map((c) => (
                <rect key={c.index} x={c.x} y={c.y} width={c.size} height={c.size} rx={2} className={c.filled ? 'cell filled' : 'cell empty'} />
              ))}
            </svg>
            <p className="slide-caption">Stated accuracy: {b.row.printed} (statement by a party)</p>
          </div>
          <div className="slide-chart">
            <BarPanelSvg rows={b.rows} width={520} uid={`slide-${slide.key}`} title="Mines on the maps" description={describeRows(b.rows)} />
          </div>
        </div>
      );
    }
    case 'timeline':
      return (
        <div className="slide-chart slide-timeline">
          <TimelineSvg events={b.events} width={880} uid={`slide-${slide.key}`} title={slide.headline} compact />
        </div>
      );
    case 'cards':
      return (
        <ul className="slide-cards">
          {b.rows.map((r) => {
            // Units formatFigure writes with the number ("24%", "$3.274 billion", "12 km"); others get a smaller unit label.
            const unitInline = r.unit === '%' || r.unit === 'US$' || r.unit === 'km';
            return (
              <li key={r.id}>
                <span className="slide-card-figure">
                  {unitInline ? formatFigure(r) : `${qualifierPrefix(r.qualifier)}${formatNumber(r.value)}`}{' '}
                  {unitInline ? null : <span className="slide-card-unit">{r.unit}</span>}
                </span>
                <span className="slide-card-label">{r.label}</span>
                <span className="slide-card-meta">
                  {r.qualifier} · {r.claimType} · §{r.section}, {r.footnote === null ? 'no fn.' : `fn. ${r.footnote}`}
                  {r.date ? ` · ${formatPartialDate(r.date)}` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      );
  }
}

export function SlideView({ slide, datasets }: { slide: Slide; datasets: readonly Dataset[] }) {
  const rows = slideRows(slide);
  const dataset = datasets.find((d) => d.id === slide.datasetId);
  return (
    <section className={`slide slide-${slide.body.type}`} data-slide-key={slide.key} data-dataset={slide.datasetId ?? ''} aria-roledescription="slide" aria-label={slide.headline}>
      <h2 className="slide-headline">{slide.headline}</h2>
      <div className="slide-body">
        <Body slide={slide} />
      </div>
      <footer className="slide-footer">
        <p className="slide-source" data-testid="slide-source">
          {slide.body.type === 'title' || slide.body.type === 'closing' ? `Source: ${REPORT.publisher}, “${REPORT.title}”, ${REPORT.place} ${REPORT.year}.` : slideSourceLine(rows)}
        </p>
        <p className="slide-claim">
          {slide.body.type === 'title' || slide.body.type === 'closing' ? `Claim types used: ${CLAIM_TYPES.join(', ')}` : slideClaimLine(rows)}
        </p>
      </footer>
      <Notes slide={slide} rows={rows} dataset={dataset} />
    </section>
  );
}
