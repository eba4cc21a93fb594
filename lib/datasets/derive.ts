/**
 * Derived figures: computed here from stored rows, never typed into a data file.
 * Each derivation names its inputs by row id; the result is labelled "derived".
 */
import { product, ratio, sum, type Bounded } from './bound-arithmetic';
import { footnoteLabel, formatFigure } from '../model/format';
import { rowById } from '../model/rows';
import type { Dataset, FigureDataset, FigureRow } from '../model/schema';

interface DerivationSpec {
  id: string;
  label: string;
  unit: string;
  group: string | null;
  inputs: string[];
  compute: (inputs: FigureRow[]) => Bounded;
  formula: string;
  /** A note on the derived row; a function of the inputs when it quotes one of them. */
  note?: string | ((inputs: FigureRow[]) => string);
}

function at<T>(list: T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`missing input #${i + 1}`);
  return v;
}

export const DERIVATIONS: Readonly<Record<string, DerivationSpec[]>> = {
  'arms-imports': [
    {
      id: 'arms-imports-ratio',
      label: 'Ratio of Azerbaijan’s to Armenia’s arms imports, 2011–2020',
      unit: '×',
      group: 'Ratio',
      inputs: ['azerbaijan-arms-imports-2011-2020', 'armenia-arms-imports-2011-2020'],
      compute: (i) => ratio(at(i, 0), at(i, 1)),
      formula: 'Azerbaijan ÷ Armenia',
    },
  ],
  'mine-maps': [
    {
      id: 'total-mines-on-maps',
      label: 'Total mines on the maps handed over (both handovers)',
      unit: 'mines',
      group: 'Totals',
      inputs: ['agdam-mines', 'fuzuli-zangilan-mines'],
      compute: (i) => sum(i),
      formula: 'Agdam + Fuzuli and Zangilan',
    },
    {
      id: 'total-detainees-released',
      label: 'Total detainees released in exchange (both handovers)',
      unit: 'detainees',
      group: 'Totals',
      inputs: ['agdam-detainees', 'fuzuli-zangilan-detainees'],
      compute: (i) => sum(i),
      formula: 'Agdam + Fuzuli and Zangilan',
    },
    {
      id: 'accurately-mapped-illustration',
      label: 'Illustration, not a count: mines accurately mapped if the stated accuracy held for all maps',
      unit: 'mines',
      group: 'Illustration',
      inputs: ['accuracy-stated', 'agdam-mines', 'fuzuli-zangilan-mines'],
      compute: (i) => product(at(i, 0), sum([at(i, 1), at(i, 2)]), 1 / 100),
      formula: 'stated accuracy (%) ÷ 100 × (Agdam + Fuzuli and Zangilan)',
      note: (i) =>
        `An illustration of what "${at(i, 0).printed}" would imply; the report gives no such count and does not say the accuracy applies to both handovers.`,
    },
  ],
  'parliamentary-votes': [
    {
      id: 'french-senate-share-for',
      label: 'French Senate: share of the printed votes cast in favour',
      unit: '%',
      group: 'French Senate',
      inputs: ['french-senate-for', 'french-senate-against'],
      compute: (i) => ratio(at(i, 0), sum([at(i, 0), at(i, 1)]), 100),
      formula: 'for ÷ (for + against) × 100',
    },
    {
      id: 'french-assembly-share-for',
      label: 'French National Assembly: share of the printed votes cast in favour',
      unit: '%',
      group: 'French National Assembly',
      inputs: ['french-assembly-for', 'french-assembly-against'],
      compute: (i) => ratio(at(i, 0), sum([at(i, 0), at(i, 1)]), 100),
      formula: 'for ÷ (for + against) × 100',
    },
  ],
};

/** Separator used between input quotes in a derived row's quote. */
export const QUOTE_SEPARATOR = ' … ';

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function deriveRow(spec: DerivationSpec, rows: FigureRow[]): FigureRow {
  const inputs = spec.inputs.map((id) => rowById(rows, id, `derivation ${spec.id}`));
  const result = spec.compute(inputs);
  const first = at(inputs, 0);
  return {
    id: spec.id,
    group: spec.group,
    label: spec.label,
    value: result.value,
    low: result.low,
    high: result.high,
    qualifier: result.qualifier,
    unit: spec.unit,
    printed: formatFigure({ ...result, unit: spec.unit }),
    date: null,
    section: first.section,
    footnote: null,
    source:
      `Derived by this dashboard (${spec.formula}) from: ` +
      inputs.map((r) => `${r.label}, ${r.printed} (${footnoteLabel(r.footnote)})`).join('; ') +
      '.',
    quote: uniq(inputs.map((r) => r.quote)).join(QUOTE_SEPARATOR),
    claimType: 'derived',
    note: typeof spec.note === 'function' ? spec.note(inputs) : (spec.note ?? null),
    derivedFrom: spec.inputs,
  };
}

/** A dataset with its derived rows appended (events have none). */
export function withDerived(ds: Dataset): Dataset {
  if (ds.kind !== 'figures') return ds;
  const specs = DERIVATIONS[ds.id] ?? [];
  if (specs.length === 0) return ds;
  const derived = specs.map((s) => deriveRow(s, ds.rows));
  return { ...ds, rows: [...ds.rows, ...derived] } satisfies FigureDataset;
}
