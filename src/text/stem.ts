// Deep import on purpose: the package root of `natural` takes ~0.5 s to load, prints dotenv
// messages on stdout and loads ./.env into process.env. The Porter stemmer alone is a small
// pure module (test/text/natural-isolation.test.ts keeps it that way).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const cache = new Map<string, string>();
const asciiWord = /^[a-z]+$/;
/** The stemmer's regular expressions backtrack on long input; no English word is this long. */
const maxStemmedLength = 40;

/** English stem of a lower-case word (`policies` → `polici`); other tokens are returned as is. */
export function stemEnglish(word: string): string {
  if (word.length < 4 || word.length > maxStemmedLength || !asciiWord.test(word)) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(word);
    if (cache.size < 200_000) cache.set(word, stem);
  }
  return stem;
}
