/**
 * "What other sources say" on a dataset page, as HTML text (pure). The page puts it in as markup React does not
 * hydrate, as the figure finder does its table: a hundred list items and comparison charts of static text would
 * otherwise be walked by hydration for nothing (the section has no script; quotes open with <details>).
 *
 * Beside each figure with counterparts: a panel with each other source's figure as printed, kind, publisher, date,
 * as-of date and scope, the quote, address and note on demand; and, for two or more counterparts in the figure's
 * unit, a comparison chart (SVG): the report's figure as its own bar with its open side open, as on the report's
 * charts, and each other source as a separate mark labelled by source and kind.
 */
import { OPEN_ARROW, px } from '../charts/geometry/bars';
import { formatPartialDate } from '../model/format';
import { isNoneFound, type OtherSourceFigure, type OtherSourceRow } from '../model/other-sources';
import type { Dataset, FigureRow, Row } from '../model/schema';
import { comparePanel } from '../other-sources/compare';
import {
  besideDataset,
  comparable,
  hasComparisonChart,
  OTHER_SOURCES_STANDPOINT,
  OTHER_SOURCES_TITLE,
} from '../other-sources/sources';
import { escapeXml as esc } from '../outputs/escape';

const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('');

function compareSvg(
  row: FigureRow,
  label: [string, string],
  others: readonly OtherSourceFigure[],
  width: number,
  uid: string,
  title: string,
  description: string,
): string {
  const p = comparePanel(row, label, others, { width, charWidth: width < 480 ? 7.6 : 7.2 });
  const grad = (id: string, cls: string, from: number, to: number) =>
    `<linearGradient id="${uid}-${id}" x1="0" x2="1" y1="0" y2="0"><stop offset="0" class="${cls}" stop-opacity="${from}"/><stop offset="1" class="${cls}" stop-opacity="${to}"/></linearGradient>`;
  const defs = `<defs>${grad('in', 'stop-bar', 0, 0.45)}${grad('out', 'stop-bar', 0.45, 0)}${grad('oin', 'stop-other', 0, 1)}${grad('oout', 'stop-other', 1, 0)}<marker id="${uid}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker></defs>`;
  const ticks = p.ticks
    .map(
      (t) =>
        `<g class="tick"><line x1="${t.x}" x2="${t.x}" y1="0" y2="${p.axisY}" class="gridline"/><text x="${t.x}" y="${p.axisY + 16}" text-anchor="middle" class="tick-label">${esc(t.label)}</text></g>`,
    )
    .join('');
  const marks = p.marks
    .map((m) => {
      const mid = m.y + m.h / 2;
      const report = m.origin === 'report';
      const parts = [
        `<text x="${p.plotLeft}" y="${m.labelY[0]}" class="bar-label compare-source">${esc(m.label[0]!)}</text>`,
        `<text x="${p.plotLeft}" y="${m.labelY[1]}" class="tick-label compare-kind">${esc(m.label[1]!)}</text>`,
      ];
      if (report) {
        const fill =
          m.shape === 'upper' ? `fill:url(#${uid}-in)` : m.shape === 'lower' ? `fill:url(#${uid}-out)` : undefined;
        parts.push(
          `<rect${attrs({ x: m.x0, y: m.y, width: px(Math.max(2, m.x1 - m.x0)), height: m.h, class: 'bar', style: fill })}/>`,
        );
      } else if (m.shape === 'point' || m.shape === 'approx') {
        parts.push(
          `<circle cx="${m.x1}" cy="${mid}" r="6" class="other-dot${m.shape === 'approx' ? ' approx' : ''}"/>`,
        );
      } else {
        // A rect, not a line: a gradient on a line's zero-height box is not drawn.
        const fill =
          m.shape === 'upper' ? `fill:url(#${uid}-oin)` : m.shape === 'lower' ? `fill:url(#${uid}-oout)` : undefined;
        const end = m.shape === 'lower' ? m.x1 - 2 : m.x1;
        parts.push(
          `<rect${attrs({ x: m.x0, y: mid - 2, width: px(Math.max(2, end - m.x0)), height: 4, class: 'other-line', style: fill })}/>`,
        );
      }
      const capped = report ? m.shape !== 'point' : m.shape !== 'point' && m.shape !== 'approx';
      if (capped) {
        const cls = report ? (m.shape === 'approx' ? 'cap cap-approx' : 'cap') : 'cap other-cap';
        for (const x of m.caps)
          parts.push(`<line x1="${x}" x2="${x}" y1="${m.y - 3}" y2="${m.y + m.h + 3}" class="${cls}"/>`);
      }
      if (m.shape === 'lower')
        parts.push(
          `<line x1="${px(m.x1 - OPEN_ARROW)}" x2="${m.x1}" y1="${mid}" y2="${mid}" class="open-arrow" marker-end="url(#${uid}-arrow)"/>`,
        );
      parts.push(
        `<text x="${m.textX}" y="${m.y + m.h - 2}" text-anchor="${m.textAnchor}" class="value-label">${esc(m.valueText)}</text>`,
      );
      return `<g class="mark ${report ? 'mark-report' : 'mark-other'} shape-${m.shape}"${attrs({ 'data-mark': m.id, 'data-origin': m.origin })}>${parts.join('')}</g>`;
    })
    .join('');
  return `<svg class="chart-svg compare-svg" viewBox="0 0 ${p.width} ${p.height}" role="img" aria-labelledby="${uid}-t ${uid}-d"><title id="${uid}-t">${esc(title)}</title><desc id="${uid}-d">${esc(description)}</desc>${defs}${ticks}<line x1="${p.plotLeft}" x2="${p.plotRight}" y1="${p.axisY}" y2="${p.axisY}" class="axis"/>${marks}</svg>`;
}

function compareFigure(ds: Dataset, row: FigureRow, others: readonly OtherSourceRow[]): string {
  const drawn = comparable(row, others);
  const uid = `cmp-${ds.id}-${row.id}`;
  const label: [string, string] = ['The report (AIR Center)', `its figure · ${row.claimType}`];
  const title = `“${row.printed}” and other sources’ figures, each its own mark`;
  const description = [
    `The report: ${row.printed} (${row.qualifier}).`,
    ...drawn.map((o) => `${o.publisher}, ${o.kind}: ${o.printed}.`),
    'Each source counts its own scope, listed below the chart.',
  ].join(' ');
  return `<figure class="chart compare"${attrs({ 'data-compare': row.id, 'aria-labelledby': `${uid}-h` })}><p id="${esc(uid)}-h" class="chart-title">Compared: the report’s figure and ${drawn.length} other sources’ (${esc(row.unit)})</p><p class="chart-subtitle">One mark per source, never a bar that mixes them. Scopes differ (one side, all deaths, other dates): read each source’s scope below.</p><div class="chart-body"><div class="svg-wide">${compareSvg(row, label, drawn, 720, `${uid}-w`, title, description)}</div><div class="svg-narrow">${compareSvg(row, label, drawn, 300, `${uid}-n`, title, description)}</div></div><p class="legend"><span class="legend-item"><span class="swatch swatch-fade-in" aria-hidden="true"></span> the report’s figure, drawn as on its charts (an open side fades)</span><span class="legend-item"><span class="swatch swatch-other-dot" aria-hidden="true"></span> another source’s figure (hollow: approximate)</span><span class="legend-item"><span class="swatch swatch-other-range" aria-hidden="true"></span> another source’s range or bound</span></p></figure>`;
}

function otherItem(o: OtherSourceRow): string {
  const id = attrs({ id: `other-${o.id}`, 'data-other': o.id });
  if (isNoneFound(o)) {
    const searches = o.searches.map((s) => `<li><code>${esc(s)}</code></li>`).join('');
    return `<li class="other none-found"${id}><p class="other-figure"><strong>No other source found</strong> <span class="muted">for: ${esc(o.scope)}</span></p><details><summary>Searches tried<span class="visually-hidden"> for ${esc(o.scope)}</span></summary><p>${esc(o.note)}</p><ul>${searches}</ul><p class="muted">Searched on ${esc(formatPartialDate(o.searchedOn))}.</p></details></li>`;
  }
  const asOf = o.asOf ? ` · as of ${esc(formatPartialDate(o.asOf))}` : '';
  const derived = o.claimType === 'derived' ? '<span class="other-derived"> · derived here</span>' : '';
  const lang = /[àâçéèêëîïôûùüÿœ]/i.test(o.quote) ? ' lang="fr"' : '';
  const linkText = o.title.startsWith('(') ? `The document at ${new URL(o.url).hostname}` : o.title;
  const inputs = o.inputs ?? [];
  const formula = o.formula
    ? `<p>Formula: ${esc(o.formula)}. Inputs: ${esc(inputs.length <= 4 ? inputs.join(', ') : `${inputs.length} records, listed in the downloads`)}.</p>`
    : '';
  const note = o.note ? `<p class="muted">${esc(o.note)}</p>` : '';
  return `<li class="other"${id}><p class="other-figure"><strong>${esc(o.printed)}</strong> · <span class="other-kind">${esc(o.kind)}</span>${derived}</p><p class="other-meta">${esc(o.publisher)}, ${esc(formatPartialDate(o.published))}${asOf}</p><p class="other-scope"><span class="muted">Scope:</span> ${esc(o.scope)}</p><details><summary>Quote and link<span class="visually-hidden"> for ${esc(o.printed)}, ${esc(o.publisher)}</span></summary><blockquote${lang}>“${esc(o.quote)}”</blockquote><p><a${attrs({ href: o.url, rel: 'noopener noreferrer' })}>${esc(linkText)}</a> <span class="muted">(date: ${esc(o.publishedBasis)})</span></p>${formula}${note}</details></li>`;
}

function reportFigure(row: Row): { printed: string; what: string } {
  if ('value' in row) return { printed: row.printed, what: row.label };
  if ('event' in row) return { printed: formatPartialDate(row.date), what: row.event };
  return { printed: row.name, what: row.name };
}

/** The section's inner HTML, or null when no row of the dataset has other sources. */
export function otherSourcesHtml(ds: Dataset): string | null {
  const beside = besideDataset(ds);
  if (beside.length === 0) return null;
  const panels = beside.map(({ row, others }) => {
    const f = reportFigure(row);
    const chart = hasComparisonChart(row, others) ? compareFigure(ds, row, others) : '';
    // A derived row is this dashboard's arithmetic on the report's figures, not a figure the report prints.
    const whose = row.claimType === 'derived' ? '' : 'the report’s ';
    const what = row.claimType === 'derived' ? `${f.what}; derived here from the report’s figures` : f.what;
    return `<section class="others-panel"${attrs({ 'aria-labelledby': `others-${row.id}`, 'data-about': row.id })}><h3 id="others-${esc(row.id)}">Beside ${whose}“<a href="#${esc(row.id)}">${esc(f.printed)}</a>” <span class="muted">(${esc(what)})</span></h3>${chart}<ul class="others-list">${others.map(otherItem).join('')}</ul></section>`;
  });
  return `<h2 id="others-heading">${esc(OTHER_SOURCES_TITLE)}</h2><p class="others-standpoint">${esc(OTHER_SOURCES_STANDPOINT)} How they were found and chosen: <a href="/sources#other-sources">Sources and method</a>.</p>${panels.join('')}`;
}
