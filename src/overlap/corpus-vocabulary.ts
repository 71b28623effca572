/* eslint-disable @typescript-eslint/no-non-null-assertion -- ids index the arrays they were handed out for, in calls made for every token of every module: an id out of range would be a bug, not input. */
import { functionWords, genericTerms } from '../text/generic.js';
import { PairIds } from './pair-ids.js';

/** Marks a unigram term in the pair table: (syllable, none). */
export const none = -1;

/**
 * The syllables and terms of a corpus, each numbered when first met: a term is a syllable
 * (a unigram) or two syllables side by side (a bigram), and every later step indexes its
 * arrays by these numbers. A syllable is a key (`tokenKey`), or a name of several syllables
 * read as one (`nameKey`). Whether a term is generic is decided once, when it is first met.
 */
export class Vocabulary {
  private readonly syllables = new Map<string, number>();
  private readonly keys: string[] = [];
  // Terms are interned by syllable ids, never as "a b" strings, which would be built for
  // every token of a large corpus.
  private readonly pairs = new PairIds();
  private readonly generic: number[] = [];
  private readonly genericKeys = genericTerms().keys;

  /** How many terms there are: one more than the largest term id. */
  get size(): number {
    return this.pairs.size;
  }

  /** The id of a syllable key, numbered now if it is new. */
  syllable(key: string): number {
    let id = this.syllables.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.syllables.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The key of a syllable id. */
  keyOf(syllable: number): string {
    return this.keys[syllable]!;
  }

  /** The term id of a unigram (`second` none) or a bigram of syllable ids, numbered now if new. */
  term(first: number, second: number): number {
    const id = this.pairs.add(first, second);
    if (id === this.generic.length) {
      const key =
        second === none ? this.keys[first]! : `${this.keys[first]!} ${this.keys[second]!}`;
      this.generic.push(this.genericKeys.has(key) ? 1 : 0);
    }
    return id;
  }

  /** Whether a term is a bigram. */
  isBigram(term: number): boolean {
    return this.pairs.secondOf(term) !== none;
  }

  /** The term id of a unigram key, or of the bigram of two keys; undefined if unseen. */
  termOf(key: string, next?: string): number | undefined {
    const first = this.syllables.get(key);
    const second = next === undefined ? none : this.syllables.get(next);
    if (first === undefined || second === undefined) return undefined;
    const id = this.pairs.get(first, second);
    return id === -1 ? undefined : id;
  }

  /** The unigram term of a bigram's first (0) or second (1) syllable; -1 for a unigram. */
  syllableTerm(term: number, which: 0 | 1): number {
    const second = this.pairs.secondOf(term);
    if (second === none) return -1;
    return this.pairs.get(which === 0 ? this.pairs.firstOf(term) : second, none);
  }

  /** 1 for each generic term (`genericTerms`: kỹ năng, quản lý, introduction…). */
  genericFlags(): Uint8Array {
    return Uint8Array.from(this.generic);
  }

  /**
   * 1 for each bigram of two content words, neither a function word nor the bigram generic:
   * what a topic match must share ("khái niệm và vai trò" in two unrelated modules shares
   * "niệm và", which is no content).
   */
  contentBigrams(generic: Uint8Array): Uint8Array {
    const functionWord = Uint8Array.from(this.keys, (key) => (functionWords.has(key) ? 1 : 0));
    const content = new Uint8Array(this.size);
    for (let t = 0; t < this.size; t++) {
      const second = this.pairs.secondOf(t);
      if (second === none || generic[t] === 1) continue;
      content[t] = functionWord[this.pairs.firstOf(t)]! | functionWord[second]! ? 0 : 1;
    }
    return content;
  }
}
