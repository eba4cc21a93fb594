import type { BoundKind } from '../../../lib/model/bound-kind';

/** Serializable props passed from server pages to the Recharts client charts. */
export interface BarDatum {
  id: string;
  name: string;
  value: number;
  /** the figure as the chart labels it (lib/model/labels.ts markValue: qualifier, number and unit) */
  text: string;
  /** the kind of mark the bound rule gives the figure (lib/model/bound.ts) */
  bound: BoundKind;
}

export interface RechartsPanel {
  title: string;
  unit: string;
  data: BarDatum[];
}

export type RechartsChartProps = {
  layout: 'horizontal' | 'vertical';
  panels: RechartsPanel[];
  annotation?: string;
  height: number;
};
