import { programmesById } from '../model/lookup.js';
import type { Catalog, Module, Position, Programme } from '../model/catalog.js';
import { roundHours } from '../model/hours.js';
import { compareStrings } from '../model/order.js';
import type { Cluster, Overlap } from '../overlap/types.js';
import { type Covered, repeatedHours } from './hours.js';

/**
 * A way to qualify for a position (docs/format.md §5.2): a minimal set of programmes — none can be left
 * out — that together provide or satisfy every level the position requires, drawn from one
 * provider (falling back to national programmes for the levels it does not teach), or from
 * national programmes only.
 */
export interface PathwayVariant {
  readonly position: string;
  /** Undefined for the national variant. */
  readonly provider: string | undefined;
  /** Programme ids, sorted. */
  readonly programmes: readonly string[];
  /** Hours a learner sits on this pathway, in the data's unit (periods). */
  readonly hours: number;
  /** Of those, whole tiết sat twice: content its programmes repeat, were it taught once. */
  readonly hoursSaved: number;
  /** What `hoursSaved` adds up: each module sat twice, once, with the module it repeats. */
  readonly credits: readonly PathwayCredit[];
  readonly learnersPerYear: number | undefined;
  /**
   * The learners a year whom the figures count on this variant: all of the position's on its
   * reference variant (the shortest national one), an equal share on each provider's where
   * the position has no national one, none on the others (they are the same learners).
   */
  readonly learnersCounted: number;
  /** learnersPerYear × hoursSaved, in the data's unit. */
  readonly personHoursSaved: number | undefined;
}

/** Whole tiết of `module` that a learner on a pathway sits twice, having sat `partner`. */
export interface PathwayCredit {
  readonly module: string;
  readonly partner: string;
  readonly hours: number;
}

/** Hours of the next programme that a holder of a lower certificate already studied. */
export interface Exemption {
  /** The provider whose offer the two programmes belong to; undefined for national programmes. */
  readonly provider: string | undefined;
  /** The programme whose certificate the learner holds. */
  readonly held: string;
  /** The programme of the next level (or of a comparable level of another track). */
  readonly next: string;
  readonly nextHours: number;
  readonly exemptHours: number;
  /** The modules of `next` its holder studied already, by ref, sorted. */
  readonly modules: readonly string[];
}

export interface PathwaySavings {
  readonly pathways: readonly PathwayVariant[];
  readonly exemptions: readonly Exemption[];
  /** Teaching hours the archive holds more than once: in each cluster, all but its longest member. */
  readonly duplicatedHours: number;
  /**
   * Σ over positions of learnersPerYear × the study time saved on its pathway: the national
   * variant where there is one (the shortest, when there are several), else the mean of the
   * providers' variants. In the data's unit.
   */
  readonly personHoursSavedPerYear: number;
}

/** At most this many variants per position and provider: alternatives multiply. */
export const maxVariants = 20;

export interface OverlapView {
  readonly overlaps: readonly Overlap[];
  readonly clusters: readonly Cluster[];
  /** The exact score of two modules, by ref. */
  readonly score: (a: string, b: string) => number;
  /** The share of one module's content another teaches, by ref. */
  readonly covered: Covered;
  /** The copy group of a module (its first module's ref); undefined if not compared. */
  readonly copyOf: (ref: string) => { readonly group: string } | undefined;
  /** The lowest score reported as an overlap. */
  readonly threshold: number;
}

/** Pathways, exemptions and the catalogue's duplicated hours, from the overlaps found. Pure. */
export function pathwaySavings(catalog: Catalog, overlap: OverlapView): PathwaySavings {
  const sat = new SatTwice(overlap);
  const offers = offersOf(catalog);
  const pathways = catalog.positions.flatMap((position) => {
    const variants = variantsOf(position, offers);
    const counted = learnersCounted(position, variants);
    return variants.map((variant, i): PathwayVariant => {
      const credits = sat.credits(variant.programmes);
      const hoursSaved = credits.reduce((sum, c) => sum + c.hours, 0);
      const learners = position.learnersPerYear;
      return {
        position: position.id,
        provider: variant.provider,
        programmes: variant.programmes.map((p) => p.id),
        hours: roundHours(variant.programmes.reduce((s, p) => s + p.hours, 0)),
        hoursSaved,
        credits,
        learnersPerYear: learners,
        learnersCounted: counted[i] ?? 0,
        personHoursSaved: learners === undefined ? undefined : roundHours(learners * hoursSaved),
      };
    });
  });
  return {
    pathways,
    exemptions: exemptions(catalog, sat, offers),
    duplicatedHours: roundHours(
      overlap.clusters.reduce((sum, c) => {
        const longest = Math.max(
          ...c.modules.map((ref) => catalog.moduleByRef.get(ref)?.hours ?? 0),
        );
        return sum + c.hours - longest;
      }, 0),
    ),
    personHoursSavedPerYear: personHoursPerYear(pathways),
  };
}

function personHoursPerYear(pathways: readonly PathwayVariant[]): number {
  return roundHours(pathways.reduce((sum, v) => sum + v.learnersCounted * v.hoursSaved, 0));
}

/**
 * The learners each variant of a position counts (`PathwayVariant.learnersCounted`): a
 * position's learners are counted once, on the shortest national variant, else shared
 * equally among the providers' variants.
 */
function learnersCounted(
  position: Position,
  variants: ReadonlyArray<{ provider: string | undefined; programmes: readonly Programme[] }>,
): number[] {
  const learners = position.learnersPerYear ?? 0;
  const hours = (v: { programmes: readonly Programme[] }) =>
    v.programmes.reduce((s, p) => s + p.hours, 0);
  let reference = -1;
  variants.forEach((v, i) => {
    if (v.provider !== undefined) return;
    const best = variants[reference];
    if (best === undefined || hours(v) < hours(best)) reference = i;
  });
  if (reference >= 0) return variants.map((_, i) => (i === reference ? learners : 0));
  return variants.map(() => (variants.length > 0 ? learners / variants.length : 0));
}

/** The minimal programme sets for a position: national, then one set of variants per provider. */
function variantsOf(
  position: Position,
  offers: readonly Offer[],
): Array<{ provider: string | undefined; programmes: Programme[] }> {
  return offers.flatMap(({ provider, pool }) =>
    minimalCovers(position.requires, pool).map((programmes) => ({ provider, programmes })),
  );
}

interface Offer {
  readonly provider: string | undefined;
  readonly pool: readonly Programme[];
}

/**
 * The programmes open to a learner: national programmes for the national offer; for each
 * provider (sorted), its own programmes and the national ones of the levels it does not teach.
 */
function offersOf(catalog: Catalog): Offer[] {
  const national = catalog.programmes.filter((p) => p.provider === undefined);
  const providers = [
    ...new Set(catalog.programmes.flatMap((p) => (p.provider ? [p.provider] : []))),
  ].sort(compareStrings);
  return [
    { provider: undefined, pool: national },
    ...providers.map((provider) => {
      const own = catalog.programmes.filter((p) => p.provider === provider);
      // A level the provider does not teach is taken at a national programme.
      const taught = new Set(own.flatMap((p) => [p.levelRef, ...p.satisfies]));
      const fallback = national.filter(
        (p) => ![p.levelRef, ...p.satisfies].some((ref) => taught.has(ref)),
      );
      return { provider, pool: [...own, ...fallback] };
    }),
  ];
}

/**
 * Every minimal set of programmes of `pool` that provides or satisfies each of `refs` (one
 * programme may cover several), sorted by ids; at most `maxVariants`.
 */
export function minimalCovers(refs: readonly string[], pool: readonly Programme[]): Programme[][] {
  const covers = (p: Programme, ref: string) => p.levelRef === ref || p.satisfies.includes(ref);
  const choices = refs.map((ref) => pool.filter((p) => covers(p, ref)));
  if (choices.some((c) => c.length === 0)) return [];
  const found = new Map<string, Programme[]>();
  const pick = (i: number, chosen: Programme[]) => {
    if (found.size >= maxVariants * 4) return;
    if (i === refs.length) {
      const set = [...new Set(chosen)].sort((a, b) => compareStrings(a.id, b.id));
      found.set(set.map((p) => p.id).join(' '), set);
      return;
    }
    const ref = refs[i] ?? '';
    if (chosen.some((p) => covers(p, ref))) return pick(i + 1, chosen);
    for (const p of choices[i] ?? []) pick(i + 1, [...chosen, p]);
  };
  pick(0, []);
  const sets = [...found.values()];
  const minimal = sets.filter(
    (set) =>
      !sets.some((other) => other.length < set.length && other.every((p) => set.includes(p))),
  );
  return minimal
    .sort((a, b) => a.length - b.length || compareStrings(ids(a), ids(b)))
    .slice(0, maxVariants);
}

const ids = (programmes: readonly Programme[]) => programmes.map((p) => p.id).join(' ');

/**
 * The whole tiết a learner sits twice across a set of programmes (docs/savings.md). Modules
 * are ranked: national ones first (a provider's learners fall back to national programmes for
 * the levels it does not teach), then the longest, then by ref. Each module is credited once,
 * with its largest repetition (`repeatedHours`) of a module of another of the programmes that
 * ranks above it, among the pairs the engine reports as overlapping; so the first module of a
 * group is taught whole. The figure is never negative, never more than the hours of all but
 * the first module, and never falls when more pairs count as overlaps (a lower threshold).
 */
class SatTwice {
  /**
   * Copy groups that overlap, each with itself (copies overlap), from the reported pairs: a
   * large cluster reports its copies' pairs with one representative only, and every copy of
   * a group counts all the same.
   */
  private readonly adjacent = new Map<string, Set<string>>();

  constructor(private readonly overlap: OverlapView) {
    for (const o of overlap.overlaps) {
      const [a, b] = [this.groupOf(o.a), this.groupOf(o.b)];
      this.link(a, b);
      this.link(b, a);
    }
  }

  get covered(): Covered {
    return this.overlap.covered;
  }

  groupOf(ref: string): string {
    return this.overlap.copyOf(ref)?.group ?? ref;
  }

  private link(a: string, b: string): void {
    const set = this.adjacent.get(a) ?? new Set([a]);
    set.add(b);
    this.adjacent.set(a, set);
  }

  /**
   * The modules among `candidates` (indexed by copy group) that overlap `module`, with their
   * exact scores: those in groups that overlap its own, at or above the threshold, and
   * `wanted`.
   */
  overlapsAmong(
    module: Module,
    candidates: ReadonlyMap<string, readonly Module[]>,
    wanted: (other: Module) => boolean = () => true,
  ): Array<{ other: Module; score: number }> {
    const out: Array<{ other: Module; score: number }> = [];
    for (const group of this.adjacent.get(this.groupOf(module.ref)) ?? []) {
      for (const other of candidates.get(group) ?? []) {
        // Checked before scoring: an exact score may have to be measured.
        if (other.ref === module.ref || !wanted(other)) continue;
        const score = this.overlap.score(module.ref, other.ref);
        if (score >= this.overlap.threshold) out.push({ other, score });
      }
    }
    return out;
  }

  /** Modules indexed by copy group. */
  byGroup(modules: readonly Module[]): Map<string, Module[]> {
    const index = new Map<string, Module[]>();
    for (const m of modules) {
      const group = this.groupOf(m.ref);
      const list = index.get(group);
      if (list) list.push(m);
      else index.set(group, [m]);
    }
    return index;
  }

  credits(programmes: readonly Programme[]): PathwayCredit[] {
    const ranked = programmes
      .flatMap((p) => p.modules.map((m) => ({ m, national: p.provider === undefined })))
      .sort(
        (a, b) =>
          Number(b.national) - Number(a.national) ||
          b.m.hours - a.m.hours ||
          compareStrings(a.m.ref, b.m.ref),
      )
      .map(({ m }) => m);
    const rank = new Map(ranked.map((m, i) => [m.ref, i]));
    const index = this.byGroup(ranked);
    const credits: PathwayCredit[] = [];
    ranked.forEach((m, i) => {
      let best: PathwayCredit | undefined;
      let bestRank = Infinity;
      for (const { other } of this.overlapsAmong(m, index)) {
        const above = rank.get(other.ref);
        if (above === undefined || above >= i || other.programme === m.programme) continue;
        const hours = repeatedHours(m, other, this.overlap.covered);
        if (hours > (best?.hours ?? 0) || (hours === best?.hours && above < bestRank)) {
          best = { module: m.ref, partner: other.ref, hours };
          bestRank = above;
        }
      }
      if (best) credits.push(best);
    });
    return credits;
  }
}

/**
 * Liên thông: for each programme of an offer (national, or a provider's with its national
 * fallback), the programmes of the same offer at the next level of its track and at the
 * levels the framework declares comparable in other tracks, with the hours a holder of its
 * certificate studied already. A provider's rows are those with one of its own programmes;
 * pairs of national programmes are the national rows, once.
 */
function exemptions(catalog: Catalog, sat: SatTwice, offers: readonly Offer[]): Exemption[] {
  const programmes = programmesById(catalog);
  const leadsTo = levelSuccession(catalog);
  const rows: Exemption[] = [];
  for (const { provider, pool } of offers) {
    // Each module of `next` at most once, at its best overlap with a module of `held`.
    const offered = sat.byGroup(pool.flatMap((p) => p.modules));
    const best = new Map<string, Map<string, number>>();
    for (const held of pool) {
      // A provider's rows pair one of its own programmes; two national ones are a national row.
      const wanted = (other: Module) => {
        const next = programmes.get(other.programme);
        if (!next || !leadsTo(held, next)) return false;
        return provider === undefined || held.provider !== undefined || next.provider !== undefined;
      };
      for (const h of held.modules) {
        for (const { other } of sat.overlapsAmong(h, offered, wanted)) {
          const key = `${held.id}\u0000${other.programme}`;
          const modules = best.get(key) ?? new Map<string, number>();
          const hours = Math.min(other.hours, repeatedHours(other, h, sat.covered));
          modules.set(other.ref, Math.max(modules.get(other.ref) ?? 0, hours));
          best.set(key, modules);
        }
      }
    }
    for (const [key, modules] of best) {
      const [held = '', next = ''] = key.split('\u0000');
      const exempt = [...modules].filter(([, h]) => h > 0);
      const exemptHours = exempt.reduce((s, [, h]) => s + h, 0);
      const nextHours = programmes.get(next)?.hours ?? 0;
      const refs = exempt.map(([ref]) => ref).sort(compareStrings);
      if (exemptHours > 0)
        rows.push({ provider, held, next, nextHours, exemptHours, modules: refs });
    }
  }
  // National rows (no provider, sorted as '') first, then each provider's.
  return rows.sort(
    (a, b) =>
      compareStrings(a.provider ?? '', b.provider ?? '') ||
      compareStrings(a.held, b.held) ||
      compareStrings(a.next, b.next),
  );
}

/**
 * Whether a holder of programme `held` goes on to programme `next` (liên thông): the next
 * level of the same track, or a level the framework declares comparable in another track.
 */
export function levelSuccession(catalog: Catalog): (held: Programme, next: Programme) => boolean {
  const comparableTo = new Map<string, Set<string>>();
  for (const group of catalog.comparable)
    for (const ref of group)
      for (const other of group) {
        if (other === ref) continue;
        const set = comparableTo.get(ref) ?? new Set<string>();
        set.add(other);
        comparableTo.set(ref, set);
      }
  return (held, next) => {
    const [mine, theirs] = [catalog.levels.get(held.levelRef), catalog.levels.get(next.levelRef)];
    if (!mine || !theirs) return false;
    if (theirs.track === mine.track) return theirs.rank === mine.rank + 1;
    return comparableTo.get(held.levelRef)?.has(next.levelRef) ?? false;
  };
}
