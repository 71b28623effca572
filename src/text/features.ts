import { syllableKey } from './normalize.js';
import { stemEnglish } from './stem.js';

/**
 * The key a token is matched by: `syllableKey`, and an English stem for English text. Features
 * are these keys and the bigrams of adjacent tokens within a phrase (`phrases`): Vietnamese
 * words are mostly two-syllable compounds (`quản lý`, `nhà nước`), so bigrams stand in for
 * words without a segmenter, and in English they catch collocations.
 */
export function tokenKey(token: string, english: boolean): string {
  const base = syllableKey(token);
  return english ? stemEnglish(base) : base;
}

export function isEnglish(language: string | undefined): boolean {
  return language !== undefined && /^en(-|$)/i.test(language);
}
