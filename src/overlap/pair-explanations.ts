import type { Module } from '../model/catalog.js';
import { mustAt } from '../model/lookup.js';
import type { Corpus } from './corpus.js';
import { alignTopics, sharedPhrases } from './explain.js';
import { measurePair } from './score.js';
import type { Overlap } from './types.js';

/** What a listed pair shares and its measures, rounded as reported. */
export type PairExplanation = Pick<Overlap, 'shared' | 'topics' | 'measures'>;

/**
 * What two documents share (`sharedPhrases`) and a listed pair's explanation, each worked out
 * once. Most pairs are explained on their own and again inside their cluster, and most are a
 * school's copy with its original. The phrases depend only on the first's text as written and
 * on the second's terms, which its exact copies share: one reading serves every copy written
 * alike. An explanation depends only on the two texts as written.
 */
export class PairExplanations {
  private readonly phrases = new Map<number, string[]>();
  private readonly explanations = new Map<number, PairExplanation>();
  private readonly writtenId: (d: number) => number;

  constructor(private readonly corpus: Corpus) {
    this.writtenId = writtenTexts(corpus.modules);
  }

  /** What a and b share, as written in a: at most `limit` phrases, the most telling first. */
  readonly shared = (a: number, b: number, limit = 5): string[] => {
    const n = this.corpus.modules.length;
    const k = this.writtenId(a) * n + mustAt(this.corpus.exactGroup, b);
    let phrases = this.phrases.get(k);
    // Five are read: a shorter list is the longer one's start.
    if (phrases === undefined) this.phrases.set(k, (phrases = sharedPhrases(this.corpus, a, b, 5)));
    return phrases.slice(0, limit);
  };

  /** What pair (x, y) shares, as written in x, and its measures. */
  readonly explain = (x: number, y: number): PairExplanation => {
    const k = this.writtenId(x) * this.corpus.modules.length + this.writtenId(y);
    let explanation = this.explanations.get(k);
    if (explanation === undefined) {
      const m = measurePair(this.corpus, x, y);
      explanation = {
        shared: this.shared(x, y),
        topics: alignTopics(this.corpus, x, y),
        measures: {
          cosine: round2(m.cosine),
          title: round2(m.title),
          subject: round2(m.subject),
          containment: [round2(m.containedAinB), round2(m.containedBinA)],
        },
      };
      this.explanations.set(k, explanation);
    }
    return explanation;
  };
}

/**
 * A number for each document's text as written (language, title, topics, outcomes and
 * description), the same for documents written alike, taken when first asked.
 */
export function writtenTexts(modules: readonly Module[]): (d: number) => number {
  const ids = new Map<string, number>();
  const of = new Int32Array(modules.length).fill(-1);
  return (d) => {
    let id = mustAt(of, d);
    if (id >= 0) return id;
    const m = mustAt(modules, d);
    const text = [
      m.language,
      m.title,
      ...m.topics,
      '',
      ...m.outcomes,
      '',
      m.description ?? '',
    ].join('\u0000');
    id = ids.get(text) ?? ids.size;
    ids.set(text, id);
    of[d] = id;
    return id;
  };
}

/** A score or measure as reported: two decimals. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
