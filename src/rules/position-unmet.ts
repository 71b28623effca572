import { describeLevel, reachedLevels } from '../hierarchy/levels.js';
import { message } from '../messages/catalogue.js';
import { defineRule } from './rule.js';

/**
 * A position requires a level that no programme provides or satisfies: no pathway leads to
 * it. Reported at the position, once per level it lacks.
 */
export const positionUnmet = defineRule({
  id: 'position-unmet',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: true,
  check: ({ catalog }, report) => {
    const reached = reachedLevels(catalog);
    return catalog.positions.flatMap((position) =>
      position.requires
        .filter((ref) => !reached.has(ref))
        .map((ref) => {
          const level = catalog.levels.get(ref);
          return report(
            position.location,
            message('position-unmet.unmet', {
              position: position.title,
              id: position.id,
              level: level ? describeLevel(level) : `"${ref}"`,
            }),
            level
              ? [
                  {
                    ...level.location,
                    message: message('position-unmet.level', { ref: level.ref }),
                  },
                ]
              : [],
            [`position:${position.id}`, `level:${ref}`],
          );
        }),
    );
  },
});
