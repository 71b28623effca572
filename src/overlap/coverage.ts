import type { Corpus } from './corpus.js';
import { measurePair, topicJaccard, topicMatch } from './score.js';

/**
 * How much of module `inner`'s content module `outer` teaches, in [0, 1]: what a learner who
 * has sat `outer` would sit again in `inner` (docs/savings.md). Not the similarity score,
 * which weighs titles and frames and is no share of anything.
 *
 * - Texts identical once spelling is normalised: all of it.
 * - Where `inner` lists two topics or more and `outer` lists two or more: the share of
 *   `inner`'s topics that a topic of `outer` matches (the engine's topic match: most of their
 *   specific terms, a content bigram among them). Each topic counts once, whatever matches it.
 * - Otherwise (a module written as prose): the share of `inner`'s weighted terms that `outer`
 *   holds, the engine's containment.
 */
export function coveredShare(corpus: Corpus, inner: number, outer: number): number {
  if (corpus.exactGroup[inner] === corpus.exactGroup[outer]) return 1;
  const mine = corpus.topicTerms[inner] ?? [];
  const theirs = corpus.topicTerms[outer] ?? [];
  if (mine.length >= 2 && theirs.length >= 2) {
    const matched = mine.filter((topic) =>
      theirs.some((other) => topicJaccard(corpus, topic, other) >= topicMatch),
    ).length;
    return matched / mine.length;
  }
  return measurePair(corpus, inner, outer).containedAinB;
}
