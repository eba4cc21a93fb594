/**
 * The registry: every dataset the product serves, in display order.
 * Data only; derived rows are added by lib/datasets/datasets.ts.
 */
import { agriculturalLosses } from './agricultural-losses';
import { armsImports } from './arms-imports';
import { casualties } from './casualties';
import { conflictFigures } from './conflict-figures';
import { displacementAndTerritory } from './displacement-and-territory';
import { distancesAndRanges } from './distances-and-ranges';
import { mineMaps } from './mine-maps';
import { parliamentaryVotes } from './parliamentary-votes';
import { peacekeeping } from './peacekeeping';
import { places } from './places';
import { timeline } from './timeline';
import type { Dataset } from '../lib/model/schema';

export const REGISTRY: readonly Dataset[] = [
  armsImports,
  agriculturalLosses,
  mineMaps,
  casualties,
  timeline,
  peacekeeping,
  distancesAndRanges,
  parliamentaryVotes,
  displacementAndTerritory,
  conflictFigures,
  places,
];
