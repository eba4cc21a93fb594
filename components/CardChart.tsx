import { pageCharts } from '../lib/charts/registry';
import { describeRows } from '../lib/charts/text';
import { waffle } from '../lib/charts/geometry/waffle';
import { formatPartialDate } from '../lib/model/format';
import { chartMap } from '../lib/maps/chart-map';
import { MAP_WIDTHS } from '../lib/maps/map';
import type { Dataset, EventRow, FigureRow } from '../lib/model/schema';
import { cardChartKind, timelineStrip } from '../lib/site/card-charts';
import { BarPanelSvg } from './charts/BarPanelSvg';
import { WaffleCells } from './charts/WaffleCells';

/**
 * The headline figure of an overview card, drawn small on the server (no script): its bar with the bound drawn as on
 * its page, the waffle of a share, or a strip of the timeline. The drawing is a picture of the figure the card states
 * in words: one image to assistive technology, its marks inert (they take no focus and have no tooltip here).
 */
export function CardChart({ dataset: ds }: { dataset: Dataset }) {
  const kind = cardChartKind(ds, pageCharts(ds.id));
  const row = ds.rows.find((r) => r.id === ds.headline) ?? ds.rows[0]!;
  let label: string;
  let svg: React.ReactNode;
  if (kind === 'strip') {
    const events = ds.rows as readonly EventRow[];
    const s = timelineStrip(events, row.id, { width: 300, from: 2020, to: 2021, compressed: 60 });
    const h = events.find((e) => e.id === row.id)!;
    label = `Strip of ${events.length} dated events, 1988 to 2021, most of them in 2020 and 2021; marked: ${h.event}, ${formatPartialDate(h.date)}.`;
    svg = (
      <svg className="chart-svg card-strip" viewBox="0 0 300 64" aria-hidden="true">
        <line x1={6} x2={294} y1={30} y2={30} className="axis" />
        <line x1={s.breakX - 6} x2={s.breakX - 2} y1={22} y2={38} className="axis-break" />
        {[...s.marks]
          .sort((a, b) => Number(a.x1 - a.x0 < 2) - Number(b.x1 - b.x0 < 2) || Number(a.headline) - Number(b.headline))
          .map((m) =>
            m.x1 - m.x0 < 2 ? (
              <circle
                key={m.id}
                cx={m.x0}
                cy={30}
                r={m.headline ? 6 : 3.5}
                className={m.headline ? 'event-point headline' : 'event-point'}
              />
            ) : (
              <rect key={m.id} x={m.x0} y={24} width={m.x1 - m.x0} height={12} rx={2} className="event-band" />
            ),
          )}
        {s.ticks.map((t) => (
          <text
            key={t.label}
            x={t.x}
            y={56}
            textAnchor={t.x < 20 ? 'start' : t.x > 280 ? 'end' : 'middle'}
            className="tick-label"
          >
            {t.label}
          </text>
        ))}
      </svg>
    );
  } else if (kind === 'waffle') {
    const f = row as FigureRow;
    const w = waffle(f.value, { cell: 9, gap: 2 });
    label = `Unit chart: ${w.filled} of 100 cells filled, ${f.printed}.`;
    svg = (
      <svg className="chart-svg card-waffle" viewBox={`-1 -1 ${w.width + 2} ${w.height + 2}`} aria-hidden="true">
        <WaffleCells cells={w.cells} />
      </svg>
    );
  } else if (kind === 'map') {
    // The places map of the dataset's page at its narrow width (its labels are placed and tested there), dots only.
    const chart = pageCharts(ds.id).find((c) => c.kind === 'map');
    if (!chart) throw new Error(`${ds.id}: a map card needs the page's map`);
    const m = chartMap(chart, MAP_WIDTHS.narrow);
    label = `Map of the South Caucasus with ${m.markers.length} of the ${ds.rows.length} places the report names, as dots.`;
    svg = (
      <svg className="chart-svg card-map map-svg" viewBox={`0 0 ${m.width} ${m.height}`} aria-hidden="true">
        {m.countries.map((c) => (
          <path key={c.id} d={c.d} className="map-land" />
        ))}
        {m.markers.map((k) => (
          <circle key={k.place.id} cx={k.x} cy={k.y} r={4} className="map-marker" />
        ))}
      </svg>
    );
  } else {
    const f = row as FigureRow;
    label = `Bar chart. ${describeRows([f])}.`;
    svg = <BarPanelSvg rows={[f]} width={300} uid={`card-${ds.id}`} title={f.label} description={label} />;
  }
  return (
    <div className={`card-chart card-chart-${kind}`} role="img" aria-label={label} data-testid="card-chart">
      <div inert>{svg}</div>
    </div>
  );
}
