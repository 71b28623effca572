import { describeLevel, reachedLevels } from '../hierarchy/levels.js';
import { message } from '../messages/catalogue.js';
import { defineRule } from './rule.js';

/**
 * A level of a track that no programme provides or satisfies: nobody can reach it. Reported
 * at the level, once per level.
 */
export const missingLevel = defineRule({
  id: 'missing-level',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: true,
  check: ({ catalog }, report) => {
    const reached = reachedLevels(catalog);
    return catalog.tracks.flatMap((track) =>
      track.levels
        .filter((level) => !reached.has(level.ref))
        .map((level) =>
          report(
            level.location,
            message('missing-level.untaught', { level: describeLevel(level), track: track.title }),
            [],
            [`level:${level.ref}`],
          ),
        ),
    );
  },
});
