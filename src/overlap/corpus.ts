/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import type { Module } from '../model/catalog.js';
import { isEnglish, tokenKey } from '../text/features.js';
import {
  NameDictionary,
  caseTellsNames,
  mayHoldName,
  mergeSpans,
  nameKey,
  nameSpans,
} from '../text/names.js';
import { phrases } from '../text/normalize.js';
import { titleParts } from '../text/title-head.js';
import { functionWords, genericTerms } from '../text/generic.js';
import { type CopyGroups, findCopyGroups } from './copies.js';
import { Arena } from './arena.js';
import { PairIds } from './pair-ids.js';
import { idf } from './weights.js';

/** How much each field of a module counts. Title and topics say what a module is about. */
export const fieldWeights = { title: 2, topics: 1.5, outcomes: 1, description: 1 } as const;

/** Weight factor of generic terms (kỹ năng, quản lý, introduction…): present, but faint. */
export const genericFactor = 0.2;

/** Marks a unigram term in the pair table: (syllable, none). */
const none = -1;

/**
 * The modules as weighted term vectors, with what scoring and candidate generation need.
 * Built once per analysis; arrays are indexed by document number (position in `modules`).
 */
export interface Corpus {
  readonly modules: readonly Module[];
  /**
   * The head of each document's copy group (itself when it has no copy): its first national
   * module (of no provider) if it holds one, else its first document.
   */
  readonly copyGroup: Int32Array;
  /** 1 for a module of no provider: a national programme's, the original schools copy. */
  readonly national: Uint8Array;
  /** The first document of each document's group of exact copies. */
  readonly exactGroup: Int32Array;
  /** Distinct contents: the number of copy groups. */
  readonly distinct: number;
  /** Sorted term ids of each document (all fields). */
  readonly terms: readonly Int32Array[];
  /** L2-normalised TF-IDF weights, aligned with `terms`. */
  readonly weights: readonly Float32Array[];
  /** Σ termWeight over each document's distinct terms: the denominator of containment. */
  readonly mass: Float64Array;
  /**
   * The IDF of each term over every document, undamped: what copies are weighed by, so that a
   * frame's rare filler counts and common words count too (`PairMeasures.resemblance`).
   */
  readonly copyWeight: Float64Array;
  /** Σ copyWeight over each document's distinct terms. */
  readonly copyMass: Float64Array;
  /** Pairs of documents at different levels that hold each other as copies do (copies.ts). */
  readonly acrossLevels: Int32Array;
  /** Sorted term ids of each title's head (the whole title in English). */
  readonly titleTerms: readonly Int32Array[];
  /** Sorted term ids of each topic of each document, for aligning topics one to one. */
  readonly topicTerms: readonly (readonly Int32Array[])[];
  /** Document frequency of each term, over distinct contents (copy groups). */
  readonly df: Int32Array;
  /** IDF × generic damping, per term: how much sharing this term says. */
  readonly termWeight: Float64Array;
  /**
   * The same over title heads (`title-head.ts`) only, damped where many heads hold a term: a
   * frame many titles repeat weighs little, a phrase that frames many titles but heads this
   * one does not.
   */
  readonly titleTermWeight: Float64Array;
  /**
   * For a term common in the corpus (a frame's phrase), its weight where it is the subject of
   * two titles: where both hold it in their heads and it is not common among heads too
   * (`headCommon` 0), or, where it heads many titles ("Tư tưởng Hồ Chí Minh về đạo đức", "… về
   * văn hóa"), only where one title's whole head stands in the other's ("Tư tưởng Hồ Chí
   * Minh" ~ "Những vấn đề cơ bản của tư tưởng Hồ Chí Minh"): with different fillers after it,
   * it frames them. 0 for other terms.
   */
  readonly headWeight: Float64Array;
  /** 1 for terms that many title heads hold (`headWeight`). */
  readonly headCommon: Uint8Array;
  /** 1 for generic terms. */
  readonly generic: Uint8Array;
  /**
   * 1 for terms that many distinct contents use (`commonDf`): a frame that recurs with a
   * different filler each time ("Lịch sử Đảng bộ tỉnh …", "Equivalent to …; see …") is
   * made of them. Sharing only such terms is no overlap.
   */
  readonly common: Uint8Array;
  /**
   * 1 for bigrams no likelier than chance: two syllables that stand side by side about as
   * often as their frequencies alone would put them there (`chanceBigrams`). They make no
   * word, so sharing them is evidence of a copy only, never of a subject (a narrow vocabulary
   * puts every pair of its syllables side by side somewhere).
   */
  readonly chance: Uint8Array;
  /**
   * 1 for bigrams of two content words: what a topic match must share ("khái niệm và vai trò"
   * in two unrelated modules shares "niệm và", which is no content).
   */
  readonly contentBigram: Uint8Array;
  /**
   * 1 for terms that only the schools of one place hold (one provider, or at most
   * `maxLocalOwners`, the campuses of a province): a province's name and places in its local
   * modules, which make them look alike whatever each is about. Terms a national module holds
   * are nobody's own.
   */
  readonly local: Uint8Array;
  /**
   * The unigram term of a bigram's first (0) or second (1) syllable; -1 for a unigram.
   * "lý kinh" in "Quản lý kinh tế" is no word: a module that holds "lý" and "kinh" apart
   * ("Quản lý nhà nước về kinh tế") holds what the title says.
   */
  syllableTerm(term: number, which: 0 | 1): number;
  /** The term id of a unigram key, or of the bigram of two keys; undefined if unseen. */
  termOf(key: string, next?: string): number | undefined;
  /** The names read as one term where a text's case tells nothing (`names.ts`). */
  readonly names: NameDictionary;
  /**
   * Whether the texts whose case tells write these two syllable keys side by side as plain
   * words more often than as the start of a name: where case tells nothing, a name learned
   * from the repository is then not taken.
   */
  readonly readsAsWords: (first: string, second: string) => boolean;
}

/**
 * @param levelOf the level of a module's programme (`track/level`): copies are sought within
 *   a level only. By default all modules count as one level.
 * @param owners given the copy groups, the provider of each module (undefined: national):
 *   a school's own words are told from everyone's by it, and a copy group is headed by a
 *   national module. By default every module is national.
 */
export function buildCorpus(
  modules: readonly Module[],
  levelOf: (module: Module) => string = () => '',
  owners: (groups: CopyGroups) => (module: Module) => string | undefined = () => () => undefined,
): Corpus {
  const generic = genericTerms().keys;
  const syllables = new Map<string, number>();
  const syllableKeys: string[] = [];
  // Terms are interned by syllable ids, never as "a b" strings, which would be built for every
  // token of a large corpus.
  const termOf = new PairIds();
  const termGeneric: number[] = [];

  // Each token as written, to its syllable id: most tokens recur, and one lookup by the
  // written form skips normalising them again (one table for each language's keys).
  const tokenIds = [new Map<string, number>(), new Map<string, number>()];
  const syllableOf = (token: string, english: boolean): number => {
    const cache = tokenIds[english ? 1 : 0]!;
    let id = cache.get(token);
    if (id !== undefined) return id;
    const key = tokenKey(token, english);
    id = syllables.get(key);
    if (id === undefined) {
      id = syllableKeys.length;
      syllables.set(key, id);
      syllableKeys.push(key);
    }
    cache.set(token, id);
    return id;
  };
  const termId = (first: number, second: number): number => {
    const id = termOf.add(first, second);
    if (id === termGeneric.length) {
      const key =
        second === none ? syllableKeys[first]! : `${syllableKeys[first]!} ${syllableKeys[second]!}`;
      termGeneric.push(generic.has(key) ? 1 : 0);
    }
    return id;
  };

  // Per document: term frequencies weighted by field, through a reusable scratch array.
  let tf = new Float64Array(1 << 16);
  let inTitle = new Uint8Array(1 << 16);
  let touched = new Int32Array(1 << 10);
  let touchedCount = 0;
  // Each module's arrays are views of a few large buffers (arena.ts): the term lists kept in
  // the corpus in one arena, the raw frequencies dropped after it in another.
  const kept = new Arena<Int32Array<ArrayBuffer>>(Int32Array);
  const frequencies = new Arena<Float64Array<ArrayBuffer>>(Float64Array);
  const rawTerms = new Array<Int32Array>(modules.length);
  const rawTf = new Array<Float64Array>(modules.length);
  const titleTerms = new Array<Int32Array>(modules.length);
  const topicTerms = new Array<Int32Array[]>(modules.length);

  const add = (term: number, weight: number, title: boolean) => {
    if (term >= tf.length) {
      const grown = new Float64Array(tf.length * 2);
      grown.set(tf);
      tf = grown;
      const grownTitle = new Uint8Array(inTitle.length * 2);
      grownTitle.set(inTitle);
      inTitle = grownTitle;
    }
    if (tf[term] === 0) {
      if (touchedCount === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[touchedCount++] = term;
    }
    tf[term]! += weight;
    if (title) inTitle[term] = 1;
  };
  // Names of several syllables are one term (names.ts): those a text writes capitalised are
  // learned for the texts whose case tells nothing, which are read once all others are.
  const names = new NameDictionary();
  let namesKnown = false;
  let waitsForNames = false;
  const unitOf = (ids: readonly number[]): number => {
    const key = nameKey(ids.map((id) => syllableKeys[id]!));
    let id = syllables.get(key);
    if (id === undefined) {
      id = syllableKeys.length;
      syllables.set(key, id);
      syllableKeys.push(key);
    }
    return id;
  };
  // The terms of each text read twice, in order: an archive holds most texts many times over
  // (every school's copy of a national module), and a text reads the same each time once the
  // names its case cannot tell are known. A text seen once is only marked (null). Where few
  // texts repeat (a narrow vocabulary's random modules) the table costs more than it saves
  // (1.3 s of 20 s at 100,000 modules): it is dropped once its first texts tell so.
  const textTerms = [new Map<string, Int32Array | null>(), new Map<string, Int32Array | null>()];
  let textsLooked = 0;
  let textsFound = 0;
  let cacheTexts = true;
  const sequence: number[] = [];
  /** Adds a text's terms to the document; returns them (`sequence` itself: read at once). */
  const addText = (
    text: string,
    english: boolean,
    weight: number,
    title: boolean,
  ): Int32Array | readonly number[] => {
    const cache = textTerms[english ? 1 : 0]!;
    let terms: Int32Array | number[] | null | undefined = cacheTexts ? cache.get(text) : undefined;
    if (terms) textsFound++;
    else {
      const caseTells = readTerms(text, english);
      terms = sequence;
      if (!caseTells && !namesKnown) waitsForNames = true;
      else if (cacheTexts) {
        const seen = cache.has(text);
        cache.set(text, seen ? Int32Array.from(sequence) : null);
      }
    }
    if (cacheTexts && ++textsLooked === textsToJudgeCache && textsFound < textsLooked * 0.1) {
      cacheTexts = false;
      for (const table of textTerms) table.clear();
    }
    for (const term of terms) add(term, weight, title);
    return terms;
  };
  /** Reads a text's terms into `sequence`; whether its case tells its names. */
  const readTerms = (text: string, english: boolean): boolean => {
    sequence.length = 0;
    const read = phrases(text);
    const caseTells = english || caseTellsNames(read);
    for (const phrase of read) {
      let ids = phrase.map((token) => syllableOf(token, english));
      if (!english && (!caseTells || mayHoldName(phrase))) ids = withNames(phrase, ids, caseTells);
      let previous = none;
      for (const s of ids) {
        sequence.push(termId(s, none));
        if (previous !== none) {
          const bigram = termId(previous, s);
          sequence.push(bigram);
          if (caseTells) countWords(bigram);
        }
        previous = s;
      }
    }
    return caseTells;
  };
  // How often texts whose case tells write two syllables side by side as plain words (by
  // bigram term), and as the start of a name: where case tells nothing, the likelier reading
  // wins ("AN NINH" is security, "ĐẢNG CỘNG SẢN" a name).
  let asWords = new Int32Array(1 << 16);
  const asName = new Map<string, number>();
  const countWords = (term: number) => {
    if (term >= asWords.length) {
      const grown = new Int32Array(Math.max(asWords.length * 2, term + 1));
      grown.set(asWords);
      asWords = grown;
    }
    asWords[term]!++;
  };
  const readsAsWords = (first: string, second: string): boolean => {
    const x = syllables.get(first);
    const y = syllables.get(second);
    const bigram = x === undefined || y === undefined ? -1 : termOf.get(x, y);
    const words = bigram === -1 ? 0 : (asWords[bigram] ?? 0);
    return words > (asName.get(`${first} ${second}`) ?? 0);
  };
  /** A phrase's syllable ids with each name (`nameSpans`) one id; names where case tells learned. */
  const withNames = (phrase: readonly string[], ids: number[], caseTells: boolean): number[] => {
    const keys = ids.map((id) => syllableKeys[id]!);
    const spans = nameSpans(phrase, keys, caseTells, names, readsAsWords);
    if (caseTells)
      for (const [start, end] of spans) {
        names.add(keys.slice(start, end));
        const opening = `${keys[start]!} ${keys[start + 1]!}`;
        asName.set(opening, (asName.get(opening) ?? 0) + 1);
      }
    return spans.length === 0 ? ids : mergeSpans(ids, spans, unitOf);
  };

  /** Reads module `d` into the per-document arrays; false when it must wait for the names. */
  const readModule = (d: number): boolean => {
    const module = modules[d]!;
    const english = isEnglish(module.language);
    waitsForNames = false;
    // A Vietnamese title's head is what it is about; the rest (a label, a frame after "trong",
    // "ở", "của", a colon…) weighs as a description does and is no part of the title's terms.
    const parts = english ? { head: module.title, rest: '' } : titleParts(module.title);
    addText(parts.head, english, fieldWeights.title, true);
    if (parts.rest !== '') addText(parts.rest, english, fieldWeights.description, false);
    const topics: Int32Array[] = [];
    for (const topic of module.topics) {
      // Kept even if empty: indexes match module.topics.
      topics.push(distinctSorted(addText(topic, english, fieldWeights.topics, false), kept));
    }
    for (const outcome of module.outcomes) addText(outcome, english, fieldWeights.outcomes, false);
    if (module.description) addText(module.description, english, fieldWeights.description, false);

    const ids = kept.take(touchedCount);
    ids.set(touched.subarray(0, touchedCount));
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
    touchedCount = 0;
    if (waitsForNames) return false;
    rawTerms[d] = ids;
    rawTf[d] = weights;
    titleTerms[d] = title;
    topicTerms[d] = topics;
    return true;
  };
  const waiting: number[] = [];
  for (let d = 0; d < modules.length; d++) if (!readModule(d)) waiting.push(d);
  namesKnown = true;
  for (const d of waiting) readModule(d);

  const termCount = termOf.size;
  // Document frequencies count distinct contents: a copy group counts once, however many
  // schools hold it, so copies never make their own words look common (and hide themselves).
  const levelIds = new Map<string, number>();
  const level = Int32Array.from(modules, (m) => {
    const ref = levelOf(m);
    let id = levelIds.get(ref);
    if (id === undefined) levelIds.set(ref, (id = levelIds.size));
    return id;
  });
  const groups = findCopyGroups({ terms: rawTerms, tf: rawTf, titleTerms, level });
  const ownerOf = owners(groups);
  // Each module's provider as a number; -1 for a module of no provider (a national one).
  const providerIds = new Map<string, number>();
  const owner = Int32Array.from(modules, (m) => {
    const key = ownerOf(m);
    if (key === undefined) return -1;
    const id = providerIds.get(key) ?? providerIds.size;
    providerIds.set(key, id);
    return id;
  });
  const national = Uint8Array.from(owner, (o) => (o < 0 ? 1 : 0));
  const copyGroup = headedByOriginal(groups.copy, national);
  const byGroup = Int32Array.from(modules.keys()).sort(
    (a, b) => copyGroup[a]! - copyGroup[b]! || a - b,
  );
  const n = byGroup.reduce((count, d) => count + (copyGroup[d] === d ? 1 : 0), 0);
  const df = new Int32Array(termCount);
  const titleDf = new Int32Array(termCount);
  const seenIn = new Int32Array(termCount).fill(-1);
  const titleSeenIn = new Int32Array(termCount).fill(-1);
  for (const d of byGroup) {
    const group = copyGroup[d]!;
    for (const t of rawTerms[d]!) if (seenIn[t] !== group) [seenIn[t], df[t]] = [group, df[t]! + 1];
    for (const t of titleTerms[d]!)
      if (titleSeenIn[t] !== group) [titleSeenIn[t], titleDf[t]] = [group, titleDf[t]! + 1];
  }
  // Local words: held by no national module (whose words are everyone's) and by the schools
  // of one place only: one provider, or the few campuses of one province ("An Giang", "An
  // Giang cơ sở 2"), which teach its history alike. Counted over the modules provider by
  // provider: how many providers hold each term, up to one more than `maxLocalOwners`.
  const ownerCount = new Int32Array(termCount);
  const lastOwner = new Int32Array(termCount).fill(-1);
  const heldNationally = new Uint8Array(termCount);
  const byOwner = Int32Array.from(modules.keys()).sort((a, b) => owner[a]! - owner[b]! || a - b);
  for (const d of byOwner) {
    const o = owner[d]!;
    for (const t of rawTerms[d]!) {
      if (o < 0) heldNationally[t] = 1;
      else if (lastOwner[t] !== o && ownerCount[t]! <= maxLocalOwners) {
        lastOwner[t] = o;
        ownerCount[t]!++;
      }
    }
  }
  const genericFlags = Uint8Array.from(termGeneric);
  const chance = chanceBigrams(termOf, rawTerms, rawTf, (d) => copyGroup[d] === d);
  const commonFlags = Uint8Array.from(df, (count) => (count >= commonDf(n) ? 1 : 0));
  // Common as a head: what many titles are about ("Lịch sử Đảng bộ tỉnh …"), not what frames
  // them ("… trong thời kỳ quá độ lên chủ nghĩa xã hội"): a phrase common only as a frame is
  // the subject of a title it heads.
  const headCommon = Uint8Array.from(titleDf, (count) => (count >= commonDf(n) ? 1 : 0));
  const damp = (t: number) => (genericFlags[t] === 1 || commonFlags[t] === 1 ? genericFactor : 1);
  const termWeight = new Float64Array(termCount);
  const titleTermWeight = new Float64Array(termCount);
  const headWeight = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    termWeight[t] = idf(n, df[t]!) * damp(t);
    titleTermWeight[t] = idf(n, titleDf[t]!) * damp(t);
    headWeight[t] = commonFlags[t] === 1 && chance[t] === 0 ? idf(n, df[t]!) : 0;
  }

  const copyMass = Float64Array.from(rawTerms, (ids) => {
    let m = 0;
    for (const t of ids) m += groups.weight[t] ?? 0;
    return m;
  });
  const weights: Float32Array[] = [];
  const weightArena = new Arena<Float32Array<ArrayBuffer>>(Float32Array);
  const mass = new Float64Array(modules.length);
  for (let d = 0; d < modules.length; d++) {
    const ids = rawTerms[d]!;
    // A frame's phrase that heads this title is what it teaches (`headWeight`).
    for (const t of titleTerms[d]!) if (headCommon[t] === 0) mass[d]! += headWeight[t]!;
    const w = weightArena.take(ids.length);
    let norm = 0;
    let m = 0;
    for (let k = 0; k < ids.length; k++) {
      const t = ids[k]!;
      const x = (1 + Math.log(Math.max(1, rawTf[d]![k]!))) * termWeight[t]!;
      w[k] = x;
      norm += x * x;
      // A frame's common words are no part of what one module may teach inside another.
      if (commonFlags[t] === 0) m += termWeight[t]!;
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < w.length; k++) w[k]! /= norm;
    weights.push(w);
    mass[d]! += m;
  }

  const functionWord = Uint8Array.from(syllableKeys, (key) => (functionWords.has(key) ? 1 : 0));
  const contentBigram = new Uint8Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const second = termOf.secondOf(t);
    if (second === none || genericFlags[t] === 1) continue;
    contentBigram[t] = functionWord[termOf.firstOf(t)]! | functionWord[second]! ? 0 : 1;
  }

  const termOfKey = (key: string, next?: string): number | undefined => {
    const first = syllables.get(key);
    const second = next === undefined ? none : syllables.get(next);
    if (first === undefined || second === undefined) return undefined;
    const id = termOf.get(first, second);
    return id === -1 ? undefined : id;
  };

  return {
    modules,
    copyGroup,
    national,
    exactGroup: groups.exact,
    distinct: n,
    terms: rawTerms,
    weights,
    mass,
    copyWeight: groups.weight,
    copyMass,
    acrossLevels: groups.acrossLevels,
    titleTerms,
    topicTerms,
    df,
    termWeight,
    titleTermWeight,
    headWeight,
    headCommon,
    generic: genericFlags,
    common: commonFlags,
    chance,
    contentBigram,
    local: Uint8Array.from(ownerCount, (count, t) =>
      heldNationally[t] === 0 && count >= 1 && count <= maxLocalOwners ? 1 : 0,
    ),
    termOf: termOfKey,
    names,
    readsAsWords,
    syllableTerm: (term, which) => {
      const second = termOf.secondOf(term);
      if (second === none) return -1;
      return termOf.get(which === 0 ? termOf.firstOf(term) : second, none);
    },
  };
}

/**
 * Copy groups, each headed by its first module of no provider (the national module the
 * schools copied) where it holds one, else by its first module. The head stands for the
 * group in candidate search and in the pairs between groups, so those are measured on the
 * original and named by it ("cao-cap-llct/…", not the first school's copy by ref).
 */
function headedByOriginal(copy: Int32Array, national: Uint8Array): Int32Array {
  const head = new Int32Array(copy.length).fill(-1);
  copy.forEach((root, d) => {
    if (head[root] === -1 && national[d] === 1) head[root] = d;
  });
  return Int32Array.from(copy, (root) => (head[root] === -1 ? root : head[root]!));
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

/** After this many texts, a corpus whose texts repeat less than a tenth of the time reads each anew. */
const textsToJudgeCache = 20_000;

/**
 * A bigram is a chance adjacency when it occurs less than this many times as often as its
 * two syllables' frequencies predict were they independent. Words and names stand far above
 * it ("phát triển", "linear algebra": hundreds of times); syllables drawn at random stand at
 * about 1.
 */
export const minAssociation = 4;

/**
 * 1 for each bigram term whose occurrences over the distinct contents (`distinct(d)`), by
 * field-weighted frequency, stand below `minAssociation` times what its syllables' own
 * frequencies predict (first × second ÷ total), where they predict at least one: below that,
 * as in a small archive, the count cannot tell a word from chance, and the bigram stays one.
 */
function chanceBigrams(
  termOf: PairIds,
  terms: readonly Int32Array[],
  tf: readonly Float64Array[],
  distinct: (d: number) => boolean,
): Uint8Array {
  const count = new Float64Array(termOf.size);
  let total = 0;
  terms.forEach((ids, d) => {
    if (!distinct(d)) return;
    const f = tf[d]!;
    for (let k = 0; k < ids.length; k++) {
      count[ids[k]!]! += f[k]!;
      if (termOf.secondOf(ids[k]!) === none) total += f[k]!;
    }
  });
  const chance = new Uint8Array(termOf.size);
  for (let t = 0; t < termOf.size; t++) {
    const second = termOf.secondOf(t);
    if (second === none || count[t] === 0) continue;
    const first = count[termOf.get(termOf.firstOf(t), none)]!;
    const next = count[termOf.get(second, none)]!;
    // Expected less than once, a bigram's count tells nothing either way (a small archive).
    if (first * next < total) continue;
    if (count[t]! * total < minAssociation * first * next) chance[t] = 1;
  }
  return chance;
}

/**
 * At most this many providers share a place's own words: the campuses of one province. An
 * added phrase many schools write ("liên hệ thực tiễn địa phương") is nobody's own.
 */
export const maxLocalOwners = 16;

/**
 * A term in at least this many distinct contents is common. Set by measurement on the
 * national-archive benchmark, the MIT catalogue and examples/vn-cadre (`npm run
 * bench:national`, `npm run bench:quality`).
 */
export function commonDf(distinct: number): number {
  return Math.max(8, Math.ceil(distinct * 0.01));
}
