/**
 * How a language writes what is not a word: numbers, shares, a count and its noun. Each
 * language's own is in src/messages/<lang>/common.ts, beside the nouns it counts with.
 */
export interface Conventions {
  /** Between groups of three digits: "3.858" (vi), "3,858" (en). */
  readonly group: string;
  /** Before the decimals: "133,2" (vi), "133.2" (en). */
  readonly decimal: string;
  /** A whole percentage, its digits given: "80%", as Vietnamese administrative texts and English write it. */
  readonly percent: (digits: string) => string;
  /** A number written out and the noun it counts: "3 mô-đun", "3 modules". */
  readonly count: (number: string, noun: string) => string;
  /**
   * A noun the data names itself (`moduleTerm`) for `n`, or as a heading without `n`: the
   * term as written where the language does not inflect ("3 chuyên đề").
   */
  readonly term: (term: string, n: number | undefined) => string;
}

/**
 * A countable noun in one language: its form for `n` ("module", "modules"), and with no `n`
 * the form a column heading takes ("tiết", "periods"). Nouns are messages (`noun.module`)
 * whose template is one of these.
 */
export type NounTemplate = (data: { readonly n?: number }) => string;

/** One language's nouns: a template for each noun of English's catalogue. */
export type NounsOf<T> = { readonly [K in keyof T]: NounTemplate };
