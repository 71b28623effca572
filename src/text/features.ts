import { phrases, syllableKey } from './normalize.js';
import { stemEnglish } from './stem.js';

/**
 * The keys of a text's tokens, phrase by phrase (`tokenKey`); explanations, which quote
 * tokens as written, read `phrasesAsWritten` instead. Features
 * are these tokens and the bigrams of adjacent tokens within a phrase: Vietnamese words are
 * mostly two-syllable compounds (`quản lý`, `nhà nước`), so bigrams stand in for words
 * without a segmenter, and in English they catch collocations.
 */
export function forEachToken(
  text: string,
  english: boolean,
  visit: (key: string, startsPhrase: boolean) => void,
): void {
  for (const phrase of phrases(text)) {
    let first = true;
    for (const token of phrase) {
      visit(tokenKey(token, english), first);
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
