import type { ReactNode } from 'react';

/**
 * Two renderings of one D3 chart, for narrow and wide containers; CSS container queries show one. Its own module:
 * pages that draw a bar without a chart frame (the overview's cards, the web deck) import it without ChartFigure's
 * client leaves (export, tooltip), which any import of ChartFigure would add to their first-load JavaScript.
 */
export function Responsive({ narrow, wide }: { narrow: ReactNode; wide: ReactNode }) {
  return (
    <>
      <div className="svg-wide">{wide}</div>
      <div className="svg-narrow">{narrow}</div>
    </>
  );
}
