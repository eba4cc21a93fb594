/** A unit (waffle) chart: 100 cells, one per percentage point (pure). */
export interface WaffleCell {
  x: number;
  y: number;
  size: number;
  filled: boolean;
  index: number;
}

export function waffle(
  percent: number,
  opts: { cols?: number; rows?: number; cell?: number; gap?: number } = {},
): { cells: WaffleCell[]; width: number; height: number; filled: number } {
  const { cols = 10, rows = 10, cell = 18, gap = 3 } = opts;
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new Error(`percent out of range: ${percent}`);
  const total = cols * rows;
  const filled = Math.round((percent / 100) * total);
  const cells: WaffleCell[] = [];
  for (let i = 0; i < total; i++) {
    // Fill from the bottom-left, row by row, so the filled share reads as a level.
    const col = i % cols;
    const row = rows - 1 - Math.floor(i / cols);
    cells.push({ x: col * (cell + gap), y: row * (cell + gap), size: cell, filled: i < filled, index: i });
  }
  return { cells, width: cols * (cell + gap) - gap, height: rows * (cell + gap) - gap, filled };
}
