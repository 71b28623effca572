import type { Finding } from '../findings/finding.js';
import type { Catalog } from '../model/catalog.js';
import { missingLevels, unmetPositions } from './levels.js';
import {
  prerequisiteCycles,
  prerequisiteInversions,
  redundantPrerequisites,
} from './prerequisites.js';

/** Every finding about the structure of levels, positions and prerequisites. Pure. */
export function hierarchyFindings(catalog: Catalog): Finding[] {
  return [
    ...missingLevels(catalog),
    ...unmetPositions(catalog),
    ...prerequisiteCycles(catalog),
    ...prerequisiteInversions(catalog),
    ...redundantPrerequisites(catalog),
  ];
}
