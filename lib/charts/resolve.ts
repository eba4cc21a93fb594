/**
 * Charts as data. A chart spec (lib/charts/specs.ts) says which rows a chart shows, in what order, how it is
 * drawn, its title, subtitle and caveats. `resolveChart` turns a spec and its dataset into everything an
 * output needs (rows, text, panels); each output (page, deck, exports) is one renderer of resolved charts.
 *
 * Text in a spec is a template: figures are never typed, they are filled in from the rows.
 *   {printed:ROW}   the figure as printed in the report, wording kept
 *   {figure:ROW}    the figure formatted with its qualifier and unit (formatFigure)
 *   {date:ROW}      the row's date at its own precision ("June 2021")
 *   {footnote:ROW} {qualifier:ROW} {claimType:ROW} {label:ROW}
 *   {title}         the dataset's title        {unit}      the chart's unit
 *   {span}          first – last date of the chart's rows (events)
 *   {count}         "One figure" / "N figures on one axis"
 *   {sections}      the sections of the chart's rows     {claimTypes}   their claim types
 */
import { CLAIM_TYPE_MEANING } from '../model/claims';
import { rowDate, rowText } from '../model/rows';
import { claimSummary, describeRows, sourceSummary, CHART_SOURCE } from './text';
import { formatFigure, formatPartialDate } from '../model/format';
import type { Dataset, FigureRow, Row } from '../model/schema';

export const CHART_KINDS = ['bounded-bars', 'grouped-bars', 'waffle', 'time-axis', 'figure-cards', 'map'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** Which rows a chart shows. `ids` picks rows in that order; otherwise every row matching all the filters, in dataset order. */
export interface RowSelection {
  ids?: string[];
  group?: string;
  notGroup?: string;
  idPrefix?: string;
  notIdPrefix?: string;
  unit?: string;
  /** leave out derived rows */
  storedOnly?: boolean;
  /** events: date on or after / before this ISO date */
  dateFrom?: string;
  dateBefore?: string;
  order?: 'as-listed' | 'value-desc';
}

export interface PanelSpec {
  title: string;
  rows: RowSelection;
  /** Bar names by row id (templates; `{label}` and `{date}` are the row's own); default: the row's label. */
  names?: Record<string, string>;
}

export interface ChartSpec {
  /** Public and stable: used in URLs, file names and test hooks. Unique within its dataset. */
  id: string;
  dataset: string;
  kind: ChartKind;
  /** For grouped bars: the union of the panels' rows (leave empty). */
  rows: RowSelection;
  panels?: PanelSpec[];
  title: string;
  subtitle: string;
  unit: string;
  /** Caveat keys of the dataset, in the order shown. */
  caveats: string[];
  /** Override the source and claim lines (templates); default: composed from the rows. */
  source?: string;
  claim?: string;
  /** A line drawn with the chart (templates), e.g. a derived ratio. */
  note?: string;
  /** Drawn on the dataset page (false: a chart only slides use). */
  onPage: boolean;
  /** Renderer hints. */
  display?: { layout?: 'horizontal' | 'vertical'; height?: number; caption?: string; besideNext?: boolean };
  /** For maps: which places are marked, the frame, the district areas filled and whether routes are drawn. */
  map?: MapSpec;
}

export interface MapSpec {
  /** 'named': the places that name the chart's rows; 'all': every place drawn on the regional map. */
  marks: 'named' | 'all';
  frame: 'region' | 'districts';
  /** District polygons filled, by place id, with what the fill means. */
  areas?: { place: string; role: string }[];
  routes?: boolean;
}

export interface SlideSpec {
  /** Stable slide key (data-slide-key); figure-card slides of more than `perSlide` rows get "-1", "-2", … */
  key: string;
  dataset: string;
  /** Template; for card slides split over several slides, " (k of n)" is added. */
  headline: string;
  /** Chart ids of the dataset, drawn side by side. */
  charts: string[];
}

export interface ResolvedPanel {
  title: string;
  unit: string;
  rows: FigureRow[];
  names: string[];
}

export interface ResolvedChart {
  id: string;
  datasetId: string;
  kind: ChartKind;
  spec: ChartSpec;
  rows: Row[];
  title: string;
  subtitle: string;
  unit: string;
  source: string;
  claim: string;
  note: string | null;
  caveats: string[];
  panels: ResolvedPanel[];
  /** Accessible description of what is drawn. */
  description: string;
}

export class ChartSpecError extends Error {
  constructor(chart: string, message: string) {
    super(`Chart "${chart}": ${message}`);
    this.name = 'ChartSpecError';
  }
}

const isFigure = (r: Row): r is FigureRow => 'value' in r;

export function selectRows(ds: Dataset, sel: RowSelection, where: string): Row[] {
  const rows = ds.rows as readonly Row[];
  let out: Row[];
  if (sel.ids) {
    out = sel.ids.map((id) => {
      const r = rows.find((x) => x.id === id);
      if (!r) throw new ChartSpecError(where, `dataset "${ds.id}" has no row "${id}"`);
      return r;
    });
  } else {
    const groups = new Set(rows.map((r) => ('group' in r ? r.group : null)));
    for (const g of [sel.group, sel.notGroup]) {
      if (g !== undefined && !groups.has(g)) throw new ChartSpecError(where, `dataset "${ds.id}" has no group "${g}"`);
    }
    out = rows.filter((r) => {
      const group = 'group' in r ? r.group : null;
      const date = rowDate(r);
      if (sel.group !== undefined && group !== sel.group) return false;
      if (sel.notGroup !== undefined && group === sel.notGroup) return false;
      if (sel.idPrefix !== undefined && !r.id.startsWith(sel.idPrefix)) return false;
      if (sel.notIdPrefix !== undefined && r.id.startsWith(sel.notIdPrefix)) return false;
      if (sel.unit !== undefined && !(isFigure(r) && r.unit === sel.unit)) return false;
      if (sel.storedOnly && r.claimType === 'derived') return false;
      if (sel.dateFrom !== undefined && (date === null || date < sel.dateFrom)) return false;
      if (sel.dateBefore !== undefined && (date === null || date >= sel.dateBefore)) return false;
      return true;
    });
  }
  if (sel.order === 'value-desc')
    out = [...out].sort((a, b) => (isFigure(b) ? b.value : 0) - (isFigure(a) ? a.value : 0));
  if (out.length === 0) throw new ChartSpecError(where, `its row selection picks no row of dataset "${ds.id}"`);
  return out;
}

function countText(n: number): string {
  return n === 1 ? 'One figure' : `${n} figures on one axis`;
}

/** Fill a template from the dataset and the chart's rows. An unknown token or row is an error naming the chart. */
export function fillTemplate(
  template: string,
  ctx: { ds: Dataset; rows: readonly Row[]; unit: string; where: string; row?: Row },
): string {
  return template.replace(/\{([a-zA-Z]+)(?::([a-z0-9-]+))?\}/g, (_m, token: string, rowId: string | undefined) => {
    const need = (): Row => {
      const r = rowId === undefined ? ctx.row : (ctx.ds.rows as readonly Row[]).find((x) => x.id === rowId);
      if (!r)
        throw new ChartSpecError(
          ctx.where,
          rowId === undefined ? `"{${token}}" needs a row id` : `dataset "${ctx.ds.id}" has no row "${rowId}"`,
        );
      return r;
    };
    const fig = (): FigureRow => {
      const r = need();
      if (!isFigure(r)) throw new ChartSpecError(ctx.where, `"{${token}}" needs a figure row, "${r.id}" is an event`);
      return r;
    };
    switch (token) {
      case 'printed':
        return fig().printed;
      case 'figure':
        return formatFigure(fig());
      case 'qualifier':
        return fig().qualifier;
      case 'label': {
        return rowText(need());
      }
      case 'date': {
        const d = rowDate(need());
        return d ? formatPartialDate(d) : 'undated';
      }
      case 'footnote':
        return String(need().footnote ?? 'none');
      case 'claimType':
        return need().claimType;
      case 'title':
        return ctx.ds.title;
      case 'unit':
        return ctx.unit;
      case 'count':
        return countText(ctx.rows.length);
      case 'derivedMeaning':
        return CLAIM_TYPE_MEANING.derived.toLowerCase();
      case 'reportSource':
        return CHART_SOURCE;
      case 'sections': {
        const s = [...new Set(ctx.rows.map((r) => r.section))].sort();
        return s.join(', ');
      }
      case 'claimTypes':
        return [...new Set(ctx.rows.map((r) => r.claimType))].join(', ');
      case 'span': {
        const dates = ctx.rows
          .map(rowDate)
          .filter((d): d is string => d !== null)
          .sort();
        if (dates.length === 0) throw new ChartSpecError(ctx.where, '"{span}" needs dated rows');
        const first = formatPartialDate(dates[0]!);
        const last = formatPartialDate(dates.at(-1)!);
        return first === last ? first : `${first} – ${last}`;
      }
      default:
        throw new ChartSpecError(ctx.where, `unknown template token "{${token}}"`);
    }
  });
}

export function resolveChart(spec: ChartSpec, ds: Dataset): ResolvedChart {
  const where = `${spec.dataset}/${spec.id}`;
  if (spec.dataset !== ds.id) throw new ChartSpecError(where, `resolved against dataset "${ds.id}"`);
  if (!(CHART_KINDS as readonly string[]).includes(spec.kind))
    throw new ChartSpecError(where, `unknown kind "${spec.kind}"`);
  const wantsEvents = spec.kind === 'time-axis';
  if (spec.kind === 'map' ? !spec.map : wantsEvents !== (ds.kind === 'events'))
    throw new ChartSpecError(where, `a ${spec.kind} chart cannot draw ${ds.kind}`);
  if (spec.kind !== 'map' && ds.kind === 'places') throw new ChartSpecError(where, `places are drawn on maps only`);

  const panels: ResolvedPanel[] = [];
  let rows: Row[];
  if (spec.kind === 'grouped-bars') {
    if (!spec.panels || spec.panels.length === 0) throw new ChartSpecError(where, 'grouped bars need panels');
    for (const [i, p] of spec.panels.entries()) {
      const prows = selectRows(ds, p.rows, `${where} panel ${i + 1}`) as FigureRow[];
      const units = [...new Set(prows.map((r) => r.unit))];
      if (units.length !== 1)
        throw new ChartSpecError(where, `panel ${i + 1} mixes units (${units.join(', ')}): one panel per unit`);
      for (const id of Object.keys(p.names ?? {})) {
        if (!prows.some((r) => r.id === id))
          throw new ChartSpecError(where, `panel ${i + 1} names row "${id}" it does not show`);
      }
      const names = prows.map((r) => {
        const t = p.names?.[r.id];
        return t === undefined
          ? r.label
          : fillTemplate(t.replace(/\{(label|date)\}/g, `{$1:${r.id}}`), { ds, rows: prows, unit: units[0]!, where });
      });
      panels.push({
        title: fillTemplate(p.title, { ds, rows: prows, unit: units[0]!, where }),
        unit: units[0]!,
        rows: prows,
        names,
      });
    }
    rows = panels.flatMap((p) => p.rows);
  } else {
    if (spec.panels) throw new ChartSpecError(where, `only grouped bars have panels`);
    rows = selectRows(ds, spec.rows, where);
    if (spec.kind === 'waffle') {
      const r = rows[0]!;
      if (rows.length !== 1 || !isFigure(r) || r.unit !== '%')
        throw new ChartSpecError(where, 'a waffle shows exactly one percentage');
    }
    if (spec.kind === 'bounded-bars') {
      const units = [...new Set((rows as FigureRow[]).map((r) => r.unit))];
      if (units.length !== 1)
        throw new ChartSpecError(where, `bars on one axis must share a unit (${units.join(', ')})`);
    }
  }

  const caveats = spec.caveats.map((key) => {
    const c = ds.caveats.find((x) => x.key === key);
    if (!c) throw new ChartSpecError(where, `dataset "${ds.id}" has no caveat "${key}"`);
    return c.text;
  });
  const ctx = { ds, rows, unit: spec.unit, where };
  const fill = (t: string) => fillTemplate(t, ctx);
  const figures = rows.filter(isFigure);
  // A derived row's source is its inputs': the source line names where they are in the report.
  const inputs = figures.flatMap((r) =>
    (r.derivedFrom ?? [])
      .map((id) => (ds.rows as readonly Row[]).find((x) => x.id === id))
      .filter((x): x is Row => x !== undefined),
  );
  const description =
    spec.kind === 'map'
      ? `Map of the places the report names${spec.map?.marks === 'named' ? ' in these rows' : ''}, on a conic conformal projection.`
      : spec.kind === 'time-axis'
        ? `Vertical time axis of ${rows.length} dated events.`
        : spec.kind === 'waffle'
          ? `Unit chart of 100 cells: ${figures[0]!.printed}.`
          : describeRows(figures);
  return {
    id: spec.id,
    datasetId: ds.id,
    kind: spec.kind,
    spec,
    rows,
    title: fill(spec.title),
    subtitle: fill(spec.subtitle),
    unit: spec.unit,
    source: spec.source !== undefined ? fill(spec.source) : sourceSummary([...rows, ...inputs]),
    claim: spec.claim !== undefined ? fill(spec.claim) : claimSummary(rows),
    note: spec.note !== undefined ? fill(spec.note) : null,
    caveats,
    panels,
    description,
  };
}

/** Every spec resolved against its dataset; duplicate ids, unknown datasets and bad specs throw, naming the chart. */
export function resolveAll(specs: readonly ChartSpec[], datasets: readonly Dataset[]): ResolvedChart[] {
  const seen = new Set<string>();
  return specs.map((spec) => {
    const where = `${spec.dataset}/${spec.id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(spec.id)) throw new ChartSpecError(where, 'its id must be a lowercase slug');
    if (seen.has(where)) throw new ChartSpecError(where, 'its id is used twice in the dataset');
    seen.add(where);
    const ds = datasets.find((d) => d.id === spec.dataset);
    if (!ds) throw new ChartSpecError(where, `no dataset "${spec.dataset}"`);
    return resolveChart(spec, ds);
  });
}
