import type { SourceLocation } from './location.js';

/**
 * The in-memory model of the valid documents of a repository. Built once by the loader and never changed, so
 * analysis can be pure. Every entity carries where it was written, for findings.
 */
export interface Catalog {
  readonly framework: Framework;
  readonly tracks: readonly Track[];
  /** Every level, keyed by level ref `track/level`. */
  readonly levels: ReadonlyMap<string, Level>;
  /** Groups of level refs regarded as the same rank. */
  readonly comparable: readonly (readonly string[])[];
  readonly positions: readonly Position[];
  /** Sorted by id. */
  readonly programmes: readonly Programme[];
  /** Every module, programme by programme (sorted by id), in file order within a programme. */
  readonly modules: readonly Module[];
  readonly moduleByRef: ReadonlyMap<string, Module>;
  /** Files read: curriculum documents, and YAML files skipped as not curriculum. */
  readonly files: readonly string[];
}

export interface Framework {
  readonly id: string;
  readonly title: string;
  readonly language: string | undefined;
  readonly periodMinutes: number;
  /**
   * What the offices call a module (format 1.2: "chuyên đề", "học phần"), as written; undefined
   * when the framework does not say, and reports use their language's word.
   */
  readonly moduleTerm: string | undefined;
  /** Display names of providers (format 1.2), in file order, ids unique. */
  readonly providers: readonly Provider[];
  readonly location: SourceLocation;
}

/** A provider named by the framework (format 1.2): the id programmes write, and its title. */
export interface Provider {
  readonly id: string;
  readonly title: string;
  readonly location: SourceLocation;
}

export interface Track {
  readonly id: string;
  readonly title: string;
  /** Lowest first. */
  readonly levels: readonly Level[];
  readonly location: SourceLocation;
}

export interface Level {
  /** `track/level`. */
  readonly ref: string;
  readonly track: string;
  readonly id: string;
  readonly title: string;
  /** 0 for the lowest level of its track. */
  readonly rank: number;
  readonly location: SourceLocation;
}

export interface Position {
  readonly id: string;
  readonly title: string;
  /** Level refs. */
  readonly requires: readonly string[];
  readonly learnersPerYear: number | undefined;
  readonly location: SourceLocation;
}

export type Activity = 'lesson' | 'report' | 'fieldwork' | 'assessment';

export interface Programme {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly level: string;
  /** `track/level` of the level it provides. */
  readonly levelRef: string;
  /** Further level refs its certificate counts for. */
  readonly satisfies: readonly string[];
  /** The institution that delivers it (format 1.1); undefined for a national programme. */
  readonly provider: string | undefined;
  readonly credential: string | undefined;
  readonly audience: string | undefined;
  /** The programme's language, else the framework's; undefined when neither says. */
  readonly language: string | undefined;
  readonly source: string | undefined;
  /**
   * Set when the programme declares no provider but the analysis recognised it as a copy of
   * `copyOf` (docs/format.md §7.3): `provider` then holds the provider inferred, from its
   * `source`, its file's folder, or its own id. Absent in a catalogue as loaded.
   */
  readonly inferred?: {
    readonly copyOf: string;
    readonly providerFrom: 'source' | 'folder' | 'programme';
  };
  /** Sum of module hours. */
  readonly hours: number;
  readonly modules: readonly Module[];
  readonly file: string;
  readonly location: SourceLocation;
}

export interface Module {
  /** `programme/module`. */
  readonly ref: string;
  readonly id: string;
  readonly programme: string;
  readonly title: string;
  readonly hours: number;
  readonly part: string | undefined;
  readonly activity: Activity;
  readonly description: string | undefined;
  readonly topics: readonly string[];
  readonly outcomes: readonly string[];
  /** Prerequisites as full module refs. */
  readonly requires: readonly string[];
  /** Where each prerequisite is written, aligned with `requires`. */
  readonly requireLocations: readonly SourceLocation[];
  readonly language: string | undefined;
  /**
   * Overlaps the authors declare intended (format 1.1 addition), target as a full module ref:
   * reported, marked accepted with the reason, never failing a check.
   */
  readonly intendedOverlaps: readonly IntendedOverlap[];
  readonly location: SourceLocation;
}

export interface IntendedOverlap {
  /** `programme/module`. */
  readonly module: string;
  readonly reason: string;
  readonly location: SourceLocation;
}
