import { subsumedProgrammes } from '../hierarchy/repeats.js';
import { message } from '../messages/catalogue.js';
import { defineRule } from './rule.js';

/**
 * Most of a programme's hours (80 % by default) are taught by programmes at the same or a
 * higher level of the same provider: its certificate is a candidate to cut. At the programme;
 * names where its parts are taught.
 */
export const subsumedProgramme = defineRule({
  id: 'subsumed-programme',
  severity: 'info',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
  check: ({ catalog, overlaps }, report) =>
    subsumedProgrammes(catalog, overlaps).map((s) =>
      report(
        s.programme.location,
        message('subsumed-programme.subsumed', {
          title: s.programme.title,
          id: s.programme.id,
          share: s.hours / s.total,
          hours: s.hours,
          total: s.total,
          periodMinutes: catalog.framework.periodMinutes,
          elsewhere: s.elsewhere,
        }),
        s.covered.map(({ module, places }) => ({
          ...module.location,
          message: message('subsumed-programme.taught-in', { module: module.ref, places }),
        })),
        [`programme:${s.programme.id}`],
      ),
    ),
});
