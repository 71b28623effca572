import type { Catalog, Level, Module, Programme } from '../model/catalog.js';
import { mustGet, programmesById } from '../model/lookup.js';
import type { Overlap } from '../overlap/types.js';

/**
 * How much of a higher module must be the lower one's for a repeat: its topics matched one to
 * one (at least this share of them), or its weighted terms found in the lower module; and
 * what counts as deepening instead: at least `hoursFactor` times the hours, with new topics.
 */
export const repeatEvidence = { topicShare: 2 / 3, containment: 0.6, hoursFactor: 2 } as const;

/** A module with its programme and level. */
export interface Placed {
  readonly module: Module;
  readonly programme: Programme;
  readonly level: Level;
}

export function placer(catalog: Catalog): (ref: string) => Placed | undefined {
  const programmes = programmesById(catalog);
  return (ref) => {
    const module = catalog.moduleByRef.get(ref);
    const programme = module ? programmes.get(module.programme) : undefined;
    const level = programme ? catalog.levels.get(programme.levelRef) : undefined;
    return module && programme && level ? { module, programme, level } : undefined;
  };
}

/** Share of a programme's hours taught elsewhere that makes its certificate a candidate to cut. */
export const subsumedShare = 0.8;

/** A programme most of whose hours are taught elsewhere. */
export interface Subsumed {
  readonly programme: Programme;
  /** Hours of its compared modules taught elsewhere, and of all its compared modules. */
  readonly hours: number;
  readonly total: number;
  /** The programmes that teach them, with the hours each teaches, most first. */
  readonly elsewhere: readonly (readonly [string, number])[];
  /** Its modules taught elsewhere, each with the programmes that teach it, sorted. */
  readonly covered: readonly { readonly module: Module; readonly places: readonly string[] }[];
}

/**
 * Programmes most of whose hours are taught by programmes at the same or a higher level (of
 * its track, or satisfying its level) and of the same provider (national programmes with
 * national ones): each module counts when it overlaps a module of such a programme.
 */
export function subsumedProgrammes(catalog: Catalog, overlaps: readonly Overlap[]): Subsumed[] {
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
  const found: Subsumed[] = [];
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
    found.push({
      programme: p,
      hours,
      total,
      elsewhere: [...elsewhere].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)),
      covered: covered.map((module) => ({
        module,
        places: [...(taughtIn.get(module.ref) ?? [])].sort(),
      })),
    });
  }
  return found;
}
