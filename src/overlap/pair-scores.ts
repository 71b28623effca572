import type { Corpus } from './corpus.js';
import { type ScoreParams, combineScore, measurePair, scoreAtLeast } from './score.js';

/**
 * The scores of pairs of documents, with those of reported pairs and of any other pair
 * clustering asks about kept (most pairs are never asked about). Keys number a pair the same
 * either way round.
 */
export class PairScores {
  private readonly known = new Map<number, number>();

  constructor(
    private readonly corpus: Corpus,
    private readonly params: ScoreParams,
  ) {}

  /** One number for the pair (i, j), the same as for (j, i). */
  key(i: number, j: number): number {
    const n = this.corpus.modules.length;
    return i < j ? i * n + j : j * n + i;
  }

  /** The pair's score, computed now and not kept. */
  compute(i: number, j: number): number {
    return combineScore(measurePair(this.corpus, i, j), this.corpus, i, j, this.params);
  }

  /** The pair's score where it is at least `floor`, else a number below it (`scoreAtLeast`). */
  atLeast(i: number, j: number, floor: number): number {
    return scoreAtLeast(this.corpus, i, j, floor, this.params);
  }

  /** Keeps a pair's score. */
  keep(i: number, j: number, score: number): void {
    this.known.set(this.key(i, j), score);
  }

  /** The pair's score, kept once computed (1 for a document with itself). */
  readonly of = (i: number, j: number): number => {
    if (i === j) return 1;
    const k = this.key(i, j);
    let s = this.known.get(k);
    if (s === undefined) {
      s = this.compute(i, j);
      this.known.set(k, s);
    }
    return s;
  };

  /**
   * The pair's score, kept or computed and not kept: for later stages, which ask for many
   * pairs once each (every copy on a pathway).
   */
  once(i: number, j: number): number {
    return i === j ? 1 : (this.known.get(this.key(i, j)) ?? this.compute(i, j));
  }
}
