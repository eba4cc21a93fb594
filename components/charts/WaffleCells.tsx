import type { WaffleCell } from '../../lib/charts/geometry/waffle';

/** One path of square cells: "M x,y h s v s h -s z" each. */
const cellsPath = (cells: readonly WaffleCell[]) =>
  cells.map((c) => `M${c.x},${c.y}h${c.size}v${c.size}h${-c.size}z`).join('');

/**
 * The cells of a unit chart as D3 laid them out (the page's waffle, the slide's and the overview card's): two paths,
 * the filled cells and the empty ones, rather than a hundred elements, so the page's HTML and the data React hydrates
 * from stay small.
 */
export function WaffleCells({ cells }: { cells: readonly WaffleCell[] }) {
  return (
    <>
      <path className="cell filled" d={cellsPath(cells.filter((c) => c.filled))} />
      <path className="cell empty" d={cellsPath(cells.filter((c) => !c.filled))} />
    </>
  );
}
