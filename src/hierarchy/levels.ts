import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import { localText } from '../model/local-text.js';
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

/** A level as readers know it: its title, with the ref for finding it in the files. */
const describe = (level: Level) =>
  level.title === level.id ? `"${level.ref}"` : `"${level.title}" (${level.ref})`;

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
          localText(
            `bậc ${describe(level)} của nhánh "${track.title}" không có chương trình nào: không chương trình nào đào tạo bậc này hay được công nhận tương đương`,
            `level ${describe(level)} of track "${track.title}" is taught by no programme: none provides it and none satisfies it`,
          ),
          [],
          [`level:${level.ref}`],
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
        const named = level ? describe(level) : `"${ref}"`;
        return finding(
          'position-unmet',
          position.location,
          localText(
            `vị trí việc làm "${position.title}" (${position.id}) yêu cầu bậc ${named}, nhưng không chương trình nào đào tạo bậc này hay được công nhận tương đương: không lộ trình nào dẫn tới vị trí này`,
            `position "${position.title}" (${position.id}) requires level ${named}, which no programme provides or satisfies: no pathway leads to this position`,
          ),
          level
            ? [{ ...level.location, message: localText(`bậc ${level.ref}`, `level ${level.ref}`) }]
            : [],
          [`position:${position.id}`, `level:${ref}`],
        );
      }),
  );
}
