/**
 * Vietnamese-first text normalisation. Every spelling variant that the format (docs/format.md §6.3) says
 * is "the same text" must come out identical here: NFC/NFD, old/new tone placement, the i/y
 * spellings of one syllable, case (including Đ/đ and the look-alike Ð/ð), punctuation, dashes
 * and white space.
 */

// The five tone marks, as combining characters after NFD: huyền, sắc, ngã, hỏi, nặng.
// U+0340/U+0341 are deprecated duplicates of grave and acute that some old converters emit.
const toneDigit: Record<string, string> = {
  '\u0300': '2',
  '\u0340': '2',
  '\u0301': '1',
  '\u0341': '1',
  '\u0303': '4',
  '\u0309': '3',
  '\u0323': '5',
};
const toneMarks = /[\u0300\u0301\u0303\u0309\u0323\u0340\u0341]/g;

/**
 * A sole vowel `y` after an initial consonant is a spelling variant of `i` (lý/lí, kỹ/kĩ,
 * mỹ/mĩ, sỹ/sĩ, quy/qui). Not touched: `y` alone (y tế, ý kiến), and every cluster where y is
 * not the whole rhyme (ay, ây, uy, yê…), since there it is not a variant.
 */
const initialThenY = /^(b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y$/;

const keyCache = new Map<string, string>();

/**
 * A key for one syllable (or word) that is the same for every accepted spelling of it: the
 * letters without tone mark, then the tone as a digit (`hòa`, `hoà`, `HOÀ` → `hoa2`;
 * `thủy`, `thuỷ` → `thuy3`; `lý`, `lí` → `li1`). Marks that change the vowel (â ê ô ă ơ ư)
 * stay, as they make different syllables. Expects one run of letters and digits.
 */
export function syllableKey(token: string): string {
  let key = keyCache.get(token);
  if (key !== undefined) return key;
  let tone = '';
  const decomposed = foldCase(token)
    .normalize('NFD')
    .replace(toneMarks, (mark) => {
      tone = toneDigit[mark] ?? '';
      return '';
    });
  const base = decomposed.normalize('NFC').replace(initialThenY, '$1i');
  key = base + tone;
  if (keyCache.size < 500_000) keyCache.set(token, key);
  return key;
}

/** Lower case, with the Icelandic eth (Ð/ð), which looks like Đ/đ, read as Đ/đ. */
export function foldCase(text: string): string {
  return text
    .replace(/[\u00d0\u00f0]/g, (c) => (c === '\u00d0' ? '\u0110' : '\u0111'))
    .toLowerCase();
}

/** Letters and digits; everything else (punctuation, dashes, spaces) separates tokens. */
const tokenPattern = /[\p{L}\p{M}\p{N}]+/gu;
/** Where a phrase ends: syllable bigrams are not formed across these. Dashes do not end one
 * (`Mác - Lênin`, `lý luận chính trị - hành chính` read as one phrase). */
const phraseBreak = /[,.;:!?()[\]{}"“”‘’«»/\\|•·\n\r\t]+/u;

/** Format characters (category Cf): zero-width spaces and joiners, soft hyphens, bidi marks. */
const formatCharacters = /\p{Cf}/gu;

/**
 * Text as it reads: without the characters that show nothing (category Cf: U+200B between
 * the letters of a copy must not make it another text), and in compatibility form (NFKC):
 * fullwidth `Ｑｕản lý` is `Quản lý`, the ligature `ﬁ` is `fi`. NFKC changes no Vietnamese
 * letter (each has only a canonical decomposition), so for Vietnamese it is NFC.
 */
export function readableText(text: string): string {
  return text.replace(formatCharacters, '').normalize('NFKC');
}

/**
 * Splits text into phrases of tokens, each token as written (after `readableText`), so a
 * caller can keep the surface form for display and take `syllableKey` for matching.
 */
export function phrases(text: string): string[][] {
  return phrasesAtOnce(text) ?? phrasesByPattern(text);
}

/** `phrases` by its definition: `readableText`, then `phraseBreak` and `tokenPattern`. */
export function phrasesByPattern(text: string): string[][] {
  const out: string[][] = [];
  for (const part of readableText(text).split(phraseBreak)) {
    const tokens = part.match(tokenPattern);
    if (tokens) out.push(tokens);
  }
  return out;
}

/** What a character is to `phrasesAtOnce`. */
const enum CharKind {
  /** Not known to read as itself: the text is read by pattern. */
  Unknown = 0,
  Token = 1,
  /** Separates tokens within a phrase (a space, a dash). */
  Separator = 2,
  /** Ends a phrase (`phraseBreak`). */
  Break = 3,
}

/** Characters below this are looked up in `charKinds`; all others are `Unknown`. */
const charKindLimit = 0x2070;
let charKinds: Uint8Array | undefined;

/**
 * The kind of each character of the Latin blocks and General Punctuation, taken from the
 * patterns themselves. `Unknown` where reading it alone could differ from reading it in a
 * text: format characters (removed), combining marks (composed with what precedes them) and
 * characters NFKC changes (`ﬁ`, `²`, a no-break space).
 */
function charKindTable(): Uint8Array {
  const table = new Uint8Array(charKindLimit);
  const token = /^[\p{L}\p{N}]$/u;
  const breaks = new RegExp(`^${phraseBreak.source}$`, 'u');
  const unread = /^[\p{Cf}\p{M}]$/u;
  for (let c = 0; c < charKindLimit; c++) {
    const latin = c < 0x250 || (c >= 0x1e00 && c < 0x1f00) || c >= 0x2000;
    const char = String.fromCharCode(c);
    if (!latin || unread.test(char) || char.normalize('NFKC') !== char) continue;
    table[c] = token.test(char)
      ? CharKind.Token
      : breaks.test(char)
        ? CharKind.Break
        : CharKind.Separator;
  }
  return table;
}

/**
 * `phrases` in one pass over the characters, for a text made only of characters whose kind
 * is known (nearly every Vietnamese or English text in NFC); undefined for any other text.
 * Reading every text of a large archive by pattern took ~5 % of a run.
 */
function phrasesAtOnce(text: string): string[][] | undefined {
  const kinds = (charKinds ??= charKindTable());
  const out: string[][] = [];
  let phrase: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const kind = c < charKindLimit ? kinds[c] : CharKind.Unknown;
    if (kind === CharKind.Token) {
      if (start < 0) start = i;
      continue;
    }
    if (kind === CharKind.Unknown) return undefined;
    if (start >= 0) phrase.push(text.slice(start, i));
    start = -1;
    if (kind === CharKind.Break && phrase.length > 0) {
      out.push(phrase);
      phrase = [];
    }
  }
  if (start >= 0) phrase.push(text.slice(start));
  if (phrase.length > 0) out.push(phrase);
  return out;
}

/**
 * The phrases of `phrases`, each token with the text written before it inside its phrase
 * (`" - "` before `Lênin` in `Mác - Lênin`; spaces collapsed; empty for a phrase's first
 * token), so an explanation can quote a phrase with its dashes.
 */
export function phrasesAsWritten(text: string): Array<Array<{ token: string; gap: string }>> {
  const out: Array<Array<{ token: string; gap: string }>> = [];
  for (const part of readableText(text).split(phraseBreak)) {
    const tokens: Array<{ token: string; gap: string }> = [];
    let end = 0;
    for (const match of part.matchAll(tokenPattern)) {
      const gap = tokens.length === 0 ? '' : part.slice(end, match.index).replace(/\s+/gu, ' ');
      tokens.push({ token: match[0], gap });
      end = match.index + match[0].length;
    }
    if (tokens.length > 0) out.push(tokens);
  }
  return out;
}

/** The normalised form of a whole text: one key a token, single spaces. */
export function normalizeText(text: string): string {
  return phrases(text)
    .map((p) => p.map(syllableKey).join(' '))
    .join(' ');
}
