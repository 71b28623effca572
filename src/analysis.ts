import type { Finding } from './findings/finding.js';
import { compareFindings } from './findings/finding.js';
import { intendedOverlaps } from './findings/intended.js';
import type { Catalog } from './model/catalog.js';
import { roundHours } from './model/hours.js';
import { withInferredCopies } from './model/inferred-copies.js';
import {
  type OverlapOptions,
  analyzeOverlaps,
  defaultActivities,
  defaultThresholds,
} from './overlap/analyze-overlaps.js';
import type { OverlapResult } from './overlap/types.js';
import { type SavedCluster, type SavedOverlap, overlapSavings } from './savings/overlap-savings.js';
import { type PathwaySavings, pathwaySavings } from './savings/pathways.js';
import { listedAtEitherEnd, maxListedPerEnd } from './savings/listed.js';
import { type ProviderDrift, providerDrift } from './uniformity/provider-drift.js';
import { checkAnalysis, checkCatalogue, ruleById } from './rules/index.js';
import { subsumedProgrammes } from './hierarchy/repeats.js';
import { type Plan, buildPlan } from './plan/plan.js';

function withAccepted<T extends object>(item: T, reason: string | undefined): T {
  return reason ? { ...item, accepted: reason } : item;
}

/** The modules an overlap finding is about; undefined for any other finding. */
function aboutModules(f: Finding): string[] | undefined {
  const about = f.about ?? [];
  const overlapRule = ruleById(f.rule)?.acceptsIntended ?? false;
  if (!overlapRule || !about.every((k) => k.startsWith('module:'))) return undefined;
  return about.map((k) => k.slice('module:'.length));
}

/**
 * The errors of a catalogue's structure that `validate` reports beside the format's: a
 * prerequisite cycle makes modules impossible to start whatever the analysis finds, so a
 * repository whose CI runs only `validate` must fail on it too. `analyze` reports the same
 * findings among the hierarchy's.
 */
export function structureFindings(catalog: Catalog): Finding[] {
  return checkCatalogue(catalog);
}

export interface AnalysisSummary {
  readonly programmes: number;
  readonly modules: number;
  readonly hours: number;
  readonly hoursSaved: number;
  /** Modules compared for overlap (fieldwork and assessment are not, by default). */
  readonly compared: number;
  readonly clusters: number;
  readonly overlaps: number;
  /**
   * Pairs found and not listed (`listedAtEitherEnd`): each copy group lists its pairs with
   * its best `maxListedPerEnd` others, and no list grows with the square of an archive.
   */
  readonly overlapsNotListed: number;
  /** Teaching hours the archive holds more than once (docs/savings.md): a maintenance cost. */
  readonly duplicatedHours: number;
  /** Σ learnersPerYear × study time saved on each position's pathway, in the data's unit. */
  readonly personHoursSavedPerYear: number;
  /** The plan's rows, and their person-hours a year added up (clock hours): the headline. */
  readonly plan: { readonly actions: number; readonly personHoursPerYear: number };
}

/** An overlap or cluster the authors declared intended carries their reason. */
export interface Accepted {
  readonly accepted?: string;
}

/** The overlaps and clusters the engine found, with the hours each would save. */
export interface OverlapReport extends Omit<
  OverlapResult,
  'overlaps' | 'clusters' | 'score' | 'copyOf' | 'covered'
> {
  /** The pairs listed: each copy group's with its best `maxListedPerEnd` others (`listed.ts`). */
  readonly overlaps: readonly (SavedOverlap & Accepted)[];
  /** Pairs found beyond those listed. */
  readonly notListed: number;
  /** The clusters that save most first. */
  readonly clusters: readonly (SavedCluster & Accepted)[];
}

/** Everything reporters and gating read: one uniform list of findings, and the details. */
export interface AnalysisResult {
  /** The catalogue analysed: as loaded, with the copies that declare no provider marked. */
  readonly catalog: Catalog;
  readonly overlap: OverlapReport;
  readonly findings: readonly Finding[];
  /** Study time by position pathway, and exemptions between levels (liên thông). */
  readonly pathways: PathwaySavings;
  /** How each provider's copy of a national programme differs from it. */
  readonly drift: readonly ProviderDrift[];
  /** What to merge, exempt, retire and align, and what each saves (docs/savings.md). */
  readonly plan: Plan;
  readonly summary: AnalysisSummary;
}

export type AnalysisOptions = OverlapOptions;

/** The defaults of the analysis, for commands to show and to start from. */
export const analysisDefaults = {
  thresholds: defaultThresholds,
  activities: defaultActivities,
} as const;

/**
 * The analysis stage of the pipeline: pure, from a Catalog to results. Overlap measures
 * similarity; savings turns its groups into hours; findings are made from both.
 */
export function analyze(
  loaded: Catalog,
  loadFindings: readonly Finding[],
  options: AnalysisOptions = {},
): AnalysisResult {
  const measured = analyzeOverlaps(loaded, options);
  // From here on, a programme recognised as a school's copy is that school's, as if declared.
  const catalog = withInferredCopies(loaded, measured.inferredCopies);
  const savings = overlapSavings(catalog, measured);
  const intended = intendedOverlaps(catalog);
  // Every later stage reads the pairs listed: what a reader sees is what the figures are from.
  const groupOf = (ref: string) => measured.copyOf(ref)?.group ?? ref;
  const listedOverlaps = listedAtEitherEnd(
    savings.overlaps,
    maxListedPerEnd,
    (o) => [groupOf(o.a), groupOf(o.b)],
    (x, y) => y.hoursSaved - x.hoursSaved || y.score - x.score,
  );
  const overlap: OverlapReport = {
    thresholds: measured.thresholds,
    compared: measured.compared,
    excluded: measured.excluded,
    candidates: measured.candidates,
    copies: measured.copies,
    inferredCopies: measured.inferredCopies,
    overlaps: listedOverlaps.listed.map((o) => withAccepted(o, intended([o.a, o.b]))),
    notListed: listedOverlaps.notListed,
    clusters: savings.clusters.map((c) => withAccepted(c, intended(c.modules))),
  };
  const pathways = pathwaySavings(catalog, {
    overlaps: overlap.overlaps,
    clusters: overlap.clusters,
    score: measured.score,
    covered: measured.covered,
    copyOf: measured.copyOf,
    threshold: measured.thresholds.overlap,
  });
  const drift = providerDrift(catalog, measured);
  const plan = buildPlan({
    catalog,
    clusters: overlap.clusters,
    pathways,
    subsumed: subsumedProgrammes(catalog, overlap.overlaps),
    drift,
    covered: measured.covered,
  });
  const findings = [
    ...loadFindings,
    ...checkCatalogue(catalog),
    ...checkAnalysis({ catalog, overlaps: overlap.overlaps, clusters: overlap.clusters, drift }),
  ]
    .map((f) => {
      const modules = aboutModules(f);
      return modules ? withAccepted(f, intended(modules)) : f;
    })
    .sort(compareFindings);
  return {
    catalog,
    overlap,
    findings,
    pathways,
    drift,
    plan,
    summary: {
      programmes: catalog.programmes.length,
      modules: catalog.modules.length,
      hours: roundHours(catalog.programmes.reduce((s, p) => s + p.hours, 0)),
      hoursSaved: savings.hoursSaved,
      compared: overlap.compared,
      clusters: overlap.clusters.length,
      overlaps: overlap.overlaps.length,
      overlapsNotListed: overlap.notListed,
      duplicatedHours: pathways.duplicatedHours,
      personHoursSavedPerYear: pathways.personHoursSavedPerYear,
      plan: { actions: plan.actions.length, personHoursPerYear: plan.personHoursPerYear },
    },
  };
}
