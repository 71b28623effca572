import { placer } from '../hierarchy/repeats.js';
import { message } from '../messages/catalogue.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/**
 * An overlap between modules of two tracks at levels the framework declares comparable
 * (`comparable`), within one provider's offer. At the first module by ref.
 */
export const crossTrackOverlap = defineRule({
  id: 'cross-track-overlap',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: true,
  needsWholeRepository: false,
  check: ({ catalog, overlaps }, report) => {
    const place = placer(catalog);
    return overlaps.flatMap((o) => {
      if (o.scope !== 'comparable-levels') return [];
      const [a, b] = [place(o.a), place(o.b)];
      if (!a || !b || a.programme.provider !== b.programme.provider) return [];
      return [
        report(
          a.module.location,
          message('cross-track-overlap.overlap', {
            a: o.a,
            aTitle: a.module.title,
            aLevel: a.level.title,
            b: o.b,
            bTitle: b.module.title,
            bLevel: b.level.title,
            score: o.score,
            shared: o.shared.slice(0, 3),
          }),
          [relatedModule(b.module)],
          [`module:${o.a}`, `module:${o.b}`],
        ),
      ];
    });
  },
});
