import { redundancies } from '../hierarchy/prerequisites.js';
import { message } from '../messages/catalogue.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/**
 * A module requires a module that another of its prerequisites already requires, directly or
 * not. At the prerequisite that can go.
 */
export const redundantPrerequisite = defineRule({
  id: 'redundant-prerequisite',
  severity: 'info',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
  check: ({ catalog }, report) =>
    redundancies(catalog).map(({ module, required, via, where }) =>
      report(
        where,
        message('redundant-prerequisite.redundant', {
          module: module.ref,
          required,
          via: via.ref,
        }),
        [relatedModule(via)],
        [`module:${module.ref}`, `module:${required}`, `module:${via.ref}`],
      ),
    ),
});
