import { phrases, syllableKey } from './normalize.js';
import { stemEnglish } from './stem.js';

/**
 * Tokens of a text, phrase by phrase, as (key, surface) pairs: the key for matching
 * (`syllableKey`, plus an English stem for English text), the surface for display. Features
 * are these tokens and the bigrams of adjacent tokens within a phrase: Vietnamese words are
 * mostly two-syllable compounds (`quản lý`, `nhà nước`), so bigrams stand in for words
 * without a segmenter, and in English they catch collocations.
 */
export function forEachToken(
  text: string,
  english: boolean,
  visit: (key: string, surface: string, startsPhrase: boolean) => void,
): void {
  for (const phrase of phrases(text)) {
    let first = true;
    for (const token of phrase) {
      // The surface keeps the author's case: explanations quote phrases as written.
      visit(tokenKey(token, english), token, first);
      first = false;
    }
  }
}

/** The key a token is matched by: `syllableKey`, and an English stem for English text. */
export function tokenKey(token: string, english: boolean): string {
  const base = syllableKey(token);
  return english ? stemEnglish(base) : base;
}

export function isEnglish(language: string | undefined): boolean {
  return language !== undefined && /^en(-|$)/i.test(language);
}
