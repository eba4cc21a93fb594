import { REPORT } from '../../data/report';
import { CLAIM_TYPE_MEANING } from '../../lib/claims';
import { formatFigure, shortCitation } from '../../lib/format';
import type { FigureRow } from '../../lib/schema';
import { BarPanelSvg } from './BarPanelSvg';
import { ChartFigure, Responsive, type ChartMeta } from './ChartFigure';

export function claimSummary(rows: readonly FigureRow[]): string {
  const types = [...new Set(rows.map((r) => r.claimType))];
  const quals = [...new Set(rows.map((r) => r.qualifier))];
  return `Claim type: ${types.join(', ')}. Qualifiers: ${quals.join(', ')}.${types.includes('derived') ? ` Derived: ${CLAIM_TYPE_MEANING.derived}` : ''}`;
}

/** How every chart's source line begins: the report, its publisher's short name, its year. */
export const CHART_SOURCE = `Source: “${REPORT.title}”, AIR Center, ${REPORT.year}`;

export function sourceSummary(rows: readonly FigureRow[]): string {
  const parts = new Map<string, string>();
  for (const r of rows) {
    if (r.claimType === 'derived') continue;
    const key = `${r.section}|${r.footnote ?? 'none'}`;
    if (!parts.has(key)) {
      parts.set(key, r.footnote !== null ? `section ${r.section}, footnote ${r.footnote} (${shortCitation(r.source)})` : `section ${r.section}, no footnote (${r.source.replace(/^No footnote;\s*/, '').replace(/\.$/, '')})`);
    }
  }
  return `${CHART_SOURCE}: ${[...parts.values()].join('; ')}.`;
}

export function describeRows(rows: readonly FigureRow[]): string {
  return rows.map((r) => `${r.label}: ${formatFigure(r)}`).join('; ');
}

/** A D3 bounded-bar chart: server-rendered SVG in a narrow and a wide variant. */
export function BoundedBars({ rows, meta }: { rows: readonly FigureRow[]; meta: Omit<ChartMeta, 'source' | 'claim'> & Partial<Pick<ChartMeta, 'source' | 'claim'>> }) {
  const full: ChartMeta = { ...meta, source: meta.source ?? sourceSummary(rows), claim: meta.claim ?? claimSummary(rows) };
  const uid = `${meta.datasetId}-${meta.chart}`;
  const description = `Bar chart. ${describeRows(rows)}. Faded ends mark open sides: "up to" and "nearly" have no lower bound, "over" has no upper bound.`;
  return (
    <ChartFigure meta={full} kind="d3">
      <Responsive
        wide={<BarPanelSvg rows={rows} width={720} uid={`${uid}-w`} title={meta.title} description={description} />}
        narrow={<BarPanelSvg rows={rows} width={300} uid={`${uid}-n`} title={meta.title} description={description} />}
      />
      <p className="legend">
        <span className="legend-item"><span className="swatch swatch-solid" aria-hidden="true" /> exact or approximate (“about”, “some”: dashed cap)</span>
        <span className="legend-item"><span className="swatch swatch-fade-in" aria-hidden="true" /> “up to” / “nearly”: upper bound, lower side open</span>
        <span className="legend-item"><span className="swatch swatch-fade-out" aria-hidden="true" /> “over”: lower bound, upper side open →</span>
      </p>
    </ChartFigure>
  );
}
