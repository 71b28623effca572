import type { Lang } from '../model/local-text.js';
import { type NounId, languages } from './languages.js';
import { formatNumber } from './number-format.js';

export type { NounId } from './languages.js';

/**
 * A noun held in both languages, written where it is used: `noun('lần', 'time')`.
 * @deprecated Until every area's words are in the catalogues: a noun is an id of
 * src/messages/<lang>/common.ts (`noun.module`), which adding a language extends.
 */
export interface LegacyNoun {
  readonly vi: string;
  readonly en: readonly [singular: string, plural: string];
}

/** A countable noun: an id of the catalogues (`noun.module`), or a legacy one. */
export type Noun = NounId | LegacyNoun;

/**
 * @deprecated Give the noun an id in src/messages/<lang>/common.ts instead. Kept while areas
 * not yet in the catalogues count with their own nouns; removed with `legacy`.
 */
export function noun(vi: string, singular: string, plural = `${singular}s`): LegacyNoun {
  return { vi, en: [singular, plural] };
}

/**
 * A noun's form for `n` in a language ("module", "modules"; "mô-đun" for any `n`), or with no
 * `n` the form a column heading takes ("periods", "tiết").
 */
export function nounForm(word: Noun, lang: Lang, n?: number): string {
  if (typeof word === 'string') return languages[lang].nouns[word](n === undefined ? {} : { n });
  // A legacy noun: Vietnamese does not inflect for number, English does; any other language
  // has no words of its own here yet and borrows English's.
  if (lang === 'vi') return word.vi;
  return n === 1 ? word.en[0] : word.en[1];
}

/** "3.858 tiết", "3,858 periods", "1 module". */
export function count(n: number, word: Noun, lang: Lang, maxDecimals = 1): string {
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
 * The unit of the data's hours as a legacy noun, its words read from the catalogues.
 * @deprecated Use `hoursNoun`; kept for areas whose words are not yet in the catalogues.
 */
export function hoursUnit(periodMinutes: number): LegacyNoun {
  const id = hoursNoun(periodMinutes);
  return { vi: nounForm(id, 'vi'), en: [nounForm(id, 'en', 1), nounForm(id, 'en')] };
}

/** The unit as a column heading says it: "tiết", "periods". */
export function unitLabel(unit: Noun, lang: Lang): string {
  return nounForm(unit, lang);
}
