import { inversions } from '../hierarchy/prerequisites.js';
import { message } from '../messages/catalogue.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/**
 * A module requires a module of a higher level of the same track: a later step of the ladder
 * as a condition for an earlier one. At the prerequisite.
 */
export const prerequisiteInversion = defineRule({
  id: 'prerequisite-inversion',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
  check: ({ catalog }, report) =>
    inversions(catalog).map(({ module, level, required, requiredLevel, where }) =>
      report(
        where,
        message('prerequisite-inversion.inverted', {
          module: module.ref,
          moduleTitle: module.title,
          level: level.title,
          required: required.ref,
          requiredTitle: required.title,
          requiredLevel: requiredLevel.title,
        }),
        [relatedModule(required)],
        [`module:${module.ref}`, `module:${required.ref}`],
      ),
    ),
});
