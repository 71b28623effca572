import type { AnalysisResult } from '../analysis.js';
import type { FailOn, Finding } from '../findings/finding.js';
import type { RuleSettings } from '../findings/rule.js';
import type { RepositoryCounts } from '../model/counts.js';
import type { Lang } from '../model/lang.js';
import { catalogLang } from '../model/data-lang.js';
import type { Terms } from '../messages/types.js';
import type { Message } from '../messages/types.js';
import { type NounId, hoursNoun } from '../messages/words.js';
import type { SourceLines } from '../model/location.js';
import type { Style } from './style.js';

/** What every reporter receives: the analysis when the input was valid, the findings always. */
export interface ReportInput {
  readonly analysis: AnalysisResult | undefined;
  readonly findings: readonly Finding[];
  readonly stats: RepositoryCounts;
  readonly skipped: readonly string[];
  /** With `--baseline`: what it left out, and its entries no longer found. */
  readonly baseline?: BaselineSummary;
  /**
   * The length of a period in the data, read even from a framework that failed to load (the
   * analysis has it too); 45 minutes when nothing says.
   */
  readonly periodMinutes?: number;
  /** The run's `--fail-on`: the console ends with the findings that fail it. */
  readonly failOn?: FailOn;
  /**
   * The rule settings in force (config `rules`), for what a report draws beside the findings:
   * no gap in a diagram for a rule set to `off`. None given: every rule at its default.
   */
  readonly rules?: RuleSettings;
}

/** The unit of the data's hours, as its readers name it (tiết), whether or not it was analysed. */
export function dataUnit(input: ReportInput): NounId {
  return hoursNoun(input.analysis?.catalog.framework.periodMinutes ?? input.periodMinutes ?? 45);
}

export interface BaselineSummary {
  /** The baseline file, as given. */
  readonly file: string;
  /** Findings the baseline records, left out of the report and the gate. */
  readonly suppressed: number;
  /** Entries whose finding is gone (reported unless pruned). */
  readonly stale: readonly Message[];
  /** Entries whose finding is still found with other content (`--update-baseline`). */
  readonly changed: readonly Message[];
  /** Of `findings`, those a changed entry records as they were: changed, not new. */
  readonly changedFindings: readonly Finding[];
  /** Entries `--prune-baseline` removed in this run. */
  readonly pruned: number;
}

export interface ReportOptions {
  /** The reader's language: every label, message and number of the report is written in it. */
  readonly lang: Lang;
  readonly style: Style;
  /** Terminal width to fit tables to. */
  readonly width: number;
  /** Lines of the files with findings, for code frames (terminals only). */
  readonly sourceLines?: SourceLines;
  /** The tool's version, for reports that name the tool that wrote them (SARIF). */
  readonly toolVersion?: string;
  /**
   * The console's whole report (`--details`): every finding, cluster and table. Without it,
   * the summary, the findings grouped by rule with the first few of each, and what fails.
   */
  readonly details?: boolean;
  /** The data's own words (`moduleTerm`); a reporter fills them in with withTerms. */
  readonly terms?: Terms;
}

/**
 * The words the framework gives itself (format 1.2: `moduleTerm`), for a report written in
 * the data's language; none for a report in another language, which keeps its own words.
 */
export function reportTerms(input: ReportInput, lang: Lang): Terms {
  const catalog = input.analysis?.catalog;
  const term = catalog?.framework.moduleTerm;
  if (catalog === undefined || term === undefined) return {};
  return catalogLang(catalog) === lang ? { module: term } : {};
}

/** The options with the data's own words, unless given. */
export function withTerms(input: ReportInput, options: ReportOptions): ReportOptions {
  return options.terms ? options : { ...options, terms: reportTerms(input, options.lang) };
}

/**
 * A reporter is a pure function from results to text, given in pieces: a national archive's
 * JSON report runs to hundreds of megabytes, which are written piece by piece, never held as
 * one string.
 */
export type Reporter = (input: ReportInput, options: ReportOptions) => ReportText;

/** The pieces of a report, in order; joined, they are the report. */
export type ReportText = readonly string[] | Generator<string, void, undefined>;

/** A whole report as one string (tests, small reports). */
export function joinReport(text: ReportText): string {
  return [...text].join('');
}

/**
 * A reporter whose report is a binary document (a Word file): made whole, as bytes, never
 * piece by piece, and never written to a terminal. Asynchronous, because the library that
 * packs it is loaded only when such a report is asked for.
 */
export type DocumentReporter = (input: ReportInput, options: ReportOptions) => Promise<Uint8Array>;
