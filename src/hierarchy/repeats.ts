import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import { type Lang, localText, neutral } from '../model/local-text.js';
import { formatFixed, formatNumber, formatPercent } from '../messages/number-format.js';
import { count, hoursUnit } from '../messages/words.js';
import type { Catalog, Level, Module, Programme } from '../model/catalog.js';
import { mustGet, programmesById } from '../model/lookup.js';
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
  const programmes = programmesById(catalog);
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
  const unit = hoursUnit(catalog.framework.periodMinutes);
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
    const evidence = (lang: Lang) =>
      [
        topics > 0
          ? lang === 'vi'
            ? `${repeatedTopics}/${topics} chủ đề được dạy lại, ${newTopics} chủ đề mới`
            : `${repeatedTopics} of its ${topics} topics taught again, ${newTopics} new`
          : '',
        lang === 'vi'
          ? `${formatPercent(inLower, lang)} nội dung đã có ở mô-đun bậc dưới`
          : `${formatPercent(inLower, lang)} of its content found in the lower module`,
        lang === 'vi'
          ? `${formatNumber(higher.module.hours, lang)} so với ${count(lower.module.hours, unit, lang)}`
          : `${formatNumber(higher.module.hours, lang)} against ${count(lower.module.hours, unit, lang)}`,
      ]
        .filter(Boolean)
        .join('; ');
    const [h, l] = [higher.module, lower.module];
    findings.push(
      finding(
        'cross-level-repeat',
        h.location,
        localText(
          `"${h.ref}" (${higher.level.title}) lặp lại "${l.ref}" (${lower.level.title}) mà không nâng cao: ${evidence('vi')}`,
          `"${h.ref}" (${higher.level.title}) repeats "${l.ref}" (${lower.level.title}) without progression: ${evidence('en')}`,
        ),
        [{ ...l.location, message: neutral(`${l.ref}: ${l.title}`) }],
        [`module:${h.ref}`, `module:${l.ref}`],
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
      const quoted = o.shared
        .slice(0, 3)
        .map((s) => `"${s}"`)
        .join(', ');
      const shared = (label: string) => (quoted === '' ? '' : `; ${label}: ${quoted}`);
      return [
        finding(
          'cross-track-overlap',
          a.module.location,
          localText(
            `"${o.a}" (${a.level.title}) và "${o.b}" (${b.level.title}), hai bậc tương đương của hai nhánh, dạy cùng một nội dung (điểm ${formatFixed(o.score, 'vi')})${shared('nội dung chung')}`,
            `"${o.a}" (${a.level.title}) and "${o.b}" (${b.level.title}), comparable levels of two tracks, teach the same content (score ${formatFixed(o.score, 'en')})${shared('shared')}`,
          ),
          [{ ...b.module.location, message: neutral(`${o.b}: ${b.module.title}`) }],
          [`module:${o.a}`, `module:${o.b}`],
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
  const unit = hoursUnit(catalog.framework.periodMinutes);
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
    const where = (lang: Lang) =>
      [...elsewhere]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .map(([q, h]) => `${q} (${count(h, unit, lang)})`)
        .join(', ');
    const share = hours / total;
    findings.push(
      finding(
        'subsumed-programme',
        p.location,
        localText(
          `${formatPercent(share, 'vi')} chương trình "${p.title}" (${p.id}; ${formatNumber(hours, 'vi')}/${count(total, unit, 'vi')} được so sánh) đã được dạy ở các chương trình cùng bậc hoặc bậc cao hơn: ${where('vi')}; chứng chỉ của chương trình này có thể cắt bỏ`,
          `${formatPercent(share, 'en')} of programme "${p.title}" (${p.id}; ${formatNumber(hours, 'en')} of ${count(total, unit, 'en')} compared) is taught by programmes at the same or a higher level: ${where('en')}; its certificate is a candidate to cut`,
        ),
        covered.map((m) => {
          const places = [...(taughtIn.get(m.ref) ?? [])].sort().join(', ');
          return {
            ...m.location,
            message: localText(`${m.ref}: được dạy ở ${places}`, `${m.ref}: taught in ${places}`),
          };
        }),
        [`programme:${p.id}`],
      ),
    );
  }
  return findings;
}
