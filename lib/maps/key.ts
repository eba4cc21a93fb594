/**
 * What a map's key says of each kind of mark, in one place: the page's legend (`text`) and a slide's one-line caption
 * (`short`, the PowerPoint file, where the caption has two lines at 18 pt).
 */
import { ROUTES } from '../../data/places';
import type { ResolvedChart } from '../charts/resolve';
import { figureOf } from './chart-map';
import { routeLetter } from './map';

export type MapKeyKind = 'circle' | 'square' | 'mines' | 'returned' | 'route';

export interface MapKeyEntry {
  kind: MapKeyKind;
  text: string;
  short: string;
}

/** The key's entries for a map, in the order its legend lists them; routes, when drawn, one per route. */
export function mapKey(c: ResolvedChart): MapKeyEntry[] {
  const roles = new Set((c.spec.map?.areas ?? []).map((a) => a.role));
  return [
    { kind: 'circle', text: 'city, town or other point (GeoNames)', short: '● town or point' },
    {
      kind: 'square',
      text: 'district, region or exclave: the centroid of its Natural Earth polygon',
      short: '■ district or region (centroid)',
    },
    ...(roles.has('mines')
      ? [
          {
            kind: 'mines' as const,
            text: 'district whose minefield maps were handed over (solid outline, filled)',
            short: 'orange fill: minefield maps handed over',
          },
        ]
      : []),
    ...(roles.has('returned')
      ? [
          {
            kind: 'returned' as const,
            text: 'district the report says Armenia pledged to return (dashed outline, hatched)',
            short: 'blue dashed: district Armenia pledged to return',
          },
        ]
      : []),
    ...(c.spec.map?.routes
      ? ROUTES.map((r, i) => ({
          kind: 'route' as const,
          text: `${routeLetter(i)}: ${r.name}: schematic line, not surveyed${r.figure ? `; the report’s figure: ${figureOf(r.figure)}` : ''}`,
          short: 'purple dashed: schematic route, not surveyed',
        }))
      : []),
  ];
}

/** The key as one caption line: each kind once (the routes share one entry). */
export function mapKeyLine(c: ResolvedChart): string {
  return [...new Set(mapKey(c).map((e) => e.short))].join(' · ');
}
