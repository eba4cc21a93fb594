import { chartOf } from '../../lib/charts/registry';
import { footnoteLabel, formatPartialDate } from '../../lib/model/format';
import type { EventRow } from '../../lib/model/schema';
import { placeRows } from '../../lib/maps/chart-map';
import { PageChart } from './DatasetCharts';
import { EventStepper, type StepEvent } from './EventStepper';

/** The events map with its date-order stepper: on the timeline page and on /map. */
export function EventsMap() {
  const c = chartOf('timeline', 'events-map');
  if (!c) throw new Error('no events map');
  const places = placeRows();
  const steps: StepEvent[] = (c.rows as EventRow[])
    .flatMap((r) => {
      const p = places.find((x) => (x.namedIn ?? []).includes(`timeline/${r.id}`) && x.drawn === 'regional');
      return p
        ? [
            {
              id: r.id,
              place: p.id,
              date: formatPartialDate(r.date),
              sort: r.date,
              text: r.event,
              footnote: footnoteLabel(r.footnote),
            },
          ]
        : [];
    })
    .sort((a, b) => a.sort.localeCompare(b.sort))
    .map(({ sort: _s, ...rest }) => rest);
  return (
    <>
      <EventStepper events={steps} mapId={`chart-${c.datasetId}-${c.id}`} />
      <PageChart chart={c} />
    </>
  );
}
