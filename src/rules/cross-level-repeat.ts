import { placer, repeatEvidence } from '../hierarchy/repeats.js';
import { message } from '../messages/catalogue.js';
import { relatedModule } from './related.js';
import { defineRule } from './rule.js';

/**
 * An overlap between levels of one track where the higher module shows no progression: most
 * of its topics are the lower module's (matched one to one), or most of its content is found in
 * the lower module, and it is not substantially longer with topics of its own. At the higher
 * module; the message shows the evidence: topics taught again and new, the share of content
 * found below, the hours.
 */
export const crossLevelRepeat = defineRule({
  id: 'cross-level-repeat',
  severity: 'warning',
  stage: 'analyse',
  fixed: false,
  acceptsIntended: true,
  needsWholeRepository: false,
  check: ({ catalog, overlaps }, report) => {
    const place = placer(catalog);
    return overlaps.flatMap((o) => {
      if (o.scope !== 'cross-level') return [];
      const [a, b] = [place(o.a), place(o.b)];
      if (!a || !b || a.level.rank === b.level.rank) return [];
      // Within one provider's offer (national with national): a provincial copy repeats what
      // its original repeats, and is not reported once more for each school.
      if (a.programme.provider !== b.programme.provider) return [];
      const [lower, higher] = a.level.rank < b.level.rank ? [a, b] : [b, a];
      const higherIsA = higher === a;
      // Topics of the higher module taught again: each counted once, however many lower
      // topics match it.
      const repeatedTopics = new Set(o.topics.map((t) => (higherIsA ? t.a : t.b))).size;
      const topics = higher.module.topics.length;
      const newTopics = Math.max(0, topics - repeatedTopics);
      const inLower = higherIsA ? o.measures.containment[0] : o.measures.containment[1];
      const topicRepeat = topics >= 2 && repeatedTopics / topics >= repeatEvidence.topicShare;
      const contentRepeat = inLower >= repeatEvidence.containment;
      // Deepening: at least twice the time, with topics of its own.
      const deepens =
        higher.module.hours >= repeatEvidence.hoursFactor * lower.module.hours &&
        (newTopics > 0 || topics === 0);
      if ((!topicRepeat && !contentRepeat) || deepens) return [];
      const [h, l] = [higher.module, lower.module];
      return [
        report(
          h.location,
          message('cross-level-repeat.repeat', {
            higher: h.ref,
            higherTitle: h.title,
            higherLevel: higher.level.title,
            lower: l.ref,
            lowerTitle: l.title,
            lowerLevel: lower.level.title,
            topics,
            repeatedTopics,
            newTopics,
            inLower,
            higherHours: h.hours,
            lowerHours: l.hours,
            periodMinutes: catalog.framework.periodMinutes,
          }),
          [relatedModule(l)],
          [`module:${h.ref}`, `module:${l.ref}`],
        ),
      ];
    });
  },
});
