import { compareStrings } from '../model/order.js';
import type { Module } from '../model/catalog.js';
import { forEachToken, isEnglish } from '../text/features.js';
import { functionWords } from '../text/generic.js';
import type { Corpus } from './corpus.js';
import { matchTopics } from './score.js';
import type { TopicMatch } from './types.js';

interface Token {
  readonly key: string;
  readonly surface: string;
}

/** The module's texts as phrases of tokens, the way the corpus read them. */
function tokenPhrases(module: Module): Token[][] {
  const out: Token[][] = [];
  const english = isEnglish(module.language);
  const texts = [module.title, ...module.topics, ...module.outcomes, module.description ?? ''];
  for (const text of texts) {
    forEachToken(text, english, (key, surface, startsPhrase) => {
      if (startsPhrase || out.length === 0) out.push([]);
      out[out.length - 1]!.push({ key, surface });
    });
  }
  return out;
}

/**
 * The phrases that drive a pair's score, as written in module `a`: the longest runs of
 * tokens whose every adjacent pair also stands adjacent in `b`, ranked by how much their
 * terms contribute to the cosine (wa·wb, so the explanation is exact). Generic words at the
 * edges of a run are trimmed; runs of generic words alone are not shown.
 */
export function sharedPhrases(corpus: Corpus, a: number, b: number, limit = 5): string[] {
  const english = isEnglish(corpus.modules[a]?.language);
  const contribution = new Map<number, number>();
  const ta = corpus.terms[a]!;
  const tb = corpus.terms[b]!;
  for (let x = 0, y = 0; x < ta.length && y < tb.length;) {
    if (ta[x] === tb[y]) {
      contribution.set(ta[x]!, corpus.weights[a]![x]! * corpus.weights[b]![y]!);
      x++;
      y++;
    } else if (ta[x]! < tb[y]!) x++;
    else y++;
  }
  // Generic words and a frame's common words explain nothing on their own.
  const specific = (term: number | undefined) =>
    term !== undefined &&
    corpus.generic[term] === 0 &&
    corpus.common[term] === 0 &&
    contribution.has(term);
  const value = (term: number | undefined) => (specific(term) ? contribution.get(term!)! : 0);

  const found = new Map<string, number>();
  for (const phrase of tokenPhrases(corpus.modules[a]!)) {
    let start = 0;
    for (let end = 1; end <= phrase.length; end++) {
      const continues =
        end < phrase.length &&
        contribution.has(corpus.termOf(phrase[end - 1]!.key, phrase[end]!.key) ?? -1);
      if (continues) continue;
      addRun(phrase.slice(start, end));
      start = end;
    }
  }
  function addRun(run: Token[]) {
    // Trim function words and unshared tokens at the edges ("của quản lý" → "quản lý").
    const edge = (t: Token) =>
      functionWords.has(t.key) || !contribution.has(corpus.termOf(t.key) ?? -1);
    let from = 0;
    let to = run.length;
    while (from < to && edge(run[from]!)) from++;
    while (to > from && edge(run[to - 1]!)) to--;
    const kept = run.slice(from, to);
    // A lone Vietnamese syllable is most often a piece of a word ("hình" of "mô hình").
    if (kept.length < (english ? 1 : 2)) return;
    let weight = 0;
    kept.forEach((t, i) => {
      weight += value(corpus.termOf(t.key));
      if (i > 0) weight += value(corpus.termOf(kept[i - 1]!.key, t.key));
    });
    // A run of generic words alone ("kỹ năng quản lý") explains nothing.
    if (weight === 0) return;
    const text = kept.map((t) => t.surface).join(' ');
    if (weight > (found.get(text) ?? 0)) found.set(text, weight);
  }

  const ranked = [...found].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
  const out: string[] = [];
  for (const [text] of ranked) {
    if (out.length >= limit) break;
    if (!out.some((o) => contains(o, text))) out.push(text);
  }
  return out;
}

/** Whether phrase `outer` holds `inner`, whatever the case of either. */
export function contains(outer: string, inner: string): boolean {
  return outer.toLocaleLowerCase('vi').includes(inner.toLocaleLowerCase('vi'));
}

/** The topics matched one to one (the rule the score uses), as their texts. */
export function alignTopics(corpus: Corpus, a: number, b: number): TopicMatch[] {
  const topicsA = corpus.modules[a]!.topics;
  const topicsB = corpus.modules[b]!.topics;
  return matchTopics(corpus, a, b).map((p) => ({
    a: topicsA[p.a]!,
    b: topicsB[p.b]!,
    score: Math.round(p.jaccard * 100) / 100,
  }));
}
