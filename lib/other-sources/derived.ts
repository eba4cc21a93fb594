/**
 * Sums and a ratio computed here from SIPRI's data (data/other-sources-sipri.ts): the volume of major-arms deliveries
 * to each recipient over 2011–2020 in SIPRI trend-indicator values, and their ratio. Rows of their own, claim type
 * "derived", with the formula and every input named. They stand beside the report's arms-imports figures; they are
 * SIPRI's data added up by this dashboard, not a figure SIPRI or the report prints.
 */
import { SIPRI_EXTRACT } from '../../data/other-sources-sipri';
import { formatDecimal } from '../model/format';
import type { OtherSourceFigure } from '../model/other-sources';
import { parseCsv } from '../outputs/csv';

export interface SipriDelivery {
  /** `sipri-<AT Database ID>-<delivery year>`: the name a derived row's inputs use. */
  id: string;
  recipient: string;
  supplier: string;
  designation: string;
  year: number;
  tiv: number;
  line: string;
}

/** Every stored record, read by its header's column names. */
export function sipriDeliveries(
  extract: { header: string; records: readonly string[] } = SIPRI_EXTRACT,
): SipriDelivery[] {
  const [header] = parseCsv(extract.header);
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`SIPRI extract: no column "${name}"`);
    return i;
  };
  const [idC, recC, supC, desC, yearC, tivC] = [
    'SIPRI AT Database ID',
    'Recipient',
    'Supplier',
    'Designation',
    'Delivery year',
    'TIV delivery values',
  ].map(col) as [number, number, number, number, number, number];
  const seen = new Set<string>();
  return extract.records.map((line) => {
    const [cells] = parseCsv(line);
    if (!cells || cells.length !== header!.length)
      throw new Error(`SIPRI extract: a record has the wrong width: ${line}`);
    const year = Number(cells[yearC]);
    const tiv = Number(cells[tivC]);
    if (!Number.isInteger(year) || !Number.isFinite(tiv)) throw new Error(`SIPRI extract: unreadable record: ${line}`);
    const id = `sipri-${cells[idC]}-${year}`;
    if (seen.has(id)) throw new Error(`SIPRI extract: two records named ${id}`);
    seen.add(id);
    return { id, recipient: cells[recC]!, supplier: cells[supC]!, designation: cells[desC]!, year, tiv, line };
  });
}

const FIRST = 2011;
const LAST = 2020;
/** Hundredths: TIV values have at most two decimals, and a float sum drifts past them (3345.2799999999993). */
const hundredths = (v: number) => Math.round(v * 100) / 100;

const common = {
  publisher: SIPRI_EXTRACT.publisher,
  title: SIPRI_EXTRACT.title,
  url: SIPRI_EXTRACT.url,
  published: SIPRI_EXTRACT.published,
  publishedBasis: SIPRI_EXTRACT.publishedBasis,
  asOf: SIPRI_EXTRACT.published,
  quote: SIPRI_EXTRACT.preamble[0]!,
  kind: 'independent research body' as const,
  retrievedWith: SIPRI_EXTRACT.retrievedWith,
  claimType: 'derived' as const,
  qualifier: 'exact' as const,
};

function sumRow(recipient: 'Azerbaijan' | 'Armenia', reportRow: string, deliveries: readonly SipriDelivery[]) {
  const inputs = deliveries.filter((d) => d.recipient === recipient && d.year >= FIRST && d.year <= LAST);
  const value = hundredths(inputs.reduce((s, d) => s + d.tiv, 0));
  const row: OtherSourceFigure = {
    ...common,
    id: `sipri-tiv-${recipient.toLowerCase()}-2011-2020`,
    about: [{ dataset: 'arms-imports', row: reportRow }],
    printed: `${formatDecimal(value)} million TIV (derived)`,
    value,
    low: value,
    high: value,
    unit: 'SIPRI TIV (millions)',
    scope: `Deliveries of major arms to ${recipient} with a delivery year from ${FIRST} to ${LAST}, in SIPRI trend-indicator values (a volume index, not US dollars), from the edition of SIPRI’s data generated on 3 January 2025; later editions revise past years.`,
    note: `Derived by this dashboard: SIPRI does not print this sum. The quote is the data file’s unit line. ${inputs.length} delivery records, each named in “inputs” by its SIPRI AT Database ID and delivery year.`,
    formula: `sum of "TIV delivery values" over the records with Recipient = ${recipient} and ${FIRST} ≤ Delivery year ≤ ${LAST}`,
    inputs: inputs.map((d) => d.id),
  };
  return row;
}

/** The derived rows: the two sums and their ratio. */
export function sipriDerivedRows(deliveries: readonly SipriDelivery[] = sipriDeliveries()): OtherSourceFigure[] {
  const az = sumRow('Azerbaijan', 'azerbaijan-arms-imports-2011-2020', deliveries);
  const am = sumRow('Armenia', 'armenia-arms-imports-2011-2020', deliveries);
  const ratio = hundredths((az.value as number) / (am.value as number));
  return [
    az,
    am,
    {
      ...common,
      id: 'sipri-tiv-ratio-2011-2020',
      about: [{ dataset: 'arms-imports', row: 'arms-imports-ratio' }],
      printed: `${formatDecimal(ratio)} (derived)`,
      value: ratio,
      low: ratio,
      high: ratio,
      unit: 'ratio (Azerbaijan / Armenia)',
      scope: `The ratio of the two sums above (deliveries ${FIRST}–${LAST} in SIPRI trend-indicator values, data of 3 January 2025), rounded to two decimals.`,
      note: 'Derived by this dashboard from the two derived sums; not a figure SIPRI prints.',
      formula: `${az.id} / ${am.id}, rounded to two decimals`,
      inputs: [az.id, am.id],
    },
  ];
}
