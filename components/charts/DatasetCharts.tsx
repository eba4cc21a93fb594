import { pageCharts } from '../../lib/charts/registry';
import type { ResolvedChart } from '../../lib/charts/resolve';
import { formatFigure } from '../../lib/model/format';
import type { Dataset, EventRow, FigureRow } from '../../lib/model/schema';
import { BoundedBars } from './BoundedBars';
import { describeRows } from '../../lib/charts/text';
import { BarPanelSvg } from './BarPanelSvg';
import { ChartFigure, Responsive, type ChartMeta } from './ChartFigure';
import { LazyRechartsBars } from './recharts/LazyRechartsBars';
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

/** The page (and embed) renderer of one chart spec. D3 charts are server-rendered; Recharts charts load on the client. */
export function PageChart({
  chart: c,
  context = 'page',
  datasetTitle,
}: {
  chart: ResolvedChart;
  context?: 'page' | 'embed';
  datasetTitle?: string;
}) {
  const meta = metaOf(c, context, datasetTitle);
  switch (c.kind) {
    case 'bounded-bars':
      return <BoundedBars rows={c.rows as FigureRow[]} meta={meta} />;
    case 'waffle':
      return <WaffleChart row={c.rows[0] as FigureRow} meta={meta} />;
    case 'time-axis':
      return <TimelineChart events={c.rows as EventRow[]} meta={meta} />;
    case 'grouped-bars':
      // An embed draws its panels on the server, as D3 bars: it reads without scripts and loads no Recharts.
      if (context === 'embed') {
        return (
          <ChartFigure kind="d3" meta={meta}>
            {c.note ? <p className="rc-annotation">{c.note}</p> : null}
            {c.panels.map((p, i) => (
              <div key={p.title} className="embed-panel-chart">
                <p className="rc-panel-title">{p.title}</p>
                <Responsive
                  wide={
                    <BarPanelSvg
                      rows={p.rows}
                      width={720}
                      uid={`${c.datasetId}-${c.id}-${i}-w`}
                      title={p.title}
                      description={describeRows(p.rows)}
                    />
                  }
                  narrow={
                    <BarPanelSvg
                      rows={p.rows}
                      width={300}
                      uid={`${c.datasetId}-${c.id}-${i}-n`}
                      title={p.title}
                      description={describeRows(p.rows)}
                    />
                  }
                />
              </div>
            ))}
          </ChartFigure>
        );
      }
      return (
        <ChartFigure kind="recharts" meta={meta}>
          <LazyRechartsBars
            layout={c.spec.display?.layout ?? 'horizontal'}
            height={c.spec.display?.height ?? 240}
            annotation={c.note ?? undefined}
            panels={c.panels.map((p) => ({
              title: p.title,
              unit: p.unit,
              data: p.rows.map((r, i) => ({
                id: r.id,
                name: p.names[i]!,
                value: r.value,
                text: formatFigure(r),
                hedged: r.qualifier !== 'exact',
              })),
            }))}
          />
        </ChartFigure>
      );
    case 'figure-cards':
      throw new Error(`${c.datasetId}/${c.id}: figure cards are drawn on slides only`);
  }
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
