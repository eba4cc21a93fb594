/** Serializable props passed from server pages to the Recharts client charts. */
export interface BarDatum {
  id: string;
  name: string;
  value: number;
  /** the figure as the chart labels it, with its qualifier ("nearly" and the number, as formatFigure writes it) */
  text: string;
  /** true when the value is a bound or approximate, drawn with a dashed outline */
  hedged: boolean;
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
