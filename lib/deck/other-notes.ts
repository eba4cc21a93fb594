/**
 * Speaker notes of other sources (web deck and PowerPoint): for each of the report's rows a slide shows, one note per
 * other-source row beside it, after the report's own phrases. Marked as not the report's; each with its kind, publisher,
 * date, scope, quote and address. The deck's `slideNotes` adds them (one call), so both decks carry the same notes.
 */
import { formatPartialDate } from '../model/format';
import { isNoneFound, type OtherSourceRow } from '../model/other-sources';
import type { Row } from '../model/schema';
import { getOtherSources, othersBeside } from '../other-sources/sources';

/** What a note shows in parentheses: the kind of source, where the report's notes show the claim type. */
export type OtherNoteKind = OtherSourceRow['kind'];

function noteText(reportPrinted: string, o: OtherSourceRow): string {
  const beside = `Other source, not the report’s figure, beside “${reportPrinted}”:`;
  if (isNoneFound(o)) return `${beside} no other source found (${o.scope}); searches tried: ${o.searches.length}.`;
  const asOf = o.asOf && o.asOf !== o.published ? `, as of ${formatPartialDate(o.asOf)}` : '';
  return `${beside} ${o.printed} — ${o.publisher}, ${formatPartialDate(o.published)}${asOf}. Scope: ${o.scope} “${o.quote}” ${o.url}`;
}

export function otherSourceNotes(
  rows: readonly Row[],
  datasetId: string | null,
  all: readonly OtherSourceRow[] = getOtherSources(),
): { id: string; text: string; claimType: OtherNoteKind }[] {
  if (datasetId === null) return [];
  const seen = new Set<string>();
  return rows.flatMap((r) =>
    othersBeside(datasetId, r.id, all)
      .filter((o) => !seen.has(o.id) && seen.add(o.id))
      .map((o) => ({
        id: `other-${o.id}`,
        text: noteText('value' in r ? r.printed : 'event' in r ? formatPartialDate(r.date) : r.name, o),
        claimType: o.kind,
      })),
  );
}
