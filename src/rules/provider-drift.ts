import { message } from '../messages/catalogue.js';
import { programmesById, providerName } from '../model/lookup.js';
import { defineRule } from './rule.js';

/**
 * A provider's copy of a national programme drops some of its modules. At the copy; the
 * reports show every difference (added, reworded, hours), the finding the content lost.
 */
export const providerDrift = defineRule({
  id: 'provider-drift',
  severity: 'info',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: false,
  needsWholeRepository: false,
  check: ({ catalog, drift }, report) => {
    const programmes = programmesById(catalog);
    return drift.flatMap((d) => {
      const copy = programmes.get(d.programme);
      if (!copy || d.dropped.length === 0) return [];
      return [
        report(
          copy.location,
          message('provider-drift.drops', {
            programme: d.programme,
            programmeTitle: copy.title,
            provider: providerName(catalog, d.provider),
            national: d.national,
            nationalTitle: programmes.get(d.national)?.title ?? d.national,
            dropped: d.dropped,
            droppedHours: d.droppedHours,
            periodMinutes: catalog.framework.periodMinutes,
          }),
          [],
          [`programme:${d.programme}`, `programme:${d.national}`],
        ),
      ];
    });
  },
});
