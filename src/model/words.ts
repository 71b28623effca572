import type { Lang } from './local-text.js';
import { formatNumber } from './number-format.js';

/**
 * A countable noun: Vietnamese does not inflect for number ("1 mô-đun", "3 mô-đun"), English
 * does ("1 module", "3 modules").
 */
export interface Noun {
  readonly vi: string;
  readonly en: readonly [singular: string, plural: string];
}

export function noun(vi: string, singular: string, plural = `${singular}s`): Noun {
  return { vi, en: [singular, plural] };
}

/** The nouns several reports count with. */
export const nouns = {
  module: noun('mô-đun', 'module'),
  programme: noun('chương trình', 'programme'),
  copy: noun('bản sao', 'copy', 'copies'),
  pair: noun('cặp', 'pair'),
  line: noun('dòng', 'line'),
  finding: noun('phát hiện', 'finding'),
} as const;

/** "3.858 tiết", "3,858 periods", "1 module". */
export function count(n: number, word: Noun, lang: Lang, maxDecimals = 1): string {
  const text = formatNumber(n, lang, maxDecimals);
  if (lang === 'vi') return `${text} ${word.vi}`;
  return `${text} ${n === 1 ? word.en[0] : word.en[1]}`;
}

/**
 * The unit of the data's hours, as its readers name it: a period of 45 minutes is a tiết,
 * and English says "period"; only periods of 60 minutes are hours (giờ).
 */
export function hoursUnit(periodMinutes: number): Noun {
  return periodMinutes === 60 ? noun('giờ', 'hour') : noun('tiết', 'period');
}

/** The unit as a column heading says it: "tiết", "periods". */
export function unitLabel(unit: Noun, lang: Lang): string {
  return lang === 'vi' ? unit.vi : unit.en[1];
}
