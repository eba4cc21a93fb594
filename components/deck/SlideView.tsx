import { REPORT } from '../../data/report';
import { reportSourceLine, slideClaimLine, slideSourceLine } from '../../lib/charts/text';
import type { ResolvedChart } from '../../lib/charts/resolve';
import {
  cardMeta,
  CLOSING_POINTS,
  FRAMING_CLAIM_LINE,
  slideNotes,
  slideRows,
  waffleCaption,
  type Slide,
} from '../../lib/deck/deck';
import { figureNumber, unitInNumber } from '../../lib/model/format';
import { waffle } from '../../lib/charts/geometry/waffle';
import type { Dataset, EventRow, FigureRow } from '../../lib/model/schema';
import { reportCitation } from '../../lib/outputs/serialize';
import { BarPanelSvg } from '../charts/BarPanelSvg';
import { TimelineSvg } from '../charts/TimelineSvg';

function Notes({ slide, datasets }: { slide: Slide; datasets: readonly Dataset[] }) {
  const n = slideNotes(slide, datasets, reportCitation());
  return (
    <aside className="notes" aria-label="Speaker notes" data-notes={slide.key}>
      <h3>Speaker notes</h3>
      {n.fallback === null ? (
        <ul>
          {n.quotes.map((q) => (
            <li key={q.id}>
              {q.text} <em>({q.claimType})</em>
            </li>
          ))}
        </ul>
      ) : (
        <p>{n.fallback}</p>
      )}
      {n.caveats.length > 0 ? (
        <>
          <h4>Caveats</h4>
          <ul>
            {n.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}

/** The slide renderer of one chart spec; `width` is the SVG's layout width. */
function SlideChart({
  chart: c,
  slide,
  width,
  dataset,
}: {
  chart: ResolvedChart;
  slide: Slide;
  width: number;
  dataset: Dataset | undefined;
}) {
  const uid = `slide-${slide.key}-${c.id}`;
  const single = slide.charts.length === 1;
  switch (c.kind) {
    case 'bounded-bars':
      return (
        <div className="slide-chart">
          <BarPanelSvg
            rows={c.rows as FigureRow[]}
            width={width}
            uid={uid}
            title={single ? slide.headline : c.title}
            description={c.description}
          />
        </div>
      );
    case 'grouped-bars':
      // One panel per unit, as on the page: unlike quantities never share an axis.
      return (
        <div className="slide-chart">
          {c.panels.map((p, i) => (
            <BarPanelSvg
              key={p.title}
              rows={p.rows}
              width={width}
              uid={`${uid}-${i}`}
              title={p.title}
              description={c.description}
            />
          ))}
        </div>
      );
    case 'waffle': {
      const row = c.rows[0] as FigureRow;
      const w = waffle(row.value, { cell: 20, gap: 3 });
      return (
        <div className="slide-waffle">
          <svg
            className="chart-svg"
            viewBox={`-2 -2 ${w.width + 4} ${w.height + 4}`}
            role="img"
            aria-label={`${w.filled} of 100 cells: ${row.printed}`}
          >
            {w.cells.map((cell) => (
              <rect
                key={cell.index}
                x={cell.x}
                y={cell.y}
                width={cell.size}
                height={cell.size}
                rx={2}
                className={cell.filled ? 'cell filled' : 'cell empty'}
              />
            ))}
          </svg>
          <p className="slide-caption">{waffleCaption(c, dataset)}</p>
        </div>
      );
    }
    case 'time-axis':
      return (
        <div className="slide-chart slide-timeline">
          <TimelineSvg
            events={c.rows as EventRow[]}
            width={880}
            uid={uid}
            title={single ? slide.headline : c.title}
            compact
          />
        </div>
      );
    case 'figure-cards':
      return (
        <ul className="slide-cards">
          {(c.rows as FigureRow[]).map((r) => (
            <li key={r.id}>
              <span className="slide-card-figure">
                {/* Units not written with the number get a smaller label beside it. */}
                {figureNumber(r)} {unitInNumber(r.unit) ? null : <span className="slide-card-unit">{r.unit}</span>}
              </span>
              <span className="slide-card-label">{r.label}</span>
              <span className="slide-card-meta">{cardMeta(r)}</span>
            </li>
          ))}
        </ul>
      );
  }
}

function Body({ slide, dataset }: { slide: Slide; dataset: Dataset | undefined }) {
  switch (slide.layout) {
    case 'title':
      return (
        <div className="slide-title-body">
          <p className="slide-kicker">Figures from the report</p>
          <p className="slide-big">{REPORT.title}</p>
          <p>
            {REPORT.publisher}, {REPORT.place}, {REPORT.year}. Authors: {REPORT.authors.join(', ')}.
          </p>
          <p className="slide-standpoint">
            Published by a think tank of one party to the conflict. Every figure is the report’s own, attributed;
            derived values are labelled.
          </p>
          <p className="slide-hint no-print">→ / Space next · ← back · F full screen · N notes</p>
        </div>
      );
    case 'closing':
      return (
        <div className="slide-closing">
          <p>
            Every figure with its section, footnote, cited source and verbatim phrase: the dataset pages, the downloads,
            and /sources.
          </p>
          <h3>Caveats to keep in mind</h3>
          <ul>
            {CLOSING_POINTS.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      );
    default: {
      const [first, ...rest] = slide.charts;
      if (!first) return null;
      if (rest.length === 0) return <SlideChart chart={first} slide={slide} width={620} dataset={dataset} />;
      return (
        <div className="slide-split">
          {slide.charts.map((c) => (
            <SlideChart key={c.id} chart={c} slide={slide} width={520} dataset={dataset} />
          ))}
        </div>
      );
    }
  }
}

export function SlideView({ slide, datasets }: { slide: Slide; datasets: readonly Dataset[] }) {
  const rows = slideRows(slide);
  const dataset = datasets.find((d) => d.id === slide.datasetId);
  const framing = slide.layout === 'title' || slide.layout === 'closing';
  return (
    <section
      className={`slide slide-${slide.layout}`}
      data-slide-key={slide.key}
      data-dataset={slide.datasetId ?? ''}
      aria-roledescription="slide"
      aria-label={slide.headline}
    >
      <h2 className="slide-headline">{slide.headline}</h2>
      <div className="slide-body">
        <Body slide={slide} dataset={dataset} />
      </div>
      <footer className="slide-footer">
        <p className="slide-source" data-testid="slide-source">
          {framing ? reportSourceLine() : slideSourceLine(rows)}
        </p>
        <p className="slide-claim">{framing ? FRAMING_CLAIM_LINE : slideClaimLine(rows)}</p>
      </footer>
      <Notes slide={slide} datasets={datasets} />
    </section>
  );
}
