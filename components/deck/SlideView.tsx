import type { ReactNode } from 'react';
import { reportSourceLine, slideClaimLine, slideSourceLine } from '../../lib/charts/text';
import type { ChartKind, ResolvedChart } from '../../lib/charts/resolve';
import {
  cardMeta,
  CLOSING_POINTS,
  closingIntro,
  titleSlideText,
  TITLE_KICKER,
  FRAMING_CLAIM_LINE,
  slideNotes,
  slideRows,
  waffleCaption,
  type Slide,
} from '../../lib/deck/deck';
import { boundKind } from '../../lib/model/bound-kind';
import { markName, markValueParts } from '../../lib/model/labels';
import { waffle } from '../../lib/charts/geometry/waffle';
import type { Dataset, EventRow, FigureRow } from '../../lib/model/schema';
import { reportCitation } from '../../lib/outputs/serialize';
import { BarPanelSvg } from '../charts/BarPanelSvg';
import { TimelineSvg } from '../charts/TimelineSvg';
import { MapSvg } from '../charts/MapSvg';
import { WaffleCells } from '../charts/WaffleCells';

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

interface SlideChartProps {
  chart: ResolvedChart;
  slide: Slide;
  width: number;
  dataset: Dataset | undefined;
}

/** The web deck's renderer of each kind of chart; `width` is the SVG's layout width. */
const SLIDE_CHART: Record<ChartKind, (p: SlideChartProps & { uid: string; title: string }) => ReactNode> = {
  // The map at the slide's width, its places labelled; the source line names the boundaries and the gazetteer.
  map: ({ chart: c, uid }) => (
    <div className="slide-chart slide-map">
      <MapSvg chart={c} width={960} uid={uid} interactive={false} />
    </div>
  ),
  'bounded-bars': ({ chart: c, width, uid, title }) => (
    <div className="slide-chart">
      <BarPanelSvg rows={c.rows as FigureRow[]} width={width} uid={uid} title={title} description={c.description} />
    </div>
  ),
  // One panel per unit, as on the page: unlike quantities never share an axis.
  'grouped-bars': ({ chart: c, width, uid }) => (
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
  ),
  waffle: ({ chart: c, dataset }) => {
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
          <WaffleCells cells={w.cells} />
        </svg>
        <p className="slide-caption">{waffleCaption(c, dataset)}</p>
      </div>
    );
  },
  'time-axis': ({ chart: c, uid, title }) => (
    <div className="slide-chart slide-timeline">
      <TimelineSvg events={c.rows as EventRow[]} width={880} uid={uid} title={title} compact />
    </div>
  ),
  'figure-cards': ({ chart: c }) => (
    <ul className="slide-cards">
      {(c.rows as FigureRow[]).map((r) => {
        const { figure, unit } = markValueParts(r);
        return (
          <li key={r.id} data-row-id={r.id} data-bound={boundKind(r.qualifier)}>
            <span className="slide-card-figure">
              {figure}
              {unit ? <span className="slide-card-unit"> {unit}</span> : null}
            </span>
            <span className="slide-card-label">{markName(r)}</span>
            <span className="slide-card-meta">{cardMeta(r)}</span>
          </li>
        );
      })}
    </ul>
  ),
};

function SlideChart(props: SlideChartProps) {
  const { chart: c, slide } = props;
  const title = slide.charts.length === 1 ? slide.headline : c.title;
  return SLIDE_CHART[c.kind]({ ...props, uid: `slide-${slide.key}-${c.id}`, title });
}

function Body({ slide, dataset }: { slide: Slide; dataset: Dataset | undefined }) {
  switch (slide.layout) {
    case 'title': {
      const t = titleSlideText(reportCitation());
      return (
        <div className="slide-title-body">
          <p className="slide-citation">{t.citation}</p>
          <p className="slide-standpoint">{t.standpoint}</p>
          <p>{t.release}</p>
          <p className="slide-hint no-print">→ / Space next · ← back · F full screen · N notes</p>
        </div>
      );
    }
    case 'closing':
      return (
        <div className="slide-closing">
          <p>{closingIntro()}</p>
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
      {slide.layout === 'title' ? <p className="slide-kicker">{TITLE_KICKER}</p> : null}
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
