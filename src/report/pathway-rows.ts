import type { AnalysisResult } from '../analysis.js';
import type { Position } from '../model/catalog.js';
import { clockHours } from '../model/hours.js';
import type { PathwayVariant } from '../savings/pathways.js';

/** One national pathway as the study-time tables show it. */
export interface PathwayRow {
  readonly variant: PathwayVariant;
  /**
   * The learners a year the figures count here, undefined for none: a position's are counted
   * once, on its shortest national pathway, so that the column adds up to the plan's total.
   */
  readonly learners: number | undefined;
  /** The clock hours a year those learners would not sit twice, rounded; undefined likewise. */
  readonly savedHours: number | undefined;
}

/** Study time by position, as every document report shows it. */
export interface StudyTime {
  /** The national pathways, in the analysis's order. */
  readonly national: readonly PathwayRow[];
  /** Positions no national pathway leads to. */
  readonly unreached: readonly Position[];
  /** The providers' pathways, and how many providers offer them. */
  readonly providerVariants: readonly PathwayVariant[];
  readonly providers: number;
  /** The providers' pathways whose programmes differ from every national pathway's. */
  readonly differ: readonly PathwayVariant[];
}

/** The study-time figures of an analysis; undefined when the framework has no positions. */
export function studyTime(a: AnalysisResult): StudyTime | undefined {
  if (a.catalog.positions.length === 0) return undefined;
  const { pathways } = a.pathways;
  const minutes = a.catalog.framework.periodMinutes;
  const national = pathways.filter((v) => v.provider === undefined);
  const reached = new Set(national.map((v) => v.position));
  const providerVariants = pathways.filter((v) => v.provider !== undefined);
  const nationalSets = new Set(national.map((v) => `${v.position} ${v.programmes.join(' ')}`));
  return {
    national: national.map((variant) => {
      const counted = variant.learnersCounted > 0;
      return {
        variant,
        learners: counted ? variant.learnersCounted : undefined,
        savedHours: counted
          ? Math.round(clockHours(variant.learnersCounted * variant.hoursSaved, minutes))
          : undefined,
      };
    }),
    unreached: a.catalog.positions.filter((p) => !reached.has(p.id)),
    providerVariants,
    providers: new Set(providerVariants.map((v) => v.provider)).size,
    differ: providerVariants.filter(
      (v) => !nationalSets.has(`${v.position} ${v.programmes.join(' ')}`),
    ),
  };
}
