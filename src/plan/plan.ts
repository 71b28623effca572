import type { Catalog, Programme } from '../model/catalog.js';
import { programmesById } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import type { Subsumed } from '../hierarchy/repeats.js';
import { type Covered, repeatedHours } from '../savings/hours.js';
import { type KeepReason, keepReason } from '../savings/keep.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import { distinctContents, nationalOf, placeOf } from '../savings/overlap-savings.js';
import {
  type PathwayCredit,
  type PathwaySavings,
  type PathwayVariant,
  levelSuccession,
} from '../savings/pathways.js';
import { type ProviderDrift, driftingCopies } from '../uniformity/provider-drift.js';

/**
 * - `merge`: keep one module of a group that teaches the same content, drop or shorten the others;
 * - `exempt` (liên thông): a holder of one programme's certificate is exempt from what the next
 *   one repeats;
 * - `retire`: a programme that others already teach;
 * - `align`: a provider's copy brought back to the national programme it copies. It saves
 *   teaching, not study.
 */
export type PlanActionKind = 'merge' | 'exempt' | 'retire' | 'align';

/** Why a row keeps what it keeps. */
export type PlanReason =
  KeepReason | 'holds-certificate' | 'taught-elsewhere' | 'national-programme';

/** What one action saves on one pathway variant (`PathwayVariant`). */
export interface PlanPathway {
  readonly position: string;
  /** Undefined for the national variant. */
  readonly provider: string | undefined;
  /** The variant's programme ids, sorted: a position may have several variants. */
  readonly programmes: readonly string[];
  /** Whole tiết a learner on this variant stops sitting twice. */
  readonly hoursSaved: number;
  /** The learners a year whom the figures count on this variant (`learnersCounted`). */
  readonly learnersCounted: number;
}

export interface PlanAction {
  readonly action: PlanActionKind;
  /**
   * Module refs. merge: the group's contents, the kept one first (one module for a module and
   * its providers' copies). exempt: the modules of the next programme already studied.
   */
  readonly modules: readonly string[];
  /**
   * Programme ids. exempt: the one held, then the next. retire: the one retired, then those that
   * teach it. align: the copy, then the national programme. merge: those of its modules.
   */
  readonly programmes: readonly string[];
  /** merge: a module ref; retire and align: a programme id; exempt: the programme held. */
  readonly keep: string;
  readonly reason: PlanReason;
  /** The provider an exempt or align row is about; undefined for national programmes. */
  readonly provider: string | undefined;
  /**
   * Whole tiết one learner stops sitting: the most any of `pathways` saves; for an exemption
   * that no pathway takes both programmes of, what its holder already studied. 0 for align.
   */
  readonly hoursPerLearner: number;
  /** The pathway variants it shortens, in the order of `PathwaySavings.pathways`. */
  readonly pathways: readonly PlanPathway[];
  /** Σ learnersCounted over `pathways` that it shortens. */
  readonly learnersPerYear: number;
  /** Σ hoursSaved × learnersCounted × the period's minutes / 60, in whole clock hours. */
  readonly personHoursPerYear: number;
  /**
   * Whole tiết of teaching it saves, apart from study time. merge: what the group teaches more
   * than once (`SavedCluster.hoursSaved`); retire: the programme's hours; align: what the copy
   * teaches beyond the national programme (its local modules, and hours added to copied ones).
   */
  readonly teachingHours: number;
}

export interface Plan {
  /** Most person-hours a year first. */
  readonly actions: readonly PlanAction[];
  /** Σ personHoursPerYear over the actions: the report's headline. */
  readonly personHoursPerYear: number;
}

export interface PlanInput {
  readonly catalog: Catalog;
  readonly clusters: readonly SavedCluster[];
  readonly pathways: PathwaySavings;
  readonly subsumed: readonly Subsumed[];
  readonly drift: readonly ProviderDrift[];
  readonly covered: Covered;
}

interface Draft {
  action: PlanActionKind;
  /** Sorted when the row is finished, but for merge, whose kept module comes first. */
  modules: string[];
  programmes: readonly string[];
  keep: string;
  reason: PlanReason;
  provider: string | undefined;
  teachingHours: number;
  /** Without a pathway: what a learner would save. */
  potential: number;
  /** By variant index. */
  saved: Map<number, number>;
}

/**
 * The plan: one row per action, each pathway's study time sat twice given to exactly one of
 * them, so that the rows add up to the pathway figures and the headline is their sum. Pure.
 *
 * A module sat twice on a pathway (a `PathwayCredit`) goes to the first of: the retirement of
 * its programme or its partner's, where one teaches the other (`subsumed-programme`); the
 * exemption between the two programmes, where one leads to the other (next level, or a level
 * declared comparable); else the merge of the group (cluster) the two modules are in.
 */
export function buildPlan(input: PlanInput): Plan {
  const { catalog, pathways } = input;
  const programmes = programmesById(catalog);
  const programmeOf = (ref: string) =>
    programmes.get(catalog.moduleByRef.get(ref)?.programme ?? '');
  const leadsTo = levelSuccession(catalog);
  const national = nationalOf(catalog);
  const drafts = new Map<string, Draft>();
  const draft = (key: string, make: () => Omit<Draft, 'saved'>): Draft => {
    let d = drafts.get(key);
    if (!d) {
      d = { ...make(), saved: new Map() };
      drafts.set(key, d);
    }
    return d;
  };

  const retirements = new Map<string, string>();
  for (const s of input.subsumed) {
    const key = `retire\u0000${s.programme.id}`;
    draft(key, () => ({
      action: 'retire',
      modules: s.covered.map((c) => c.module.ref),
      programmes: [s.programme.id, ...s.elsewhere.map(([id]) => id)],
      keep: s.elsewhere[0]?.[0] ?? '',
      reason: 'taught-elsewhere',
      provider: s.programme.provider,
      teachingHours: s.programme.hours,
      potential: 0,
    }));
    for (const [other] of s.elsewhere) retirements.set(`${s.programme.id}\u0000${other}`, key);
  }
  // Whether what two programmes share is saved by another row than a merge.
  const elsewhere = (p: Programme, q: Programme) =>
    leadsTo(p, q) ||
    leadsTo(q, p) ||
    retirements.has(`${p.id}\u0000${q.id}`) ||
    retirements.has(`${q.id}\u0000${p.id}`);
  const merges = mergeDrafts(input, draft, elsewhere);
  const exemptKey = (held: Programme, next: Programme) => `exempt\u0000${held.id}\u0000${next.id}`;
  const exemptDraft = (held: Programme, next: Programme, modules: readonly string[]) => {
    const d = draft(exemptKey(held, next), () => ({
      action: 'exempt',
      modules: [],
      programmes: [held.id, next.id],
      keep: held.id,
      reason: 'holds-certificate',
      provider: next.provider ?? held.provider,
      teachingHours: 0,
      potential: 0,
    }));
    for (const ref of modules) if (!d.modules.includes(ref)) d.modules.push(ref);
    return d;
  };
  for (const e of pathways.exemptions) {
    const [held, next] = [programmes.get(e.held), programmes.get(e.next)];
    if (!held || !next) continue;
    const d = exemptDraft(held, next, e.modules);
    d.potential = Math.max(d.potential, e.exemptHours);
  }

  const rowOf = (credit: PathwayCredit): Draft | undefined => {
    const [mine, theirs] = [programmeOf(credit.module), programmeOf(credit.partner)];
    if (!mine || !theirs) return undefined;
    const retire =
      retirements.get(`${mine.id}\u0000${theirs.id}`) ??
      retirements.get(`${theirs.id}\u0000${mine.id}`);
    if (retire) return drafts.get(retire);
    if (leadsTo(theirs, mine)) return exemptDraft(theirs, mine, [credit.module]);
    if (leadsTo(mine, theirs)) return exemptDraft(mine, theirs, [credit.partner]);
    const merge = merges(credit);
    // The modules a learner sits twice belong in the row, even a copy set aside in its group.
    // A provider's module stands for the national one its programme replaces: not listed.
    for (const ref of [credit.partner, credit.module]) {
      const m = catalog.moduleByRef.get(ref);
      if (merge && m && national(m) && !merge.modules.includes(ref)) merge.modules.push(ref);
    }
    return merge;
  };
  pathways.pathways.forEach((variant, v) => {
    for (const credit of variant.credits) {
      const row = rowOf(credit);
      if (row) row.saved.set(v, (row.saved.get(v) ?? 0) + credit.hours);
    }
  });

  for (const d of driftingCopies(input.drift)) {
    const teaching = d.addedHours + Math.max(0, d.hoursDifference);
    draft(`align\u0000${d.programme}`, () => ({
      action: 'align',
      modules: [],
      programmes: [d.programme, d.national],
      keep: d.national,
      reason: 'national-programme',
      provider: d.provider,
      teachingHours: Math.round(teaching),
      potential: 0,
    }));
  }

  const minutes = catalog.framework.periodMinutes;
  const actions = [...drafts.entries()]
    .map(([key, d]) => ({ key, action: finish(d, pathways.pathways, minutes) }))
    .filter(({ action: a }) => a.hoursPerLearner > 0 || a.teachingHours > 0 || a.action === 'align')
    .sort((x, y) => compareActions(x.action, y.action) || compareStrings(x.key, y.key))
    .map(({ action }) => action);
  return { actions, personHoursPerYear: actions.reduce((s, a) => s + a.personHoursPerYear, 0) };
}

const actionOrder: Record<PlanActionKind, number> = { retire: 0, merge: 1, exempt: 2, align: 3 };

function compareActions(x: PlanAction, y: PlanAction): number {
  return (
    y.personHoursPerYear - x.personHoursPerYear ||
    y.hoursPerLearner - x.hoursPerLearner ||
    y.teachingHours - x.teachingHours ||
    actionOrder[x.action] - actionOrder[y.action]
  );
}

function finish(d: Draft, variants: readonly PathwayVariant[], minutes: number): PlanAction {
  const pathways = [...d.saved]
    .filter(([, hours]) => hours > 0)
    .sort(([v], [w]) => v - w)
    .flatMap(([v, hoursSaved]) => {
      const variant = variants[v];
      if (!variant) return [];
      return [
        {
          position: variant.position,
          provider: variant.provider,
          programmes: variant.programmes,
          hoursSaved,
          learnersCounted: variant.learnersCounted,
        },
      ];
    });
  const learnersPerYear = pathways.reduce((s, p) => s + p.learnersCounted, 0);
  const tietPerYear = pathways.reduce((s, p) => s + p.hoursSaved * p.learnersCounted, 0);
  return {
    action: d.action,
    modules: d.action === 'merge' ? d.modules : [...d.modules].sort(compareStrings),
    programmes: d.programmes,
    keep: d.keep,
    reason: d.reason,
    provider: d.provider,
    hoursPerLearner: Math.max(d.potential, ...pathways.map((p) => p.hoursSaved), 0),
    pathways,
    learnersPerYear,
    personHoursPerYear: Math.round((tietPerYear * minutes) / 60),
    teachingHours: d.teachingHours,
  };
}

/**
 * A merge row for each cluster (its contents: a module and its providers' copies are one),
 * and the finder of the row a pathway credit belongs to: the cluster holding both modules.
 */
function mergeDrafts(
  input: PlanInput,
  draft: (key: string, make: () => Omit<Draft, 'saved'>) => Draft,
  elsewhere: (p: Programme, q: Programme) => boolean,
): (credit: PathwayCredit) => Draft | undefined {
  const { catalog, covered } = input;
  const national = nationalOf(catalog);
  const place = placeOf(catalog);
  const programmes = programmesById(catalog);
  const clusterOf = new Map<string, Draft>();
  for (const c of input.clusters) {
    const members = c.modules.flatMap((ref) => catalog.moduleByRef.get(ref) ?? []);
    const kept = catalog.moduleByRef.get(c.keep);
    if (!kept) continue;
    const distinct = distinctContents(members, place);
    // What the next level repeats is the exemption's, and a retired programme's is the
    // retirement's: a merge lists neither (a sơ cấp and a cao cấp module are not taught as one).
    const keptIn = programmes.get(kept.programme);
    const merged = distinct
      .filter((m) => {
        const other = programmes.get(m.programme);
        return m !== kept && !(other && keptIn && elsewhere(other, keptIn));
      })
      .sort((a, b) => compareStrings(a.ref, b.ref));
    const row = draft(`merge\u0000${c.modules[0] ?? ''}`, () => ({
      action: 'merge',
      modules: [kept.ref, ...merged.map((m) => m.ref)],
      programmes: [...new Set([kept, ...merged].map((m) => m.programme))].sort(compareStrings),
      keep: kept.ref,
      reason: keepReason(kept, distinct, covered, national),
      provider: undefined,
      teachingHours: merged.reduce((sum, m) => sum + repeatedHours(m, kept, covered), 0),
      potential: 0,
    }));
    for (const ref of c.modules) clusterOf.set(ref, row);
  }
  return (credit) => {
    const row = clusterOf.get(credit.module) ?? clusterOf.get(credit.partner);
    if (row) return row;
    // A reported pair the clusters split apart: a merge of its own.
    const pair = [credit.partner, credit.module].flatMap(
      (ref) => catalog.moduleByRef.get(ref) ?? [],
    );
    const [first, second] = pair;
    if (!first || !second) return undefined;
    return draft(`merge\u0000${credit.partner}\u0000${credit.module}`, () => ({
      action: 'merge',
      modules: [first.ref, second.ref],
      programmes: [...new Set([first.programme, second.programme])].sort(compareStrings),
      keep: first.ref,
      reason: keepReason(first, pair, covered, national),
      provider: undefined,
      teachingHours: 0,
      potential: 0,
    }));
  };
}
