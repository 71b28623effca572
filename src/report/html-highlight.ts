import { syllableKey } from '../text/normalize.js';
import { htmlText } from './html-escape.js';

/** A word of a text: where it starts and ends, and its spelling-free key. */
interface Word {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: syllableKey(m[0]),
  }));
}

/**
 * A text as HTML with every occurrence of the shared phrases in `<mark>`. Phrases are matched
 * word by word on the keys the engine compares (`syllableKey`): "thời kì" in one module is
 * marked for "thời kỳ" from the other, whatever the tone placement, case or Unicode form, so
 * the highlight shows what the engine saw. Everything else is escaped (htmlText).
 */
export function highlighted(text: string, phrases: readonly string[]): string {
  const words = wordsOf(text);
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    const keys = wordsOf(phrase).map((w) => w.key);
    if (keys.length === 0) continue;
    for (let i = 0; i + keys.length <= words.length; i++) {
      if (keys.every((key, j) => words[i + j]?.key === key))
        ranges.push([words[i]?.start ?? 0, words[i + keys.length - 1]?.end ?? 0]);
    }
  }
  if (ranges.length === 0) return htmlText(text);
  ranges.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += htmlText(text.slice(at, from)) + '<mark>' + htmlText(text.slice(from, end)) + '</mark>';
    at = end;
  }
  return out + htmlText(text.slice(at));
}
