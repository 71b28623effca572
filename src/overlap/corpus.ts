import type { Module } from '../model/catalog.js';
import type { NameDictionary } from '../text/names.js';
import type { CopyGroups } from './copies.js';
import { chanceBigrams, documentFrequencies, localTerms } from './corpus-frequencies.js';
import { groupCopies } from './corpus-groups.js';
import { readDocumentTerms } from './corpus-terms.js';
import { copyMasses, documentVectors, termWeights } from './corpus-weights.js';

// The steps' constants, where callers have always found them.
export { fieldWeights } from './corpus-terms.js';
export { maxLocalOwners, minAssociation } from './corpus-frequencies.js';
export { commonDf, genericFactor } from './corpus-weights.js';

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
 * The corpus, built in steps, each in a file of its own:
 *
 * 1. terms (`corpus-terms.ts`): every module read into sorted term ids with field-weighted
 *    frequencies, its title's head and its topics apart, the terms numbered by the vocabulary
 *    (`corpus-vocabulary.ts`) and names of several syllables read as one (`corpus-names.ts`);
 * 2. copy groups (`corpus-groups.ts`): exact and near copies within a level, each group headed
 *    by its original, and who holds each module;
 * 3. frequencies (`corpus-frequencies.ts`): document frequencies over distinct contents, chance
 *    bigrams and local terms;
 * 4. weights (`corpus-weights.ts`): each term's weight, then each document's TF-IDF vector and
 *    mass.
 *
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
  const read = readDocumentTerms(modules);
  const { vocabulary, terms, tf, titleTerms } = read;
  const termCount = vocabulary.size;
  const { groups, owner, national, copyGroup, distinct } = groupCopies(
    modules,
    read,
    levelOf,
    owners,
  );
  const { df, titleDf } = documentFrequencies(terms, titleTerms, copyGroup, termCount);
  const generic = vocabulary.genericFlags();
  const chance = chanceBigrams(vocabulary, terms, tf, (d) => copyGroup[d] === d);
  const weights = termWeights(distinct, df, titleDf, generic, chance);
  const vectors = documentVectors(terms, tf, titleTerms, weights);
  return {
    modules,
    copyGroup,
    national,
    exactGroup: groups.exact,
    distinct,
    terms,
    weights: vectors.weights,
    mass: vectors.mass,
    copyWeight: groups.weight,
    copyMass: copyMasses(terms, groups.weight),
    acrossLevels: groups.acrossLevels,
    titleTerms,
    topicTerms: read.topicTerms,
    df,
    termWeight: weights.termWeight,
    titleTermWeight: weights.titleTermWeight,
    headWeight: weights.headWeight,
    headCommon: weights.headCommon,
    generic,
    common: weights.common,
    chance,
    contentBigram: vocabulary.contentBigrams(generic),
    local: localTerms(terms, owner, termCount),
    termOf: (key, next) => vocabulary.termOf(key, next),
    names: read.names.names,
    readsAsWords: read.names.readsAsWords,
    syllableTerm: (term, which) => vocabulary.syllableTerm(term, which),
  };
}
