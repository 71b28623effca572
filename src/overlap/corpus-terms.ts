/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import type { Module } from '../model/catalog.js';
import { isEnglish, tokenKey } from '../text/features.js';
import { caseTellsNames, mayHoldName } from '../text/names.js';
import { phrases } from '../text/normalize.js';
import { titleParts } from '../text/title-head.js';
import { Arena } from './arena.js';
import { NameReading } from './corpus-names.js';
import { Vocabulary, none } from './corpus-vocabulary.js';

/** How much each field of a module counts. Title and topics say what a module is about. */
export const fieldWeights = { title: 2, topics: 1.5, outcomes: 1, description: 1 } as const;

/** Every module as terms, field by field: what the later steps of the corpus count and weigh. */
export interface DocumentTerms {
  readonly vocabulary: Vocabulary;
  readonly names: NameReading;
  /** Sorted term ids of each document (all fields). */
  readonly terms: readonly Int32Array[];
  /** Field-weighted term frequencies, aligned with `terms`. */
  readonly tf: readonly Float64Array[];
  /** Sorted term ids of each title's head (the whole title in English). */
  readonly titleTerms: readonly Int32Array[];
  /** Sorted term ids of each topic of each document (an empty topic too). */
  readonly topicTerms: readonly (readonly Int32Array[])[];
}

/**
 * Reads every module into terms: syllables, names of several syllables as one, and the
 * bigrams of syllables side by side within a phrase, weighted by the field they stand in.
 * Texts whose case tells nothing of names (a title in capitals) are read once all others are,
 * so that they read the names those others wrote capitalised (`NameReading`).
 */
export function readDocumentTerms(modules: readonly Module[]): DocumentTerms {
  const vocabulary = new Vocabulary();
  const names = new NameReading(vocabulary);
  const reader = new TextReader(vocabulary, names);
  // Each module's arrays are views of a few large buffers (arena.ts): the term lists kept in
  // the corpus in one arena, the raw frequencies dropped after it in another.
  const kept = new Arena<Int32Array<ArrayBuffer>>(Int32Array);
  const frequencies = new Arena<Float64Array<ArrayBuffer>>(Float64Array);
  const terms = new Array<Int32Array>(modules.length);
  const tf = new Array<Float64Array>(modules.length);
  const titleTerms = new Array<Int32Array>(modules.length);
  const topicTerms = new Array<Int32Array[]>(modules.length);

  /** Reads module `d`; false when it must wait for the names. */
  const readModule = (d: number): boolean => {
    const module = modules[d]!;
    const english = isEnglish(module.language);
    reader.waitsForNames = false;
    // A Vietnamese title's head is what it is about; the rest (a label, a frame after "trong",
    // "ở", "của", a colon…) weighs as a description does and is no part of the title's terms.
    const parts = english ? { head: module.title, rest: '' } : titleParts(module.title);
    reader.addText(parts.head, english, fieldWeights.title, true);
    if (parts.rest !== '') reader.addText(parts.rest, english, fieldWeights.description, false);
    const topics: Int32Array[] = [];
    for (const topic of module.topics) {
      // Kept even if empty: indexes match module.topics.
      topics.push(distinctSorted(reader.addText(topic, english, fieldWeights.topics, false), kept));
    }
    for (const outcome of module.outcomes)
      reader.addText(outcome, english, fieldWeights.outcomes, false);
    if (module.description)
      reader.addText(module.description, english, fieldWeights.description, false);

    const read = reader.counts.take(kept, frequencies);
    if (reader.waitsForNames) return false;
    terms[d] = read.terms;
    tf[d] = read.tf;
    titleTerms[d] = read.title;
    topicTerms[d] = topics;
    return true;
  };
  const waiting: number[] = [];
  for (let d = 0; d < modules.length; d++) if (!readModule(d)) waiting.push(d);
  reader.namesKnown = true;
  for (const d of waiting) readModule(d);
  return { vocabulary, names, terms, tf, titleTerms, topicTerms };
}

/** One document's terms: field-weighted frequencies summed as its texts are read. */
export class TermCounts {
  // A scratch table indexed by term, reused for every document: only the terms touched are
  // read back and cleared.
  private tf = new Float64Array(1 << 16);
  private inTitle = new Uint8Array(1 << 16);
  private touched = new Int32Array(1 << 10);
  private touchedCount = 0;

  /** Adds `weight` to a term's frequency; `title`: the term stands in the title's head. */
  add(term: number, weight: number, title: boolean): void {
    if (term >= this.tf.length) {
      const grown = new Float64Array(this.tf.length * 2);
      grown.set(this.tf);
      this.tf = grown;
      const grownTitle = new Uint8Array(this.inTitle.length * 2);
      grownTitle.set(this.inTitle);
      this.inTitle = grownTitle;
    }
    if (this.tf[term] === 0) {
      if (this.touchedCount === this.touched.length) {
        const grown = new Int32Array(this.touched.length * 2);
        grown.set(this.touched);
        this.touched = grown;
      }
      this.touched[this.touchedCount++] = term;
    }
    this.tf[term]! += weight;
    if (title) this.inTitle[term] = 1;
  }

  /**
   * The document's terms, sorted, their frequencies and its title's terms, in arrays of the
   * arenas given (frequencies in `frequencies`, the rest in `kept`); the counts start afresh.
   */
  take(
    kept: Arena<Int32Array<ArrayBuffer>>,
    frequencies: Arena<Float64Array<ArrayBuffer>>,
  ): { terms: Int32Array; tf: Float64Array; title: Int32Array } {
    const { tf, inTitle, touchedCount } = this;
    const ids = kept.take(touchedCount);
    ids.set(this.touched.subarray(0, touchedCount));
    ids.sort();
    const weights = frequencies.take(touchedCount);
    let inTitleCount = 0;
    for (let k = 0; k < touchedCount; k++) {
      const t = ids[k]!;
      weights[k] = tf[t]!;
      inTitleCount += inTitle[t]!;
    }
    const title = kept.take(inTitleCount);
    for (let k = 0, x = 0; k < touchedCount; k++) {
      const t = ids[k]!;
      if (inTitle[t] === 1) title[x++] = t;
      tf[t] = 0;
      inTitle[t] = 0;
    }
    this.touchedCount = 0;
    return { terms: ids, tf: weights, title };
  }
}

/**
 * Reads texts into terms, added to the document being read (`counts`). A text whose case
 * tells nothing of names, read before the names are known (`namesKnown`), sets
 * `waitsForNames`: its document is read again once they are.
 */
class TextReader {
  readonly counts = new TermCounts();
  namesKnown = false;
  waitsForNames = false;
  private readonly cache = new TextCache();
  // Each token as written, to its syllable id: most tokens recur, and one lookup by the
  // written form skips normalising them again (one table for each language's keys).
  private readonly tokenIds = [new Map<string, number>(), new Map<string, number>()];
  private readonly sequence: number[] = [];

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly names: NameReading,
  ) {}

  /** Adds a text's terms to the document; returns them (`sequence` itself: read at once). */
  addText(
    text: string,
    english: boolean,
    weight: number,
    title: boolean,
  ): Int32Array | readonly number[] {
    let terms: Int32Array | readonly number[] | undefined = this.cache.find(text, english);
    if (terms === undefined) {
      const caseTells = this.readTerms(text, english);
      terms = this.sequence;
      if (!caseTells && !this.namesKnown) this.waitsForNames = true;
      else this.cache.keep(text, english, this.sequence);
    }
    this.cache.looked();
    for (const term of terms) this.counts.add(term, weight, title);
    return terms;
  }

  /** Reads a text's terms into `sequence`; whether its case tells its names. */
  private readTerms(text: string, english: boolean): boolean {
    const { sequence, vocabulary } = this;
    sequence.length = 0;
    const read = phrases(text);
    const caseTells = english || caseTellsNames(read);
    for (const phrase of read) {
      let ids = phrase.map((token) => this.syllableOf(token, english));
      if (!english && (!caseTells || mayHoldName(phrase)))
        ids = this.names.withNames(phrase, ids, caseTells);
      let previous = none;
      for (const s of ids) {
        sequence.push(vocabulary.term(s, none));
        if (previous !== none) {
          const bigram = vocabulary.term(previous, s);
          sequence.push(bigram);
          if (caseTells) this.names.countWords(bigram);
        }
        previous = s;
      }
    }
    return caseTells;
  }

  private syllableOf(token: string, english: boolean): number {
    const cache = this.tokenIds[english ? 1 : 0]!;
    let id = cache.get(token);
    if (id !== undefined) return id;
    id = this.vocabulary.syllable(tokenKey(token, english));
    cache.set(token, id);
    return id;
  }
}

/** After this many texts, a corpus whose texts repeat less than a tenth of the time reads each anew. */
const textsToJudgeCache = 20_000;

/**
 * The terms of each text read twice, in order: an archive holds most texts many times over
 * (every school's copy of a national module), and a text reads the same each time once the
 * names its case cannot tell are known. A text seen once is only marked (null). Where few
 * texts repeat (a narrow vocabulary's random modules) the table costs more than it saves: it
 * is dropped once its first texts tell so.
 */
class TextCache {
  private readonly tables = [
    new Map<string, Int32Array | null>(),
    new Map<string, Int32Array | null>(),
  ];
  private lookedUp = 0;
  private found = 0;
  private on = true;

  /** The terms of a text already read twice; undefined if it must be read. */
  find(text: string, english: boolean): Int32Array | undefined {
    if (!this.on) return undefined;
    const terms = this.tables[english ? 1 : 0]!.get(text);
    if (!terms) return undefined;
    this.found++;
    return terms;
  }

  /** Notes a text just read, and its terms: they are kept the second time it is read. */
  keep(text: string, english: boolean, terms: readonly number[]): void {
    if (!this.on) return;
    const table = this.tables[english ? 1 : 0]!;
    table.set(text, table.has(text) ? Int32Array.from(terms) : null);
  }

  /** Counts a text looked up, and drops the tables once they prove not worth keeping. */
  looked(): void {
    if (this.on && ++this.lookedUp === textsToJudgeCache && this.found < this.lookedUp * 0.1) {
      this.on = false;
      for (const table of this.tables) table.clear();
    }
  }
}

/** Where `distinctSorted` sorts: grown as needed, never shrunk. */
let sortScratch = new Int32Array(1 << 10);

/** The distinct values of a list, in increasing order, in a new array of `arena`. */
function distinctSorted(
  values: Int32Array | readonly number[],
  arena: Arena<Int32Array<ArrayBuffer>>,
): Int32Array {
  if (sortScratch.length < values.length) sortScratch = new Int32Array(values.length * 2);
  const sorted = sortScratch.subarray(0, values.length);
  sorted.set(values);
  sorted.sort();
  let distinct = 0;
  for (let k = 0; k < sorted.length; k++)
    if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
  const result = arena.take(distinct);
  result.set(sorted.subarray(0, distinct));
  return result;
}
