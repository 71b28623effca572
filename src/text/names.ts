import { phrases, syllableKey } from './normalize.js';
import { nameSpellings, nationalNames, provinceNames } from './places.js';

/**
 * Proper names of several syllables, read as one unit. Vietnamese place names share
 * syllables (Bắc Ninh, Quảng Ninh, Tây Ninh; An Giang, Hà Giang, Kiên Giang), so read
 * syllable by syllable, two provinces' local modules share "Ninh qua các thời kỳ" and look
 * alike. A name is:
 * - where the text's case tells names from words, a run of two or more capitalised syllables
 *   ("tỉnh Bắc Ninh", "quê hương Tân Phú"); at the start of a phrase, where any word is
 *   capitalised, a known place name there is taken as it is, and of a longer run the first
 *   syllable is left out ("Tỉnh Bắc Ninh" names Bắc Ninh);
 * - where it does not (every word capitalised, or capitals throughout: "LỊCH SỬ ĐẢNG BỘ TỈNH
 *   BẮC NINH"), the longest known name at each place: the provinces and cities before and after
 *   the 2025 merger, and every name the rest of the corpus wrote capitalised, so that an
 *   upper-cased copy reads as its original.
 */

/** What joins the syllable keys of a name into the key of its one term ("bac1_ninh"). */
export const nameJoiner = '_';

/** Names as sequences of syllable keys (`syllableKey`), found by their first syllable. */
export class NameDictionary {
  private readonly byFirst = new Map<string, string[][]>();

  add(keys: readonly string[]): void {
    const [first] = keys;
    if (first === undefined || keys.length < 2) return;
    const list = this.byFirst.get(first);
    if (list === undefined) this.byFirst.set(first, [[...keys]]);
    else if (!list.some((k) => sameKeys(k, keys))) list.push([...keys]);
  }

  /** The length of the longest name that starts at `keys[i]`; 0 when none does. */
  longestAt(keys: readonly string[], i: number): number {
    let best = 0;
    for (const name of this.byFirst.get(keys[i] ?? '') ?? []) {
      if (name.length > best && name.every((k, j) => keys[i + j] === k)) best = name.length;
    }
    return best;
  }
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

let places: NameDictionary | undefined;

/** The provinces, cities and national names of `places.ts`, and their other spellings, read once. */
export function placeNames(): NameDictionary {
  if (places === undefined) {
    places = new NameDictionary();
    for (const name of [...nationalNames, ...provinceNames, ...Object.keys(nameSpellings)])
      for (const phrase of phrases(name)) places.add(phrase.map((t) => syllableKey(t)));
  }
  return places;
}

let spellings: Map<string, string> | undefined;

/**
 * The key of a name's one term, from its syllable keys: joined by `nameJoiner`, and for
 * another spelling of a known name (`nameSpellings`), that name's key.
 */
export function nameKey(keys: readonly string[]): string {
  spellings ??= new Map(
    Object.entries(nameSpellings).map(([spelt, meant]) => [keyOf(spelt), keyOf(meant)]),
  );
  const key = keys.join(nameJoiner);
  return spellings.get(key) ?? key;
}

/** The key of a name written as in `places.ts` (its phrases' syllables, joined). */
function keyOf(name: string): string {
  return phrases(name)
    .flat()
    .map((t) => syllableKey(t))
    .join(nameJoiner);
}

/** Which characters of the Latin blocks are capitals (`\p{Lu}`), built at first use. */
const upperLimit = 0x1f00;
let upperCase: Uint8Array | undefined;

/** Whether a token starts with a capital letter (checked for every token of a corpus). */
function startsUpper(token: string): boolean {
  const c = token.charCodeAt(0);
  // Nearly every syllable starts with a Latin letter or digit: looked up, not matched.
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c >= upperLimit) return /^\p{Lu}/u.test(token);
  upperCase ??= Uint8Array.from({ length: upperLimit }, (_, code) =>
    /^\p{Lu}$/u.test(String.fromCharCode(code)) ? 1 : 0,
  );
  return upperCase[c] === 1;
}

/** First letter upper case, another lower case: "Ninh", not "ninh" nor the acronym "ATK". */
export function isCapitalised(token: string): boolean {
  return startsUpper(token) && /\p{Ll}/u.test(token);
}

/** Whether a phrase has two capitalised tokens side by side: else it holds no name. */
export function mayHoldName(tokens: readonly string[]): boolean {
  for (let i = 1; i < tokens.length; i++)
    if (startsUpper(tokens[i] ?? '') && startsUpper(tokens[i - 1] ?? '')) return true;
  return false;
}

/**
 * Whether a text's case tells names from words: not when it has three words or more, at least
 * four in five of them starting with a capital (a heading in title case, or in capitals).
 */
export function caseTellsNames(phrases: readonly (readonly string[])[]): boolean {
  let all = 0;
  let upper = 0;
  for (const phrase of phrases)
    for (const t of phrase) {
      all++;
      if (startsUpper(t)) upper++;
    }
  return all < 3 || upper < 0.8 * all;
}

/**
 * The spans `[start, end)` of a phrase's tokens that name one thing (see above). `keys` are
 * the tokens' syllable keys; `known` the names read where case says nothing.
 */
export function nameSpans(
  tokens: readonly string[],
  keys: readonly string[],
  caseTells: boolean,
  known: NameDictionary,
  readsAsWords: (first: string, second: string) => boolean = () => false,
): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  if (!caseTells) {
    for (let i = 0; i < keys.length;) {
      // A name learned from the repository whose syllables it writes more often as plain
      // words ("An Ninh", a commune; "an ninh", security) is not taken where case cannot tell
      // which is meant. A province or city is ("HÒA BÌNH" in a local module's title).
      let learned = known.longestAt(keys, i);
      if (learned >= 2 && readsAsWords(keys[i] ?? '', keys[i + 1] ?? '')) learned = 0;
      const length = Math.max(placeNames().longestAt(keys, i), learned);
      if (length >= 2) spans.push([i, i + length]);
      i += Math.max(1, length);
    }
    return spans;
  }
  for (let i = 0; i < tokens.length;) {
    let end = i;
    while (end < tokens.length && isCapitalised(tokens[end] ?? '')) end++;
    if (end - i < 2) {
      i = Math.max(end, i + 1);
      continue;
    }
    let start = i;
    if (i === 0) {
      const place = placeNames().longestAt(keys, 0);
      if (place >= 2) {
        spans.push([0, place]);
        i = place;
        continue;
      }
      // Any phrase may start with a capital: of a longer run, the name is what follows.
      if (end - i >= 3) start = 1;
    }
    spans.push([start, end]);
    i = end;
  }
  return spans;
}

/**
 * `items` with each span (from `nameSpans`) replaced by the one item `merge` makes of it, so
 * the corpus (syllable ids) and the explanations (tokens as written) read names alike.
 */
export function mergeSpans<T>(
  items: readonly T[],
  spans: ReadonlyArray<readonly [number, number]>,
  merge: (span: readonly T[]) => T,
): T[] {
  const merged: T[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    merged.push(...items.slice(at, start), merge(items.slice(start, end)));
    at = end;
  }
  merged.push(...items.slice(at));
  return merged;
}
