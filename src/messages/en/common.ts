import type { Conventions, NounTemplate } from '../conventions.js';

/** English writes 3,858 periods, 133.2 hours, 0.85, 80%. */
export const conventions: Conventions = {
  group: ',',
  decimal: '.',
  percent: (digits) => `${digits}%`,
  count: (number, noun) => `${number} ${noun}`,
  /** "1 course unit", "3 course units": a term inflects as most English nouns do. */
  term: (term, n) => (n === 1 || term.endsWith('s') ? term : `${term}s`),
};

/** English inflects for number: "1 module", "3 modules"; a heading says "Modules". */
const noun =
  (one: string, other = `${one}s`): NounTemplate =>
  (d) =>
    d.n === 1 ? one : other;

/** English: the nouns several messages count with (`count(3, 'noun.module', 'en')`). */
export const nouns = {
  'noun.module': noun('module'),
  'noun.programme': noun('programme'),
  'noun.programme-pair': noun('programme pair'),
  'noun.copy': noun('copy', 'copies'),
  'noun.pair': noun('pair'),
  'noun.line': noun('line'),
  'noun.row': noun('row'),
  'noun.action': noun('action'),
  'noun.file': noun('file'),
  'noun.level': noun('level'),
  'noun.pathway': noun('pathway'),
  'noun.cluster': noun('cluster'),
  'noun.finding': noun('finding'),
  'noun.problem': noun('problem'),
  'noun.error': noun('error'),
  'noun.warning': noun('warning'),
  'noun.note': noun('note'),
  /** How many times a baseline entry was recorded. */
  'noun.time': noun('time'),
  /** The unit of hours of data whose periods last 60 minutes. */
  'noun.hour': noun('hour'),
  /** The unit of hours of other data: a period (tiết) of 45 minutes most often. */
  'noun.period': noun('period'),
};

/** English: words every area shares. */
export const common = { ...nouns };
