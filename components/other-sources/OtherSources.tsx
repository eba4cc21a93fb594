import { formatPartialDate } from '../../lib/model/format';
import { isNoneFound, type OtherSourceRow } from '../../lib/model/other-sources';
import type { Dataset, Row } from '../../lib/model/schema';
import {
  besideDataset,
  comparable,
  hasComparisonChart,
  OTHER_SOURCES_STANDPOINT,
  OTHER_SOURCES_TITLE,
} from '../../lib/other-sources/sources';
import { CompareSvg } from './CompareSvg';

const dateText = (d: string) => formatPartialDate(d);

function reportFigure(row: Row): { printed: string; what: string } {
  if ('value' in row) return { printed: row.printed, what: row.label };
  return { printed: formatPartialDate(row.date), what: row.event };
}

function Other({ o }: { o: OtherSourceRow }) {
  if (isNoneFound(o))
    return (
      <li className="other none-found" id={`other-${o.id}`} data-other={o.id}>
        <p className="other-figure">
          <strong>No other source found</strong> <span className="muted">for: {o.scope}</span>
        </p>
        <details>
          <summary>
            Searches tried<span className="visually-hidden"> for {o.scope}</span>
          </summary>
          <p>{o.note}</p>
          <ul>
            {o.searches.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
          <p className="muted">Searched on {dateText(o.searchedOn)}.</p>
        </details>
      </li>
    );
  return (
    <li className="other" id={`other-${o.id}`} data-other={o.id}>
      <p className="other-figure">
        <strong>{o.printed}</strong> · <span className="other-kind">{o.kind}</span>
        {o.claimType === 'derived' ? <span className="other-derived"> · derived here</span> : null}
      </p>
      <p className="other-meta">
        {o.publisher}, {dateText(o.published)}
        {o.asOf ? ` · as of ${dateText(o.asOf)}` : ''}
      </p>
      <p className="other-scope">
        <span className="muted">Scope:</span> {o.scope}
      </p>
      <details>
        <summary>
          Quote and link
          <span className="visually-hidden">
            {' '}
            for {o.printed}, {o.publisher}
          </span>
        </summary>
        <blockquote lang={/[àâçéèêëîïôûùüÿœ]/i.test(o.quote) ? 'fr' : undefined}>“{o.quote}”</blockquote>
        <p>
          <a href={o.url} rel="noopener noreferrer">
            {o.title.startsWith('(') ? `The document at ${new URL(o.url).hostname}` : o.title}
          </a>{' '}
          <span className="muted">(date: {o.publishedBasis})</span>
        </p>
        {o.formula ? (
          <p>
            Formula: {o.formula}. Inputs:{' '}
            {o.inputs!.length <= 4 ? o.inputs!.join(', ') : `${o.inputs!.length} records, listed in the downloads`}.
          </p>
        ) : null}
        {o.note ? <p className="muted">{o.note}</p> : null}
      </details>
    </li>
  );
}

function Compare({ ds, row, others }: { ds: Dataset; row: Row; others: readonly OtherSourceRow[] }) {
  if (!hasComparisonChart(row, others)) return null;
  const drawn = comparable(row, others);
  const uid = `cmp-${ds.id}-${row.id}`;
  const label: [string, string] = ['The report (AIR Center)', `its figure · ${row.claimType}`];
  const title = `“${row.printed}” and other sources’ figures, each its own mark`;
  const description = [
    `The report: ${row.printed} (${row.qualifier}).`,
    ...drawn.map((o) => `${o.publisher}, ${o.kind}: ${o.printed}.`),
    'Each source counts its own scope, listed below the chart.',
  ].join(' ');
  return (
    <figure className="chart compare" data-compare={row.id} aria-labelledby={`${uid}-h`}>
      <p id={`${uid}-h`} className="chart-title">
        Compared: the report’s figure and {drawn.length} other sources’ ({row.unit})
      </p>
      <p className="chart-subtitle">
        One mark per source, never a bar that mixes them. Scopes differ (one side, all deaths, other dates): read each
        source’s scope below.
      </p>
      <div className="chart-body">
        <div className="svg-wide">
          <CompareSvg
            row={row}
            reportLabel={label}
            others={drawn}
            width={720}
            uid={`${uid}-w`}
            title={title}
            description={description}
          />
        </div>
        <div className="svg-narrow">
          <CompareSvg
            row={row}
            reportLabel={label}
            others={drawn}
            width={300}
            uid={`${uid}-n`}
            title={title}
            description={description}
          />
        </div>
      </div>
      <p className="legend">
        <span className="legend-item">
          <span className="swatch swatch-fade-in" aria-hidden="true" /> the report’s figure, drawn as on its charts (an
          open side fades)
        </span>
        <span className="legend-item">
          <span className="swatch swatch-other-dot" aria-hidden="true" /> another source’s figure (hollow: approximate)
        </span>
        <span className="legend-item">
          <span className="swatch swatch-other-range" aria-hidden="true" /> another source’s range or bound
        </span>
      </p>
    </figure>
  );
}

/** "What other sources say": beside each of the dataset's figures that has counterparts, a panel. Server HTML only. */
export function OtherSources({ dataset: ds }: { dataset: Dataset }) {
  const beside = besideDataset(ds);
  if (beside.length === 0) return null;
  return (
    <section aria-labelledby="others-heading" className="others" data-testid="other-sources">
      <h2 id="others-heading">{OTHER_SOURCES_TITLE}</h2>
      <p className="others-standpoint">
        {OTHER_SOURCES_STANDPOINT} How they were found and chosen:{' '}
        <a href="/sources#other-sources">Sources and method</a>.
      </p>
      {beside.map(({ row, others }) => {
        const f = reportFigure(row);
        return (
          <section key={row.id} className="others-panel" aria-labelledby={`others-${row.id}`} data-about={row.id}>
            <h3 id={`others-${row.id}`}>
              Beside the report’s “<a href={`#${row.id}`}>{f.printed}</a>” <span className="muted">({f.what})</span>
            </h3>
            <Compare ds={ds} row={row} others={others} />
            <ul className="others-list">
              {others.map((o) => (
                <Other key={o.id} o={o} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
