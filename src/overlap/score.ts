/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays and per-document arrays indexed within their loop bounds, in loops run for every term of every module or compared pair: an index out of range would be a bug, not input, and a check per element is not worth its cost there. */
import { nearCopyBounds, sharedWeight } from './weights.js';
import type { Corpus } from './corpus.js';

/** The measurements behind one pair's score. All lie in [0, 1]. */
export interface PairMeasures {
  /** Cosine of the TF-IDF vectors (all fields): how alike the two are overall. */
  readonly cosine: number;
  /**
   * Title agreement: the weight of the shared title terms over the weight of the shorter
   * title, with weights from title-only IDF, so a frame that many titles repeat
   * ("… trong thời kỳ quá độ", "Special Subject: …") counts little and what differs counts.
   */
  readonly title: number;
  /**
   * Subject agreement: how much of one module's title the other holds in any field (its
   * title, topics, outcomes or description), the larger way round, with the same weights; a
   * title's pair of content words counts as held when the other holds both words anywhere.
   * Low when neither module mentions the subject the other's title names: then what they
   * share is stock text around different subjects ("Organized lecture or laboratory subject
   * on an aspect of geobiology / of planetary science not normally covered …").
   */
  readonly subject: number;
  /** Share of a's weighted terms that b also has (a taught inside b). */
  readonly containedAinB: number;
  /** Share of b's weighted terms that a also has. */
  readonly containedBinA: number;
  /**
   * How wholly each holds the other, the lesser way round, by copy weights (`Corpus.copyWeight`:
   * common words count, a frame's rare filler counts most): near 1 for copies, whatever their
   * words; low for a frame with another filler.
   */
  readonly resemblance: number;
  /** The same the larger way round: near 1 when one holds the other almost wholly. */
  readonly copyContainment: number;
  /**
   * Σ weight of the shared terms that are neither generic nor common nor chance bigrams (0:
   * the pair shares only generic words, a frame whose filler differs, or chance pairs of
   * syllables).
   */
  readonly specificShared: number;
  /**
   * Share of `specificShared` in local terms (`Corpus.local`), held by one provider's modules
   * only, such as a province's name and places.
   */
  readonly sharedLocal: number;
  /**
   * Topics of the module with fewer topics that match a topic of the other (term Jaccard at
   * least 0.5), over that module's topic count; 0 unless two or more topics match.
   */
  readonly topics: number;
}

/** What one pass over two modules' sorted terms gives: the measures made of shared terms. */
interface SharedTerms {
  readonly cosine: number;
  /** Σ termWeight (or headWeight) of the shared terms that are not common. */
  readonly shared: number;
  readonly copyShared: number;
  readonly specificShared: number;
  readonly sharedLocal: number;
  /** How many shared terms a topic match could rest on (`specificBigrams`). */
  readonly specificBigramCount: number;
}

/**
 * The shared terms that are content bigrams neither common nor generic, as the
 * last `sharedTerms` call found them, in term order: a topic match needs one (topicJaccard).
 * One buffer, reused: scoring is single-threaded and never re-entered.
 */
let specificBigrams = new Int32Array(64);

function sharedTerms(corpus: Corpus, a: number, b: number): SharedTerms {
  const ta = corpus.terms[a]!;
  const tb = corpus.terms[b]!;
  const wa = corpus.weights[a]!;
  const wb = corpus.weights[b]!;
  const { termWeight, generic, common, chance, headWeight, contentBigram } = corpus;
  let cosine = 0;
  let shared = 0;
  let copyShared = 0;
  let specificShared = 0;
  let sharedLocal = 0;
  let bigrams = 0;
  let headWithin = -1;
  for (let x = 0, y = 0; x < ta.length && y < tb.length;) {
    const u = ta[x]!;
    const v = tb[y]!;
    if (u === v) {
      cosine += wa[x]! * wb[y]!;
      copyShared += corpus.copyWeight[u] ?? 0;
      if (common[u] === 0) shared += termWeight[u]!;
      else if (headWeight[u]! > 0 && bothHead(corpus, a, b, u)) {
        // A frame's phrase at the head of both titles is their subject, not their frame;
        // one that heads many titles, only where one whole head stands in the other.
        if (corpus.headCommon[u] === 1 && headWithin < 0)
          headWithin = headWithinHead(corpus, a, b) ? 1 : 0;
        if (corpus.headCommon[u] === 0 || headWithin === 1) {
          shared += headWeight[u]!;
          specificShared += headWeight[u]!;
        }
      }
      if (generic[u] === 0 && common[u] === 0) {
        if (chance[u] === 0) {
          specificShared += termWeight[u]!;
          if (corpus.local[u] === 1) sharedLocal += termWeight[u]!;
        }
        // What a topic match may rest on (topicJaccard): a chance pair too, once the pair
        // shares something specific.
        if (contentBigram[u] === 1) {
          if (bigrams === specificBigrams.length) {
            const wider = new Int32Array(bigrams * 2);
            wider.set(specificBigrams);
            specificBigrams = wider;
          }
          specificBigrams[bigrams++] = u;
        }
      }
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  return {
    cosine,
    shared,
    copyShared,
    specificShared,
    sharedLocal,
    specificBigramCount: bigrams,
  };
}

export function measurePair(corpus: Corpus, a: number, b: number): PairMeasures {
  return measuresOf(corpus, a, b, sharedTerms(corpus, a, b));
}

function measuresOf(corpus: Corpus, a: number, b: number, s: SharedTerms): PairMeasures {
  return {
    cosine: clamp(s.cosine),
    title: weightedContainment(
      corpus.titleTerms[a]!,
      corpus.titleTerms[b]!,
      corpus.titleTermWeight,
    ),
    subject: Math.max(titleHeldIn(corpus, a, b), titleHeldIn(corpus, b, a)),
    containedAinB: clamp(s.shared / (corpus.mass[a] || 1)),
    ...copyHeld(corpus, a, b, s),
    containedBinA: clamp(s.shared / (corpus.mass[b] || 1)),
    specificShared: s.specificShared,
    sharedLocal: s.specificShared > 0 ? s.sharedLocal / s.specificShared : 0,
    topics: topicShare(corpus, a, b),
  };
}

/** How much of each module the other holds, by copy weights: the lesser and the larger share. */
function copyHeld(
  corpus: Corpus,
  a: number,
  b: number,
  s: SharedTerms,
): { resemblance: number; copyContainment: number } {
  const inA = s.copyShared / (corpus.copyMass[a] || 1);
  const inB = s.copyShared / (corpus.copyMass[b] || 1);
  return { resemblance: clamp(Math.min(inA, inB)), copyContainment: clamp(Math.max(inA, inB)) };
}

/**
 * The pair's score (`combineScore`) when it is at least `floor`; else a number below `floor`.
 * Most candidate pairs of a large archive fall far below the threshold, and what decides that
 * is one pass over their shared terms: the title, subject and topic measures, which cost most,
 * are taken only when an upper bound of the score reaches `floor`. The bound leaves out the
 * factors of at most 1 (title, subject, frames) and counts, for topics, every topic of the
 * shorter list that holds a specific content bigram both modules share (a match needs one).
 */
export function scoreAtLeast(
  corpus: Corpus,
  a: number,
  b: number,
  floor: number,
  p: ScoreParams = defaultScoreParams,
): number {
  if (corpus.exactGroup[a] === corpus.exactGroup[b]) return 1;
  const s = sharedTerms(corpus, a, b);
  const held = copyHeld(corpus, a, b, s);
  const copyOnly = copyOnlyScore(s.specificShared, held, p);
  if (copyOnly !== undefined) return copyOnly;
  const inA = clamp(s.shared / (corpus.mass[a] || 1));
  const inB = clamp(s.shared / (corpus.mass[b] || 1));
  const bound = Math.max(
    clamp(s.cosine),
    containmentPart(corpus, a, b, inA, inB, p),
    p.topicFactor * topicBound(corpus, a, b, s.specificBigramCount),
    copyScore(held.resemblance, p),
  );
  if (bound < floor) return bound;
  return combineScore(measuresOf(corpus, a, b, s), corpus, a, b, p);
}

/** At least `PairMeasures.topics`: see `scoreAtLeast`. */
function topicBound(corpus: Corpus, a: number, b: number, bigramCount: number): number {
  const topicsA = corpus.topicTerms[a]!;
  const topicsB = corpus.topicTerms[b]!;
  const few = topicsA.length <= topicsB.length ? topicsA : topicsB;
  if (few.length < 2 || bigramCount === 0) return 0;
  const bigrams = specificBigrams.subarray(0, bigramCount);
  let holding = 0;
  for (const topic of few) if (topic.some((t) => includes(bigrams, t))) holding++;
  return holding >= 2 ? holding / few.length : 0;
}

/**
 * Whether one title's head, generic words aside, stands wholly in the other's: "Tư tưởng Hồ
 * Chí Minh" in "Những vấn đề cơ bản của tư tưởng Hồ Chí Minh", not "Lịch sử Đảng bộ tỉnh
 * Nghệ An" in "… Hà Tĩnh". The head must hold a phrase that is no chance pair of syllables:
 * where the vocabulary is narrow, a short head of common syllables stands in many others.
 */
function headWithinHead(corpus: Corpus, a: number, b: number): boolean {
  const within = (x: Int32Array, y: Int32Array) => {
    let phrase = false;
    for (const t of x) {
      if (corpus.generic[t] === 1) continue;
      if (!includes(y, t)) return false;
      if (corpus.contentBigram[t] === 1 && corpus.chance[t] === 0) phrase = true;
    }
    return phrase;
  };
  const [ha, hb] = [corpus.titleTerms[a]!, corpus.titleTerms[b]!];
  return within(ha, hb) || within(hb, ha);
}

/** Whether both modules' titles hold term `t` in their heads. */
function bothHead(corpus: Corpus, a: number, b: number, t: number): boolean {
  return includes(corpus.titleTerms[a]!, t) && includes(corpus.titleTerms[b]!, t);
}

/** A topic of module a matched to a topic of module b (indexes into their topic lists). */
export interface TopicPair {
  readonly a: number;
  readonly b: number;
  /** Term Jaccard of the two topics. */
  readonly jaccard: number;
}

/**
 * Each topic of the shorter topic list (a's when they are as long) matched to its best match
 * in the other list, where there is one: term Jaccard at least `topicMatch`, and a shared
 * bigram of two content words ("Khái niệm và vai trò" in two unrelated modules is no match).
 * The score counts these matches and the explanation shows them: one rule for both.
 */
export function matchTopics(corpus: Corpus, a: number, b: number): TopicPair[] {
  const topicsA = corpus.topicTerms[a]!;
  const topicsB = corpus.topicTerms[b]!;
  const swap = topicsB.length < topicsA.length;
  const [few, many] = swap ? [topicsB, topicsA] : [topicsA, topicsB];
  const pairs: TopicPair[] = [];
  few.forEach((topic, f) => {
    let best = -1;
    let bestJaccard = 0;
    many.forEach((other, m) => {
      const j = topicJaccard(corpus, topic, other);
      if (j > bestJaccard) [best, bestJaccard] = [m, j];
    });
    if (best >= 0 && bestJaccard >= topicMatch) {
      pairs.push(
        swap ? { a: best, b: f, jaccard: bestJaccard } : { a: f, b: best, jaccard: bestJaccard },
      );
    }
  });
  return pairs;
}

/** Share of the shorter topic list matched in the other (see PairMeasures.topics). */
function topicShare(corpus: Corpus, a: number, b: number): number {
  const few = Math.min(corpus.topicTerms[a]!.length, corpus.topicTerms[b]!.length);
  if (few < 2) return 0;
  const matched = matchTopics(corpus, a, b).length;
  return matched >= 2 ? matched / few : 0;
}

/** Two topics match at this term Jaccard: "soạn tờ trình" ~ "soạn thảo tờ trình". */
export const topicMatch = 0.5;

/**
 * Term Jaccard of two topics over their terms that are not common (a frame's words are), and
 * 0 unless they share a bigram of two content words that is not common either: "sự ra đời
 * của Đảng bộ tỉnh Nghệ An" and "… Hà Tĩnh" share only their frame, and do not match.
 */
export function topicJaccard(corpus: Corpus, a: Int32Array, b: Int32Array): number {
  const { common, contentBigram } = corpus;
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  let specific = false;
  for (const t of a) if (common[t] === 0) sizeA++;
  for (const t of b) if (common[t] === 0) sizeB++;
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    const t = a[x]!;
    if (t === b[y]) {
      if (common[t] === 0) {
        shared++;
        if (contentBigram[t] === 1) specific = true;
      }
      x++;
      y++;
    } else if (t < b[y]!) x++;
    else y++;
  }
  return specific ? shared / (sizeA + sizeB - shared || 1) : 0;
}

/**
 * Σ w(shared) / Σ w(shorter side): 1 when one title stands wholly inside the other
 * ("Kỹ năng tham mưu" in "Kỹ năng tham mưu, tổng hợp"), low when each has its own subject.
 */
export function weightedContainment(a: Int32Array, b: Int32Array, weight: Float64Array): number {
  const { shared, lighter } = sharedMass(a, b, weight);
  return lighter === 0 ? 0 : clamp(shared / lighter);
}

/**
 * Σ w(terms of a's title that b holds in any field) / Σ w(a's title terms); 1 for a title of
 * no terms ("…"), which names no subject to disagree on.
 */
function titleHeldIn(corpus: Corpus, a: number, b: number): number {
  const title = corpus.titleTerms[a]!;
  const text = corpus.terms[b]!;
  const weight = corpus.titleTermWeight;
  let held = 0;
  let all = 0;
  for (let x = 0, y = 0; x < title.length; x++) {
    const t = title[x]!;
    all += weight[t]!;
    while (y < text.length && text[y]! < t) y++;
    if (text[y] === t || heldApart(corpus, t, text)) held += weight[t]!;
  }
  return all === 0 ? 1 : clamp(held / all);
}

/**
 * Whether a content bigram's two syllables are both in `text` (sorted), if not side by side:
 * Vietnamese words are one or two syllables, and a title's bigram that spans two words
 * ("lý kinh" in "Quản lý kinh tế") names nothing the other module must repeat verbatim.
 * Bigrams with a function word ("in geobiology") are held only as written.
 */
function heldApart(corpus: Corpus, t: number, text: Int32Array): boolean {
  if (corpus.contentBigram[t] === 0) return false;
  return includes(text, corpus.syllableTerm(t, 0)) && includes(text, corpus.syllableTerm(t, 1));
}

/** Binary search of a sorted term list. */
function includes(sorted: Int32Array, t: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === t) return true;
    if (v < t) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Weighted mass of what two sorted term sets share, and of the lighter and the heavier set. */
export function sharedMass(a: Int32Array, b: Int32Array, weight: Float64Array) {
  let massA = 0;
  let massB = 0;
  for (const t of a) massA += weight[t]!;
  for (const t of b) massB += weight[t]!;
  const shared = sharedWeight(a, b, weight);
  return { shared, lighter: Math.min(massA, massB), heavier: Math.max(massA, massB) };
}

function clamp(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export interface ScoreParams {
  /** How far disagreeing titles pull the score down: the factor is 1 − t + t × title. */
  readonly titleInfluence: number;
  /**
   * Below this subject agreement (`PairMeasures.subject`) the score scales down in
   * proportion: modules that never mention each other's subjects share stock text.
   */
  readonly subjectGate: number;
  /** Containment counts at this fraction of its value, below an equal cosine. */
  readonly containmentFactor: number;
  /** Containment counts only when the contained module has at least this much term weight. */
  readonly minContainedMass: number;
  /** Matched topics count at this fraction of their share. */
  readonly topicFactor: number;
  /**
   * A pair whose shared specific weight is at least this share local (one provider's own
   * words: a province and its places) is checked for the agreement of its titles' frames.
   */
  readonly minLocalShare: number;
  /** Such a pair counts in full when its frames agree this much; below, in proportion. */
  readonly minFrameAgreement: number;
  /** From this resemblance on, a pair scores at least its resemblance: it is a near copy. */
  readonly minResemblance: number;
  /**
   * A pair that shares no specific term (a narrow vocabulary: every word common, every
   * bigram a chance one) is scored all the same when one holds the other this wholly…
   */
  readonly minNearCopyContainment: number;
  /** …and the other holds this much of the one: a near copy, a topic dropped or reworded. */
  readonly minNearCopyResemblance: number;
}

export const defaultScoreParams: ScoreParams = {
  titleInfluence: 0.5,
  subjectGate: 0.5,
  containmentFactor: 0.85,
  minContainedMass: 6,
  topicFactor: 0.85,
  minLocalShare: 0.4,
  minFrameAgreement: 0.5,
  minResemblance: 0.9,
  minNearCopyContainment: nearCopyBounds.containment,
  minNearCopyResemblance: nearCopyBounds.resemblance,
};

/** What a pair scores as a copy alone: its resemblance, from `minResemblance` on. */
function copyScore(resemblance: number, p: ScoreParams): number {
  return resemblance >= p.minResemblance ? resemblance : 0;
}

/**
 * The score of a pair that shares no specific term and is no near copy either
 * (`minNearCopy…`): its score as a copy alone (`copyScore`), in `combineScore` and in
 * `scoreAtLeast` alike. Undefined for any other pair, which is scored in full.
 */
function copyOnlyScore(
  specificShared: number,
  { resemblance, copyContainment }: { resemblance: number; copyContainment: number },
  p: ScoreParams,
): number | undefined {
  const nearCopy =
    copyContainment >= p.minNearCopyContainment && resemblance >= p.minNearCopyResemblance;
  return specificShared === 0 && !nearCopy ? copyScore(resemblance, p) : undefined;
}

/**
 * One score in [0, 1] for a pair, the larger of
 * - the larger of the cosine of the two modules' TF-IDF vectors (all fields) and the
 *   containment of the smaller module in the larger (× `containmentFactor`), so a short
 *   module taught wholly inside a long one scores high although their cosine is low, times a
 *   title agreement factor in [0.5, 1]: two modules whose titles name different subjects need
 *   more shared content than two whose titles agree; that factor scaled down in proportion
 *   below `subjectGate` subject agreement: two modules neither of which mentions the subject
 *   the other's title names share stock text, not content ("Equivalent to 18.02; see 18.02
 *   for description …" under "Calculus" and "… 7.013 …" under "Introductory Biology"); and
 * - the share of topics matched one to one (× `topicFactor`); and
 * - its resemblance, from `minResemblance` on: a near copy is one whatever its words.
 * A frame's phrase at the head of both titles counts as their subject (`Corpus.headWeight`).
 * A pair that shares only generic terms, and is no near copy, scores 0. A pair that shares mostly one school's own
 * words (its province and places) in titles of different frames scores in proportion to how
 * far the frames agree. Scores were calibrated with `npm run bench:quality` and
 * `npm run bench:national`.
 */
export function combineScore(
  m: PairMeasures,
  corpus: Corpus,
  a: number,
  b: number,
  p: ScoreParams = defaultScoreParams,
): number {
  // Identical texts are one content whatever their words; else sharing only generic words or
  // a frame is no overlap.
  if (corpus.exactGroup[a] === corpus.exactGroup[b]) return 1;
  const copyOnly = copyOnlyScore(m.specificShared, m, p);
  if (copyOnly !== undefined) return copyOnly;
  // Two texts that hold each other almost wholly are copies, however common their words
  // (a narrow vocabulary makes them all common): at least their resemblance.
  const copyLike = copyScore(m.resemblance, p);
  const containment = containmentPart(corpus, a, b, m.containedAinB, m.containedBinA, p);
  const titleFactor =
    (1 - p.titleInfluence + p.titleInfluence * m.title) *
    (m.subject >= p.subjectGate ? 1 : m.subject / p.subjectGate);
  const score = Math.max(
    Math.max(m.cosine, containment) * titleFactor,
    p.topicFactor * m.topics,
    copyLike,
  );
  // Two modules of one school that share only its province and places (its filler), each in
  // a frame of its own ("Lịch sử Đảng bộ tỉnh X", "Quốc phòng, an ninh tỉnh X"), teach
  // different things: the less their frames agree, the less they overlap.
  if (m.sharedLocal < p.minLocalShare) return clamp(score);
  const frames = frameAgreement(corpus, a, b);
  return clamp(frames >= p.minFrameAgreement ? score : (score * frames) / p.minFrameAgreement);
}

/**
 * Containment's part of the score: the larger share of one module held in the other, counted
 * at `containmentFactor`, if that module weighs at least `minContainedMass`.
 */
function containmentPart(
  corpus: Corpus,
  a: number,
  b: number,
  inA: number,
  inB: number,
  p: ScoreParams,
): number {
  const [inner, contained] = inA >= inB ? [a, inA] : [b, inB];
  return corpus.mass[inner]! >= p.minContainedMass ? p.containmentFactor * contained : 0;
}

/**
 * How far two titles agree on their frame: the weight of the common (frame) word pairs both
 * hold over the lighter title frame. 1 unless both titles are mostly frame ("Lịch sử Đảng bộ
 * tỉnh …"): a title that names its subject in its own words has no frame to disagree on.
 * Word pairs (content bigrams), not syllables: place names reuse syllables ("Song" in 18
 * provinces' names), so a filler's syllables can be common, where its pairs are not.
 */
function frameAgreement(corpus: Corpus, a: number, b: number): number {
  const { titleTerms, termWeight, common, contentBigram } = corpus;
  const frame = (t: number) => common[t] === 1;
  const mostlyFrame = (pairs: Int32Array) =>
    pairs.length > 0 && pairs.filter(frame).length >= minFrameShare * pairs.length;
  const pa = titleTerms[a]!.filter((t) => contentBigram[t] === 1);
  const pb = titleTerms[b]!.filter((t) => contentBigram[t] === 1);
  if (!mostlyFrame(pa) || !mostlyFrame(pb)) return 1;
  const { shared, lighter } = sharedMass(pa.filter(frame), pb.filter(frame), termWeight);
  return lighter > 0 ? shared / lighter : 1;
}

/** A title is mostly frame when at least this share of its content bigrams are common. */
const minFrameShare = 0.5;
