import type { Finding } from './findings/finding.js';
import { compareFindings } from './findings/finding.js';
import { overlapFindings } from './findings/overlap-findings.js';
import type { Catalog } from './model/catalog.js';
import { type OverlapOptions, analyzeOverlaps } from './overlap/analyze-overlaps.js';
import type { OverlapResult } from './overlap/types.js';
import { roundHours } from './savings/hours.js';

export interface AnalysisSummary {
  readonly programmes: number;
  readonly modules: number;
  readonly hours: number;
  readonly hoursSaved: number;
  /** Modules compared for overlap (fieldwork and assessment are not, by default). */
  readonly compared: number;
  readonly clusters: number;
  readonly overlaps: number;
}

/** Everything reporters and gating read: one uniform list of findings, and the details. */
export interface AnalysisResult {
  readonly catalog: Catalog;
  readonly overlap: OverlapResult;
  readonly findings: readonly Finding[];
  readonly summary: AnalysisSummary;
}

export type AnalysisOptions = OverlapOptions;

/** The analysis stage of the pipeline: pure, from a Catalog to results. */
export function analyse(
  catalog: Catalog,
  loadFindings: readonly Finding[],
  options: AnalysisOptions = {},
): AnalysisResult {
  const overlap = analyzeOverlaps(catalog, options);
  const findings = [...loadFindings, ...overlapFindings(catalog, overlap.clusters)].sort(
    compareFindings,
  );
  return {
    catalog,
    overlap,
    findings,
    summary: {
      programmes: catalog.programmes.length,
      modules: catalog.modules.length,
      hours: roundHours(catalog.programmes.reduce((s, p) => s + p.hours, 0)),
      hoursSaved: roundHours(overlap.clusters.reduce((s, c) => s + c.hoursSaved, 0)),
      compared: overlap.compared,
      clusters: overlap.clusters.length,
      overlaps: overlap.overlaps.length,
    },
  };
}
