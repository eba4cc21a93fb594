import { pageCharts } from '../../lib/charts/registry';
import type { ResolvedChart } from '../../lib/charts/resolve';
import type { ReactNode } from 'react';
import type { ChartKind } from '../../lib/charts/resolve';
import { boundLegend } from '../../lib/model/bound';
import { boundKind } from '../../lib/model/bound-kind';
import { markName, markValue } from '../../lib/model/labels';
import { BoundLegend } from './BoundLegend';
import type { Dataset, EventRow, FigureRow } from '../../lib/model/schema';
import { BoundedBars } from './BoundedBars';
import { describeRows } from '../../lib/charts/text';
import { ResponsiveBars } from './BarPanelSvg';
import { ChartFigure, type ChartMeta } from './ChartFigure';
import { LazyRechartsBars } from './recharts/LazyRechartsBars';
import { MapChart } from './MapChart';
import { eventSteps, mapCaveat, mapSource } from '../../lib/maps/chart-map';
import { EventStepper } from './EventStepper';
import { TimelineChart } from './TimelineChart';
import { WaffleChart } from './WaffleChart';

function metaOf(c: ResolvedChart, context: 'page' | 'embed', datasetTitle?: string): ChartMeta {
  return {
    datasetId: c.datasetId,
    chart: c.id,
    title: c.title,
    subtitle: c.subtitle,
    source: c.source,
    claim: c.claim,
    caveats: c.caveats,
    context,
    datasetTitle,
  };
}

type Draw = (c: ResolvedChart, meta: ChartMeta) => ReactNode;

function notDrawn(where: string): Draw {
  return (c) => {
    throw new Error(`${c.datasetId}/${c.id}: ${c.kind} charts are not drawn ${where}`);
  };
}

/** A grouped chart's panels drawn on the server as D3 bars, one per unit. */
const serverPanels = (c: ResolvedChart) =>
  c.panels.map((p, i) => (
    <div key={p.title} className="embed-panel-chart">
      <p className="rc-panel-title">{p.title}</p>
      <ResponsiveBars
        rows={p.rows}
        uid={`${c.datasetId}-${c.id}-${i}`}
        title={p.title}
        description={describeRows(p.rows)}
      />
    </div>
  ));

/** Grouped bars as server-drawn D3 panels: an embed reads without scripts and loads no Recharts. */
const groupedPanels: Draw = (c, meta) => (
  <ChartFigure kind="d3" meta={meta}>
    {c.note ? <p className="rc-annotation">{c.note}</p> : null}
    {serverPanels(c)}
    <BoundLegend
      entries={boundLegend(
        c.panels.flatMap((p) => p.rows.map((r) => r.qualifier)),
        'svg',
      )}
    />
  </ChartFigure>
);

/** The dataset page's renderer of each kind of chart: D3 charts are server-rendered; Recharts charts load on the client. */
const PAGE: Record<ChartKind, Draw> = {
  'bounded-bars': (c, meta) => <BoundedBars rows={c.rows as FigureRow[]} meta={meta} />,
  waffle: (c, meta) => <WaffleChart row={c.rows[0] as FigureRow} meta={meta} />,
  'time-axis': (c, meta) => <TimelineChart events={c.rows as EventRow[]} meta={meta} />,
  'grouped-bars': (c, meta) => (
    <ChartFigure kind="recharts" meta={meta}>
      {/* A print (headless ones too) may come before Recharts has drawn: it shows the server-drawn panels. */}
      <div className="print-only rc-print" data-testid="print-chart">
        {c.note ? <p className="rc-print-note">{c.note}</p> : null}
        {serverPanels(c)}
      </div>
      <LazyRechartsBars
        layout={c.spec.display?.layout ?? 'horizontal'}
        height={c.spec.display?.height ?? 240}
        annotation={c.note ?? undefined}
        panels={c.panels.map((p) => ({
          title: p.title,
          unit: p.unit,
          data: p.rows.map((r, i) => ({
            id: r.id,
            name: markName(r, p.names[i]!),
            value: r.value,
            text: markValue(r),
            bound: boundKind(r.qualifier),
          })),
        }))}
      />
      <BoundLegend
        entries={boundLegend(
          c.panels.flatMap((p) => p.rows.map((r) => r.qualifier)),
          'svg',
        )}
      />
    </ChartFigure>
  ),
  'figure-cards': notDrawn('on a page (they are slides only)'),
  // A map of dated events steps through them in date order (the timeline page and /map); a map of places does not.
  map: (c, meta) => {
    const steps = eventSteps(c);
    return mapFigure(
      c,
      meta,
      steps.length > 0 ? <EventStepper events={steps} mapId={`chart-${c.datasetId}-${c.id}`} /> : undefined,
    );
  },
};

const mapFigure = (c: ResolvedChart, meta: ChartMeta, stepper?: ReactNode) => (
  <MapChart
    chart={c}
    meta={{ ...meta, source: mapSource(c), caveats: [...meta.caveats!, mapCaveat()] }}
    stepper={stepper}
  />
);

/** The embed's renderer: the page's, but grouped bars are server-drawn panels (an embed reads without scripts). */
const EMBED: Record<ChartKind, Draw> = {
  ...PAGE,
  'grouped-bars': groupedPanels,
  'figure-cards': notDrawn('in an embed'),
  // No stepper in an embed: its links and the ?event= address belong to the host's page, not the frame.
  map: (c, meta) => mapFigure(c, meta),
};

/** One chart spec drawn for the dataset page or an embed. */
export function PageChart({
  chart: c,
  context = 'page',
  datasetTitle,
}: {
  chart: ResolvedChart;
  context?: 'page' | 'embed';
  datasetTitle?: string;
}) {
  return (context === 'embed' ? EMBED : PAGE)[c.kind](c, metaOf(c, context, datasetTitle));
}

/** Every chart of a dataset page, in spec order; a chart marked `besideNext` shares a row with the next one. */
export function DatasetCharts({ dataset: ds }: { dataset: Dataset }) {
  const charts = pageCharts(ds.id);
  const blocks: ResolvedChart[][] = [];
  for (const c of charts) {
    const last = blocks.at(-1);
    if (last && last.at(-1)!.spec.display?.besideNext) last.push(c);
    else blocks.push([c]);
  }
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">{charts.length === 1 ? 'Chart' : 'Charts'}</h2>
      {blocks.map((b) =>
        b.length > 1 ? (
          <div className="chart-row" key={b[0]!.id}>
            {b.map((c) => (
              <PageChart key={c.id} chart={c} />
            ))}
          </div>
        ) : (
          <PageChart key={b[0]!.id} chart={b[0]!} />
        ),
      )}
    </section>
  );
}
