import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import type { Catalog, Level, Module, Programme } from '../model/catalog.js';
import { mustGet } from '../model/lookup.js';
import type { Overlap } from '../overlap/types.js';

/**
 * How much of a higher module must be the lower one's for a repeat: its topics matched one to
 * one (at least this share of them), or its weighted terms found in the lower module; and
 * what counts as deepening instead: at least `hoursFactor` times the hours, with new topics.
 */
export const repeatEvidence = { topicShare: 2 / 3, containment: 0.6, hoursFactor: 2 } as const;

interface Placed {
  readonly module: Module;
  readonly programme: Programme;
  readonly level: Level;
}

function placer(catalog: Catalog): (ref: string) => Placed | undefined {
  const programmes = new Map(catalog.programmes.map((p) => [p.id, p]));
  return (ref) => {
    const module = catalog.moduleByRef.get(ref);
    const programme = module ? programmes.get(module.programme) : undefined;
    const level = programme ? catalog.levels.get(programme.levelRef) : undefined;
    return module && programme && level ? { module, programme, level } : undefined;
  };
}

/**
 * `cross-level-repeat`: an overlap between levels of one track where the higher module shows
 * no progression: most of its topics are the lower module's (matched one to one), or most of
 * its content is found in the lower module, and it is not substantially longer with topics
 * of its own. Located at the higher module. What counts as progression is visible in the
 * message: topics taught again and new ones, the share of content found below, the hours.
 */
export function crossLevelRepeats(catalog: Catalog, overlaps: readonly Overlap[]): Finding[] {
  const place = placer(catalog);
  const findings: Finding[] = [];
  for (const o of overlaps) {
    if (o.scope !== 'cross-level') continue;
    const [a, b] = [place(o.a), place(o.b)];
    if (!a || !b || a.level.rank === b.level.rank) continue;
    // Within one provider's offer (national with national): a provincial copy repeats what
    // its original repeats, and is not reported once more for each school.
    if (a.programme.provider !== b.programme.provider) continue;
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
    if ((!topicRepeat && !contentRepeat) || deepens) continue;
    const evidence = [
      topics > 0 ? `${repeatedTopics} of its ${topics} topics taught again, ${newTopics} new` : '',
      `${Math.round(inLower * 100)} % of its content found in the lower module`,
      `${higher.module.hours} against ${lower.module.hours} hours`,
    ].filter(Boolean);
    findings.push(
      finding(
        'cross-level-repeat',
        higher.module.location,
        `"${higher.module.ref}" (${higher.level.title}) repeats "${lower.module.ref}" (${lower.level.title}) without progression: ${evidence.join('; ')}`,
        [{ ...lower.module.location, message: `${lower.module.ref}: ${lower.module.title}` }],
      ),
    );
  }
  return findings;
}

/**
 * `cross-track-overlap`: an overlap between modules of two tracks at levels the framework
 * declares comparable (`comparable`), at the first module by ref.
 */
export function crossTrackOverlaps(catalog: Catalog, overlaps: readonly Overlap[]): Finding[] {
  const place = placer(catalog);
  return overlaps
    .filter((o) => o.scope === 'comparable-levels')
    .flatMap((o) => {
      const [a, b] = [place(o.a), place(o.b)];
      if (!a || !b || a.programme.provider !== b.programme.provider) return [];
      const shared =
        o.shared.length > 0
          ? `; shared: ${o.shared
              .slice(0, 3)
              .map((s) => `"${s}"`)
              .join(', ')}`
          : '';
      return [
        finding(
          'cross-track-overlap',
          a.module.location,
          `"${o.a}" (${a.level.title}) and "${o.b}" (${b.level.title}), comparable levels of two tracks, teach the same content (score ${o.score.toFixed(2)})${shared}`,
          [{ ...b.module.location, message: `${o.b}: ${b.module.title}` }],
        ),
      ];
    });
}

/** Share of a programme's hours taught elsewhere that makes its certificate a candidate to cut. */
export const subsumedShare = 0.8;

/**
 * `subsumed-programme`: most of a programme's hours are taught by programmes at the same or a
 * higher level (of its track, or satisfying its level) and of the same provider (national
 * programmes with national ones): each module counts when it overlaps a module of such a
 * programme. Located at the programme; names where its parts are taught.
 */
export function subsumedProgrammes(catalog: Catalog, overlaps: readonly Overlap[]): Finding[] {
  const place = placer(catalog);
  const programmeLevel = (p: Programme) => mustGet(catalog.levels, p.levelRef);
  /** Whether programme `other` stands at the level of `p` or above it. */
  const atOrAbove = (other: Programme, p: Programme) => {
    // A provider's copy of a national programme is the same certificate, not another one.
    if (other.id === p.id || other.provider !== p.provider) return false;
    if (other.satisfies.includes(p.levelRef)) return true;
    const [mine, theirs] = [programmeLevel(p), programmeLevel(other)];
    return mine.track === theirs.track && theirs.rank >= mine.rank;
  };
  // For each module, the programmes at or above its own where an overlapping module is taught.
  const taughtIn = new Map<string, Set<string>>();
  for (const o of overlaps) {
    const [a, b] = [place(o.a), place(o.b)];
    if (!a || !b) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!atOrAbove(y.programme, x.programme)) continue;
      const where = taughtIn.get(x.module.ref) ?? new Set<string>();
      where.add(y.programme.id);
      taughtIn.set(x.module.ref, where);
    }
  }
  const findings: Finding[] = [];
  for (const p of catalog.programmes) {
    // Fieldwork and assessment are not compared (by default): they count neither way.
    const compared = p.modules.filter(
      (m) => m.activity === 'lesson' || m.activity === 'report' || taughtIn.has(m.ref),
    );
    const total = compared.reduce((s, m) => s + m.hours, 0);
    const covered = compared.filter((m) => taughtIn.has(m.ref));
    const hours = covered.reduce((s, m) => s + m.hours, 0);
    if (total <= 0 || hours / total < subsumedShare) continue;
    const elsewhere = new Map<string, number>();
    for (const m of covered)
      for (const q of taughtIn.get(m.ref) ?? [])
        elsewhere.set(q, (elsewhere.get(q) ?? 0) + m.hours);
    const where = [...elsewhere]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([q, h]) => `${q} (${h} hours)`)
      .join(', ');
    findings.push(
      finding(
        'subsumed-programme',
        p.location,
        `${Math.round((hours / total) * 100)} % of programme "${p.id}" (${hours} of ${total} hours compared) is taught by programmes at the same or a higher level: ${where}; its certificate is a candidate to cut`,
        covered.map((m) => ({
          ...m.location,
          message: `${m.ref}: taught in ${[...(taughtIn.get(m.ref) ?? [])].sort().join(', ')}`,
        })),
      ),
    );
  }
  return findings;
}
