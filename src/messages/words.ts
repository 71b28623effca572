import type { Lang } from '../model/lang.js';
import type { Message, Say } from './types.js';
import { type NounId, languages } from './languages.js';
import { formatNumber } from './number-format.js';

export type { NounId } from './languages.js';

/**
 * A noun's form for `n` in a language ("module", "modules"; "mô-đun" for any `n`), or with no
 * `n` the form a column heading takes ("periods", "tiết").
 */
export function nounForm(word: NounId, lang: Lang, n?: number): string {
  return languages[lang].nouns[word](n === undefined ? {} : { n });
}

/** "3.858 tiết", "3,858 periods", "1 module". */
export function count(n: number, word: NounId, lang: Lang, maxDecimals = 1): string {
  return languages[lang].conventions.count(
    formatNumber(n, lang, maxDecimals),
    nounForm(word, lang, n),
  );
}

/**
 * The unit of the data's hours, as its readers name it: a period of 45 minutes is a tiết,
 * and English says "period"; only periods of 60 minutes are hours (giờ).
 */
export function hoursNoun(periodMinutes: number): NounId {
  return periodMinutes === 60 ? 'noun.hour' : 'noun.period';
}

/**
 * A noun as a message, which `render` gives in the repository's own term where it names one
 * (`moduleTerm`): templates say it through `say`, never through nounForm.
 */
export function termNoun(id: 'noun.module', n?: number): Message {
  return { id, data: n === undefined ? {} : { n } };
}

/** A module as the data calls it, for `n` or as a heading: "mô-đun", or "chuyên đề". */
export function moduleWord(say: Say, n?: number): string {
  return say(termNoun('noun.module', n));
}
