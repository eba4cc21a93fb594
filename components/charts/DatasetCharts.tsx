import { CLAIM_TYPE_MEANING } from '../../lib/claims';
import { formatFigure, formatValue } from '../../lib/format';
import { rowById } from '../../lib/rows';
import type { Dataset, FigureDataset, FigureRow } from '../../lib/schema';
import { BoundedBars, CHART_SOURCE, claimSummary, sourceSummary } from './BoundedBars';
import { ChartFigure } from './ChartFigure';
import { LazyRechartsBars } from './recharts/LazyRechartsBars';
import type { BarDatum } from './recharts/types';
import { TimelineChart } from './TimelineChart';
import { WaffleChart } from './WaffleChart';

function rowsBy(ds: FigureDataset, pred: (r: FigureRow) => boolean): FigureRow[] {
  return ds.rows.filter(pred);
}

function byId(ds: FigureDataset, id: string): FigureRow {
  return rowById(ds.rows, id, `charts, ${ds.id}`);
}

function datum(r: FigureRow, name: string): BarDatum {
  return { id: r.id, name, value: r.value, text: formatFigure(r), hedged: r.qualifier !== 'exact' };
}

/** Group rows by unit, in first-seen order: one panel per unit so unlike quantities never share an axis. */
export function byUnit(rows: readonly FigureRow[]): FigureRow[][] {
  const groups = new Map<string, FigureRow[]>();
  for (const r of rows) groups.set(r.unit, [...(groups.get(r.unit) ?? []), r]);
  return [...groups.values()];
}

/** Every chart of a dataset page. D3 charts are server-rendered; Recharts charts load on the client. */
export function DatasetCharts({ dataset: ds }: { dataset: Dataset }) {
  if (ds.kind === 'events') {
    return (
      <section aria-labelledby="charts-heading">
        <h2 id="charts-heading">Chart</h2>
        <TimelineChart
          events={ds.rows}
          meta={{
            datasetId: ds.id,
            chart: 'time-axis',
            title: 'Every dated event in the report, on one time axis',
            subtitle: 'Time runs downward; before 2020 the axis is compressed. Dates at their own precision (day, month, year).',
            source: `${CHART_SOURCE}, sections 2–5; footnotes per event in the table below.`,
            claim: `Claim types: ${[...new Set(ds.rows.map((r) => r.claimType))].join(', ')}. Events dated by a cited article are marked “dated by the cited article”.`,
            caveats: ds.caveats.slice(0, 3),
          }}
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">Charts</h2>
      <FigureCharts ds={ds} />
    </section>
  );
}

function FigureCharts({ ds }: { ds: FigureDataset }) {
  switch (ds.id) {
    case 'casualties': {
      const ranges = rowsBy(ds, (r) => r.group !== 'Incident counted by the report');
      const incidents = rowsBy(ds, (r) => r.group === 'Incident counted by the report');
      return (
        <>
          <BoundedBars
            rows={ranges}
            meta={{
              datasetId: ds.id,
              chart: 'ranges',
              title: 'Deaths in the 44-Day War, as ranges, and the report’s Ukraine–Russia comparison',
              subtitle: 'People killed. Open sides are drawn open: “up to” fades in from zero, “over” runs on past its bound.',
              caveats: [ds.caveats[0]!, ds.caveats[1]!, ds.caveats[2]!],
            }}
          />
          <BoundedBars
            rows={incidents}
            meta={{
              datasetId: ds.id,
              chart: 'incidents',
              title: 'Dated incidents the report counts',
              subtitle: 'People killed or wounded in each incident, on their own axis (not comparable with the war totals).',
              caveats: [ds.caveats[3]!, ds.caveats[4]!],
            }}
          />
        </>
      );
    }
    case 'mine-maps': {
      const accuracy = byId(ds, 'accuracy-stated');
      const mines = [byId(ds, 'agdam-mines'), byId(ds, 'fuzuli-zangilan-mines'), byId(ds, 'total-mines-on-maps'), byId(ds, 'accurately-mapped-illustration')];
      const detainees = [byId(ds, 'agdam-detainees'), byId(ds, 'fuzuli-zangilan-detainees')];
      return (
        <>
          <div className="chart-row">
            <WaffleChart
              row={accuracy}
              meta={{
                datasetId: ds.id,
                chart: 'accuracy-waffle',
                title: 'Stated accuracy of the minefield maps: “some 25 percent”',
                subtitle: 'Percent; one cell per percentage point.',
                source: sourceSummary([accuracy]),
                claim: `Claim type: statement by a party (the President of Azerbaijan, per footnote 17). Qualifier: some (approximate).`,
                caveats: [ds.caveats[0]!],
              }}
            />
            <BoundedBars
              rows={mines}
              meta={{
                datasetId: ds.id,
                chart: 'mines-on-maps',
                title: 'Mines on the maps handed over, per handover',
                subtitle: 'Mines recorded on the maps. “Nearly” is an upper bound; the last bar is an illustration, not a count.',
                caveats: [ds.caveats[1]!, ds.caveats[3]!],
              }}
            />
          </div>
          <ChartFigure
            kind="recharts"
            meta={{
              datasetId: ds.id,
              chart: 'handovers-bars',
              title: 'Mines on the maps and detainees released, per handover',
              subtitle: 'Mines (left) and detainees (right) on separate axes. Dashed outline: a bound (“nearly”).',
              source: sourceSummary([...mines.slice(0, 2), ...detainees]),
              claim: claimSummary([...mines.slice(0, 2), ...detainees]),
              caveats: [ds.caveats[4]!],
            }}
          >
            <LazyRechartsBars
              layout="horizontal"
              height={240}
              panels={[
                { title: 'Mines on the maps', unit: 'mines', data: [datum(mines[0]!, 'Agdam (June 2021)'), datum(mines[1]!, 'Fuzuli, Zangilan (July 2021)')] },
                { title: 'Detainees released', unit: 'detainees', data: [datum(detainees[0]!, 'Agdam (June 2021)'), datum(detainees[1]!, 'Fuzuli, Zangilan (July 2021)')] },
              ]}
            />
          </ChartFigure>
        </>
      );
    }
    case 'arms-imports': {
      const aze = byId(ds, 'azerbaijan-arms-imports-2011-2020');
      const arm = byId(ds, 'armenia-arms-imports-2011-2020');
      const ratio = byId(ds, 'arms-imports-ratio');
      const tiv = ds.caveats[0]!;
      return (
        <>
          <ChartFigure
            kind="recharts"
            meta={{
              datasetId: ds.id,
              chart: 'imports-bars',
              title: 'Arms imports, 2011–2020: Azerbaijan and Armenia',
              subtitle: 'US dollars as printed in the report (SIPRI data, no footnote).',
              source: sourceSummary([aze, arm]),
              claim: `Claim type: reported statistic (the ratio: derived, ${CLAIM_TYPE_MEANING.derived.toLowerCase()}). Qualifier: exact as printed.`,
              caveats: [tiv, ds.caveats[1]!],
            }}
          >
            <LazyRechartsBars
              layout="horizontal"
              height={260}
              annotation={`Derived: Azerbaijan’s printed figure is ${formatValue(ratio.value, '×')} Armenia’s (${aze.printed} ÷ ${arm.printed}).`}
              panels={[{ title: 'Weaponry imported, 2011–2020', unit: 'US$', data: [datum(aze, 'Azerbaijan'), datum(arm, 'Armenia')] }]}
            />
          </ChartFigure>
          <BoundedBars
            rows={[aze, arm]}
            meta={{
              datasetId: ds.id,
              chart: 'imports-d3',
              title: 'The same figures, drawn on the server (readable without scripts)',
              subtitle: `US dollars as printed. Ratio (derived): ${formatValue(ratio.value, '×')}.`,
              caveats: [tiv],
            }}
          />
        </>
      );
    }
    case 'agricultural-losses': {
      const shares = rowsBy(ds, (r) => r.id.startsWith('share-')).sort((a, b) => b.value - a.value);
      const gdp = rowsBy(ds, (r) => r.id.startsWith('gdp-'));
      return (
        <>
          <ChartFigure
            kind="recharts"
            meta={{
              datasetId: ds.id,
              chart: 'shares-bars',
              title: 'What the occupied territories provided, and the GDP reductions',
              subtitle: 'Percent. Left: shares of Soviet-period production, sorted. Right: reductions in GDP. Dashed outline: “about”.',
              source: sourceSummary([...shares, ...gdp]),
              claim: claimSummary([...shares, ...gdp]),
              caveats: [ds.caveats[0]!, ds.caveats[1]!, ds.caveats[2]!],
            }}
          >
            <LazyRechartsBars
              layout="vertical"
              height={250}
              panels={[
                { title: 'Share of Soviet-period production (footnote 27)', unit: '%', data: shares.map((r) => datum(r, r.label)) },
                { title: 'GDP reduction (footnote 28)', unit: '%', data: gdp.map((r) => datum(r, r.label.replace('GDP in the ', '').replace('Gross Domestic Product', 'Total GDP'))) },
              ]}
            />
          </ChartFigure>
          <BoundedBars
            rows={ds.rows}
            meta={{
              datasetId: ds.id,
              chart: 'all-percentages',
              title: 'Every percentage in the dataset (server-drawn)',
              subtitle: 'Percent. Different bases: production shares, GDP reductions, territory. Not additive.',
              caveats: [ds.caveats[2]!, ds.caveats[3]!],
            }}
          />
        </>
      );
    }
    default:
      return (
        <>
          {byUnit(ds.rows).map((rows) => {
            const unit = rows[0]!.unit;
            return (
              <BoundedBars
                key={unit}
                rows={rows}
                meta={{
                  datasetId: ds.id,
                  chart: `by-unit-${unit.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase() || 'values'}`,
                  title: `${ds.title}: ${unit}`,
                  subtitle: `Unit: ${unit}. ${rows.length === 1 ? 'One figure.' : `${rows.length} figures on one axis.`}`,
                  caveats: ds.caveats.slice(0, 2),
                }}
              />
            );
          })}
        </>
      );
  }
}
