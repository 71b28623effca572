import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import type { Catalog, Level } from '../model/catalog.js';

/** Level refs some programme provides (its own level) or satisfies (its certificate counts for). */
export function reachedLevels(catalog: Catalog): ReadonlySet<string> {
  const reached = new Set<string>();
  for (const p of catalog.programmes) {
    reached.add(p.levelRef);
    for (const ref of p.satisfies) reached.add(ref);
  }
  return reached;
}

const describe = (level: Level) =>
  level.title === level.id ? `"${level.ref}"` : `"${level.ref}" (${level.title})`;

/** `missing-level`: a track level no programme provides or satisfies, at the level. */
export function missingLevels(catalog: Catalog): Finding[] {
  const reached = reachedLevels(catalog);
  return catalog.tracks.flatMap((track) =>
    track.levels
      .filter((level) => !reached.has(level.ref))
      .map((level) =>
        finding(
          'missing-level',
          level.location,
          `level ${describe(level)} of track "${track.id}" is taught by no programme: none provides it and none satisfies it`,
        ),
      ),
  );
}

/** `position-unmet`: a position requires a level nothing provides or satisfies, at the position. */
export function unmetPositions(catalog: Catalog): Finding[] {
  const reached = reachedLevels(catalog);
  return catalog.positions.flatMap((position) =>
    position.requires
      .filter((ref) => !reached.has(ref))
      .map((ref) => {
        const level = catalog.levels.get(ref);
        return finding(
          'position-unmet',
          position.location,
          `position "${position.id}" (${position.title}) requires level ${level ? describe(level) : `"${ref}"`}, which no programme provides or satisfies: no pathway leads to this position`,
          level ? [{ ...level.location, message: `level ${level.ref}` }] : [],
        );
      }),
  );
}
