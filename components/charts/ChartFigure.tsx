import type { ReactNode } from 'react';
import { ChartExport } from './ChartExport';
import { EmbedCode } from './EmbedCode';
import { ChartTooltip } from './ChartTooltip';
import { datasetPath } from '../../lib/site/urls';

export interface ChartMeta {
  /** dataset id, for file names */
  datasetId: string;
  /** chart slug, for file names and test hooks */
  chart: string;
  title: string;
  subtitle: string;
  source: string;
  /** "Claim type: …; qualifier: …" */
  claim: string;
  caveats?: readonly string[];
  /** Where the chart is drawn: its dataset page (with export and embed), or an embed (with a link to the page). */
  context?: 'page' | 'embed';
  /** The dataset's title, for the embed's link back. */
  datasetTitle?: string;
}

/**
 * A chart with everything that travels with it: title, subtitle with the unit, the source line,
 * claim type and qualifiers, its caveats, a link to its data table, and SVG/PNG export.
 */
export function ChartFigure({
  meta,
  children,
  kind,
}: {
  meta: ChartMeta;
  children: ReactNode;
  kind: 'd3' | 'recharts';
}) {
  const id = `chart-${meta.datasetId}-${meta.chart}`;
  return (
    <figure className="chart" id={id} data-chart={meta.chart} data-chart-kind={kind} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="chart-title">
        {meta.title}
      </h3>
      <p className="chart-subtitle">{meta.subtitle}</p>
      <ChartTooltip>
        <div className="chart-body">{children}</div>
      </ChartTooltip>
      <figcaption>
        <p className="source-line" data-testid="chart-source">
          {meta.source}
        </p>
        <p className="source-line">{meta.claim}</p>
        {meta.caveats && meta.caveats.length > 0 ? (
          <ul className="chart-caveats">
            {meta.caveats.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        ) : null}
        {meta.context === 'embed' ? (
          <p className="source-line">
            Every figure with its verbatim phrase and footnote:{' '}
            <a href={datasetPath(meta.datasetId)} target="_top">
              {meta.datasetTitle ?? meta.datasetId}
            </a>
            .
          </p>
        ) : (
          <p className="source-line no-print">
            <a href="#table-heading">The data table for this chart</a> (with every figure’s verbatim phrase and
            footnote) is below.
          </p>
        )}
      </figcaption>
      {meta.context === 'embed' ? null : (
        <div className="chart-actions no-print">
          <ChartExport
            fileBase={`${meta.datasetId}-${meta.chart}`}
            title={meta.title}
            subtitle={meta.subtitle}
            source={meta.source}
          />
          <EmbedCode datasetId={meta.datasetId} chart={meta.chart} title={meta.title} />
        </div>
      )}
    </figure>
  );
}
