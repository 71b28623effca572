import { message } from '../messages/catalogue.js';
import { mustGet } from '../model/lookup.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/** How many modules a finding's message names; the others are counted. */
const maxNamed = 6;
/** How many of the other modules a finding points to (an editor or SARIF viewer lists them). */
const maxRelated = 20;

/**
 * Two or more modules teach the same content: one finding per cluster, at its first module,
 * the others as related.
 */
export const moduleOverlap = defineRule({
  id: 'module-overlap',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: true,
  needsWholeRepository: false,
  check: ({ catalog, clusters }, report) =>
    clusters.map((cluster) => {
      const [first, ...others] = cluster.modules.map((ref) => mustGet(catalog.moduleByRef, ref));
      if (first === undefined) throw new Error('a cluster without modules');
      return report(
        first.location,
        message('module-overlap.cluster', {
          kind: cluster.kind,
          modules: cluster.modules.length,
          // A national module and its copies are hundreds: name a few, count the rest (the
          // cluster in the reports and `about` hold them all).
          named: cluster.modules.slice(0, maxNamed),
          cohesionMin: cluster.cohesion.min,
          cohesionMean: cluster.cohesion.mean,
          hoursSaved: cluster.hoursSaved,
          periodMinutes: catalog.framework.periodMinutes,
          shared: cluster.shared.slice(0, 3),
        }),
        others.slice(0, maxRelated).map(relatedModule),
        cluster.modules.map((ref) => `module:${ref}`),
      );
    }),
});
