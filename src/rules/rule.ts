import type { Finding } from '../findings/finding.js';
import type { Report, RuleMeta } from '../findings/rule.js';
import type { Catalog } from '../model/catalog.js';
import type { Overlap } from '../overlap/types.js';
import type { SavedCluster } from '../savings/overlap-savings.js';
import type { ProviderDrift } from '../uniformity/provider-drift.js';

/** What a rule of the analysis reads: the catalogue and what the engine measured of it. */
export interface AnalysisContext {
  /** With the copies that declare no provider marked as their school's. */
  readonly catalog: Catalog;
  /** The overlapping pairs a report lists (`listedAtEitherEnd`). */
  readonly overlaps: readonly Overlap[];
  readonly clusters: readonly SavedCluster[];
  readonly drift: readonly ProviderDrift[];
}

/** A rule the loader reports as it reads and checks files: it has no check of its own. */
export interface LoaderRule<Id extends string = string> extends RuleMeta<Id> {
  readonly stage: 'load' | 'validate';
  readonly check?: undefined;
}

/** A rule checked on the whole catalogue once it is built: `validate` runs it too. */
export interface CatalogueRule<Id extends string = string> extends RuleMeta<Id> {
  readonly stage: 'validate';
  readonly check: (catalog: Catalog, report: Report) => Finding[];
}

/** A rule of the analysis, checked on the catalogue and the engine's results. */
export interface AnalysisRule<Id extends string = string> extends RuleMeta<Id> {
  readonly stage: 'analyse';
  readonly check: (context: AnalysisContext, report: Report) => Finding[];
}

export type Rule<Id extends string = string> =
  LoaderRule<Id> | CatalogueRule<Id> | AnalysisRule<Id>;

/** A rule, as its module exports it: `src/rules/<id>.ts`. */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
