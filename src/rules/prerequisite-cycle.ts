import { cycles } from '../hierarchy/prerequisites.js';
import { message } from '../messages/catalogue.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/**
 * Modules require each other in a circle (a module requiring itself among them): none of them
 * can ever be started. One finding per cycle, at its first module by ref where it requires the
 * next; `validate` reports it too, since it makes modules impossible whatever the analysis.
 */
export const prerequisiteCycle = defineRule({
  id: 'prerequisite-cycle',
  severity: 'error',
  stage: 'validate',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
  check: (catalog, report) =>
    cycles(catalog).map(({ path, members, where }) => {
      const [first] = path;
      return report(
        where,
        members.length === 1 && first
          ? message('prerequisite-cycle.itself', { module: first.ref })
          : message('prerequisite-cycle.cycle', { chain: path.map((m) => m.ref) }),
        members.slice(1).map(relatedModule),
        members.map((m) => `module:${m.ref}`),
      );
    }),
});
