import type { InferredCopy } from '../model/inferred-copies.js';
/** `duplicate`: the two teach essentially the same content. `overlap`: a substantial shared part. */
export type OverlapKind = 'duplicate' | 'overlap';

/** Where the two modules of a pair sit relative to each other in the framework. */
export type OverlapScope =
  /** Both in one programme. */
  | 'within-programme'
  /** Different programmes at the same level of one track. */
  | 'same-level'
  /** Different levels of one track: a higher level repeating a lower one. */
  | 'cross-level'
  /** Different tracks at levels the framework declares comparable. */
  | 'comparable-levels'
  /** Different tracks, levels not declared comparable. */
  | 'cross-track';

export interface TopicMatch {
  readonly a: string;
  readonly b: string;
  /** Bigram Jaccard of the two topics, in [0, 1]. */
  readonly score: number;
}

export interface Overlap {
  /** Module refs, `a` sorting before `b`. */
  readonly a: string;
  readonly b: string;
  /** In [0, 1]; see docs/rules/module-overlap.md for what it means. */
  readonly score: number;
  readonly kind: OverlapKind;
  readonly scope: OverlapScope;
  /** Phrases both modules use, the most telling first. */
  readonly shared: readonly string[];
  /** Topics of the module with fewer topics matched to topics of the other. */
  readonly topics: readonly TopicMatch[];
  readonly measures: {
    readonly cosine: number;
    readonly title: number;
    /** How much of either title the other module holds in any field (the larger). */
    readonly subject: number;
    /** Share of a inside b, and of b inside a. */
    readonly containment: readonly [number, number];
  };
}

export interface Cluster {
  /** Module refs, sorted. */
  readonly modules: readonly string[];
  readonly kind: OverlapKind;
  /** Σ hours of the members. */
  readonly hours: number;
  /** The member most like the others: a natural home for the merged module. */
  readonly representative: string;
  /**
   * Lowest and mean score among members: every pair in a cluster of up to 20 members, each
   * member with the representative in a larger one.
   */
  readonly cohesion: { readonly min: number; readonly mean: number };
  readonly shared: readonly string[];
  /** Members identical to the representative once spelling is normalised (it among them). */
  readonly identical: readonly string[];
}

/** One content that several programmes hold: a module and its copies (copies.ts). */
export interface CopyGroup {
  /**
   * The copy the others are measured against: of the largest set of identical ones, the
   * national module (of a programme with no provider) if it is among them, else the first.
   */
  readonly representative: string;
  /** Module refs, sorted. */
  readonly modules: readonly string[];
  /** Members identical to the representative once spelling is normalised (it among them). */
  readonly identical: readonly string[];
}

export interface OverlapThresholds {
  readonly duplicate: number;
  readonly overlap: number;
}

export interface OverlapResult {
  readonly overlaps: readonly Overlap[];
  /** Groups of two or more modules that are one content (copies), sorted by first module. */
  readonly copies: readonly CopyGroup[];
  /** Programmes that copy another without declaring a provider, sorted by programme. */
  readonly inferredCopies: readonly InferredCopy[];
  readonly clusters: readonly Cluster[];
  readonly thresholds: OverlapThresholds;
  /** Modules compared, and modules left out by activity (fieldwork, assessment). */
  readonly compared: number;
  readonly excluded: number;
  readonly candidates: number;
  /** The exact score of any two compared modules, by ref (0 when unrelated), unrounded. */
  readonly score: (a: string, b: string) => number;
  /**
   * The share of module `inner`'s content that module `outer` teaches, by ref, in [0, 1]
   * (`coveredShare`); 0 when either was not compared.
   */
  readonly covered: (inner: string, outer: string) => number;
  /**
   * The copy group of a compared module, and its group of identical texts, each named by its
   * first module; undefined for a module not compared (fieldwork, assessment).
   */
  readonly copyOf: (ref: string) => { readonly group: string; readonly text: string } | undefined;
}
