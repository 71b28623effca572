import { mustAt } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import type { Module } from '../model/catalog.js';
import { isEnglish, tokenKey } from '../text/features.js';
import {
  type NameDictionary,
  caseTellsNames,
  mergeSpans,
  nameKey,
  nameSpans,
} from '../text/names.js';
import { phrasesAsWritten } from '../text/normalize.js';
import { functionWordsOf } from '../text/generic.js';
import type { Corpus } from './corpus.js';
import { matchTopics } from './score.js';
import type { TopicMatch } from './types.js';

interface Token {
  readonly key: string;
  /** The token as written. */
  readonly surface: string;
  /** What is written before it in its phrase (" - " in "Mác - Lênin"). */
  readonly gap: string;
}

/** The module's texts as phrases of tokens, the way the corpus read them, names as one. */
function tokenPhrases(
  module: Module,
  names: NameDictionary,
  readsAsWords: (first: string, second: string) => boolean,
): Token[][] {
  const english = isEnglish(module.language);
  const texts = [module.title, ...module.topics, ...module.outcomes, module.description ?? ''];
  return texts.flatMap((text) => {
    const read = phrasesAsWritten(text);
    const caseTells = english || caseTellsNames(read.map((phrase) => phrase.map((t) => t.token)));
    return read.map((phrase) => {
      const tokens = phrase.map(({ token, gap }) => ({
        key: tokenKey(token, english),
        surface: token,
        gap,
      }));
      if (english) return tokens;
      const spans = nameSpans(
        tokens.map((t) => t.surface),
        tokens.map((t) => t.key),
        caseTells,
        names,
        readsAsWords,
      );
      return mergeSpans(tokens, spans, (name) => ({
        key: nameKey(name.map((t) => t.key)),
        surface: name.map((t, i) => (i === 0 ? t.surface : gapText(t.gap) + t.surface)).join(''),
        gap: mustAt(name, 0).gap,
      }));
    });
  });
}

/**
 * The phrases that drive a pair's score, as written in module `a`: the longest runs of
 * tokens whose every adjacent pair also stands adjacent in `b`, ranked by how much their
 * terms contribute to the cosine (wa·wb, so the explanation is exact). Generic words at the
 * edges of a run are trimmed; runs of generic words alone are not shown.
 */
export function sharedPhrases(corpus: Corpus, a: number, b: number, limit = 5): string[] {
  const module = mustAt(corpus.modules, a);
  const english = isEnglish(module.language);
  const edgeWords = functionWordsOf(english);
  const contribution = new Map<number, number>();
  const [ta, tb] = [mustAt(corpus.terms, a), mustAt(corpus.terms, b)];
  const [wa, wb] = [mustAt(corpus.weights, a), mustAt(corpus.weights, b)];
  for (let x = 0, y = 0; x < ta.length && y < tb.length;) {
    const [u, v] = [mustAt(ta, x), mustAt(tb, y)];
    if (u === v) {
      contribution.set(u, mustAt(wa, x) * mustAt(wb, y));
      x++;
      y++;
    } else if (u < v) x++;
    else y++;
  }
  // Generic words and a frame's common words explain nothing on their own.
  const specific = (term: number | undefined) =>
    term !== undefined &&
    corpus.generic[term] === 0 &&
    corpus.common[term] === 0 &&
    contribution.has(term);
  const value = (term: number | undefined) =>
    term !== undefined && specific(term) ? (contribution.get(term) ?? 0) : 0;

  const found = new Map<string, number>();
  for (const phrase of tokenPhrases(module, corpus.names, corpus.readsAsWords)) {
    let start = 0;
    for (let end = 1; end <= phrase.length; end++) {
      const continues =
        end < phrase.length &&
        contribution.has(corpus.termOf(mustAt(phrase, end - 1).key, mustAt(phrase, end).key) ?? -1);
      if (continues) continue;
      addRun(phrase.slice(start, end));
      start = end;
    }
  }
  function addRun(run: Token[]) {
    // Trim function words and unshared tokens at the edges ("của quản lý" → "quản lý").
    const edge = (t: Token) =>
      edgeWords.has(t.key) || !contribution.has(corpus.termOf(t.key) ?? -1);
    let from = 0;
    let to = run.length;
    while (from < to && edge(mustAt(run, from))) from++;
    while (to > from && edge(mustAt(run, to - 1))) to--;
    const kept = run.slice(from, to);
    // A lone Vietnamese syllable is most often a piece of a word ("hình" of "mô hình").
    if (kept.length < (english ? 1 : 2)) return;
    let weight = 0;
    kept.forEach((t, i) => {
      weight += value(corpus.termOf(t.key));
      const before = kept[i - 1];
      if (before) weight += value(corpus.termOf(before.key, t.key));
    });
    // A run of generic words alone ("kỹ năng quản lý") explains nothing.
    if (weight === 0) return;
    // Quoted as written: dashes kept ("Mác - Lênin"), other gaps one space.
    const text = kept.map((t, i) => (i === 0 ? t.surface : gapText(t.gap) + t.surface)).join('');
    if (weight > (found.get(text) ?? 0)) found.set(text, weight);
  }

  const ranked = [...found].sort((x, y) => y[1] - x[1] || compareStrings(x[0], y[0]));
  // Each phrase lower-cased once: `contains` of every pair lower-cased both on every call.
  const lower = new Map<string, string>();
  const lowered = (text: string) => {
    let l = lower.get(text);
    if (l === undefined) lower.set(text, (l = text.toLocaleLowerCase('vi')));
    return l;
  };
  const out: string[] = [];
  for (const [text] of ranked) {
    if (out.length >= limit) break;
    if (!out.some((o) => lowered(o).includes(lowered(text)))) out.push(text);
  }
  return out;
}

/**
 * A gap inside a quoted phrase: a dash, an apostrophe, `&` or `+` as written (with the spaces
 * around it, collapsed); anything else, control and direction marks among it, one space.
 */
function gapText(gap: string): string {
  return /^ ?[\p{Pd}'’&+] ?$/u.test(gap) ? gap : ' ';
}

/** Whether phrase `outer` holds `inner`, whatever the case of either. */
export function contains(outer: string, inner: string): boolean {
  return outer.toLocaleLowerCase('vi').includes(inner.toLocaleLowerCase('vi'));
}

/** The topics matched one to one (the rule the score uses), as their texts. */
export function alignTopics(corpus: Corpus, a: number, b: number): TopicMatch[] {
  const topicsA = mustAt(corpus.modules, a).topics;
  const topicsB = mustAt(corpus.modules, b).topics;
  return matchTopics(corpus, a, b).map((p) => ({
    a: mustAt(topicsA, p.a),
    b: mustAt(topicsB, p.b),
    score: Math.round(p.jaccard * 100) / 100,
  }));
}
