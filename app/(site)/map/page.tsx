import type { Metadata } from 'next';
import { chartOf } from '../../../lib/charts/registry';
import { PageChart } from '../../../components/charts/DatasetCharts';

export const metadata: Metadata = {
  title: 'Map: where the report’s events happened',
  description:
    'The places the report names, on a map drawn from Natural Earth boundaries and GeoNames coordinates: its dated events in date order, and every place it names.',
};

export default function MapPage() {
  const events = chartOf('timeline', 'events-map');
  const places = chartOf('places', 'places-map');
  if (!events || !places) throw new Error('no events map or places map');
  return (
    <>
      <h1>Where the report’s events happened</h1>
      <p className="lede">
        The places the report names, drawn from Natural Earth boundaries and GeoNames coordinates. The maps show where
        the report says things happened; they draw no front line, launch point or range, and take no position on any
        border or name. <a href="/datasets/places">Every place, with its coordinates and sources</a>.
      </p>
      <h2>The report’s dated events</h2>
      <PageChart chart={events} />
      <h2>Every place the report names</h2>
      <PageChart chart={places} />
    </>
  );
}
