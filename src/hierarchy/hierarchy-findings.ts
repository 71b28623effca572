import type { Finding } from '../findings/finding.js';
import type { Catalog } from '../model/catalog.js';
import type { Overlap } from '../overlap/types.js';
import { crossLevelRepeats, crossTrackOverlaps, subsumedProgrammes } from './repeats.js';
import { missingLevels, unmetPositions } from './levels.js';
import {
  prerequisiteCycles,
  prerequisiteInversions,
  redundantPrerequisites,
} from './prerequisites.js';

/**
 * Every finding about the structure of levels, positions and prerequisites, and about
 * overlaps that cross the hierarchy (repeats up a track, comparable levels of two tracks,
 * programmes taught elsewhere). Pure.
 */
export function hierarchyFindings(catalog: Catalog, overlaps: readonly Overlap[]): Finding[] {
  return [
    ...crossLevelRepeats(catalog, overlaps),
    ...crossTrackOverlaps(catalog, overlaps),
    ...subsumedProgrammes(catalog, overlaps),
    ...missingLevels(catalog),
    ...unmetPositions(catalog),
    ...prerequisiteCycles(catalog),
    ...prerequisiteInversions(catalog),
    ...redundantPrerequisites(catalog),
  ];
}
