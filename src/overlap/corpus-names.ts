/* eslint-disable @typescript-eslint/no-non-null-assertion -- syllable ids and span bounds index the arrays they were made from: out of range would be a bug, not input. */
import { NameDictionary, mergeSpans, nameKey, nameSpans } from '../text/names.js';
import type { Vocabulary } from './corpus-vocabulary.js';

/**
 * Names of several syllables read as one term (`names.ts`). The names a text writes
 * capitalised are learned, for the texts whose case tells nothing ("LỊCH SỬ ĐẢNG BỘ TỈNH BẮC
 * NINH"); so is how often texts whose case tells write two syllables side by side as plain
 * words (by bigram term) and as the start of a name: where case tells nothing, the likelier
 * reading wins ("AN NINH" is security, "ĐẢNG CỘNG SẢN" a name).
 */
export class NameReading {
  readonly names = new NameDictionary();
  private asWords = new Int32Array(1 << 16);
  private readonly asName = new Map<string, number>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Counts a bigram written, where case tells, as two plain words. */
  countWords(bigram: number): void {
    if (bigram >= this.asWords.length) {
      const grown = new Int32Array(Math.max(this.asWords.length * 2, bigram + 1));
      grown.set(this.asWords);
      this.asWords = grown;
    }
    this.asWords[bigram]!++;
  }

  /**
   * Whether the texts whose case tells write these two syllable keys side by side as plain
   * words more often than as the start of a name. A function kept by the corpus: the
   * explanations read names as the corpus did.
   */
  readonly readsAsWords = (first: string, second: string): boolean => {
    const bigram = this.vocabulary.termOf(first, second);
    const words = bigram === undefined ? 0 : (this.asWords[bigram] ?? 0);
    return words > (this.asName.get(`${first} ${second}`) ?? 0);
  };

  /**
   * A phrase's syllable ids with each name (`nameSpans`) one id; where case tells, the names
   * found are learned.
   */
  withNames(phrase: readonly string[], ids: number[], caseTells: boolean): number[] {
    const keys = ids.map((id) => this.vocabulary.keyOf(id));
    const spans = nameSpans(phrase, keys, caseTells, this.names, this.readsAsWords);
    if (caseTells)
      for (const [start, end] of spans) {
        this.names.add(keys.slice(start, end));
        const opening = `${keys[start]!} ${keys[start + 1]!}`;
        this.asName.set(opening, (this.asName.get(opening) ?? 0) + 1);
      }
    return spans.length === 0 ? ids : mergeSpans(ids, spans, (name) => this.unitOf(name));
  }

  /** The one syllable id of a name's syllables. */
  private unitOf(ids: readonly number[]): number {
    return this.vocabulary.syllable(nameKey(ids.map((id) => this.vocabulary.keyOf(id))));
  }
}
