import type { LegendEntry } from '../../lib/model/bound';
import type { BoundKind } from '../../lib/model/bound-kind';

const SWATCH: Record<BoundKind, string> = {
  point: 'swatch-solid',
  approx: 'swatch-approx',
  upper: 'swatch-fade-in',
  lower: 'swatch-fade-out',
};

/** The legend of a chart's bounds: one swatch per kind of mark it draws, worded by the bound rule. */
export function BoundLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <p className="legend">
      {entries.map((e) => (
        <span key={e.kind} className="legend-item" data-bound={e.kind}>
          <span className={`swatch ${SWATCH[e.kind]}`} aria-hidden="true" /> {e.text}
        </span>
      ))}
    </p>
  );
}
