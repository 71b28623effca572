import type { AnalysisResult } from '../analysis.js';
import type { Finding } from '../findings/finding.js';
import type { LoadStats } from '../load/load-repository.js';
import type { SourceText } from '../load/source.js';
import type { Style } from './style.js';

/** What every reporter receives: the analysis when the input was valid, the findings always. */
export interface ReportInput {
  readonly analysis: AnalysisResult | undefined;
  readonly findings: readonly Finding[];
  readonly stats: LoadStats;
  readonly skipped: readonly string[];
}

export interface ReportOptions {
  readonly style: Style;
  /** Terminal width to fit tables to. */
  readonly width: number;
  /** Source texts for code frames (terminals only). */
  readonly sources?: ReadonlyMap<string, SourceText>;
}

/** A reporter is a pure function from results to text. */
export type Reporter = (input: ReportInput, options: ReportOptions) => string;
