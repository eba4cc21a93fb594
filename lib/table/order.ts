/**
 * The order of a table's rows under a sort, computed by TanStack Table's sorted row model without React
 * (`constructTable` with the store reactivity TanStack ships for non-framework use). The page loads this module
 * only when a reader sorts a table or opens a sorted link; the server HTML and a table that is only read show the
 * report's order and need none of it.
 */
import {
  constructTable,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { cellOf, compareDirected, type SortSpec } from './sort';

type Rec = Record<string, unknown>;

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    // The direction is folded into the comparison (empty cells stay last either way), so the table always sorts "ascending".
    byCell: (a, b, columnId: string) =>
      compareDirected(cellOf(a.original as Rec, columnId), cellOf(b.original as Rec, columnId), false),
    byCellDesc: (a, b, columnId: string) =>
      compareDirected(cellOf(a.original as Rec, columnId), cellOf(b.original as Rec, columnId), true),
  },
});

const helper = createColumnHelper<typeof features, Rec>();

/** Rows in the order of `sort` (ties keep the report's order); the report's order when sort is null. */
export function orderRows<T extends object>(
  columnIds: readonly string[],
  rows: readonly T[],
  sort: SortSpec | null,
): T[] {
  if (!sort) return [...rows];
  const table = constructTable({
    features,
    columns: columnIds.map((id) =>
      helper.accessor((r: Rec) => r[id], {
        id,
        sortFn: sort.desc ? 'byCellDesc' : 'byCell',
        sortDescFirst: false,
        sortUndefined: false,
      }),
    ),
    data: rows as unknown as Rec[],
    state: { sorting: [{ id: sort.id, desc: false }] },
    enableMultiSort: false,
  });
  return table.getRowModel().rows.map((r) => r.original as unknown as T);
}
