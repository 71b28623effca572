/**
 * How many terminal columns text takes, and where it may be cut. The unit is the grapheme (a
 * letter with its combining marks, an emoji with its modifiers and joiners): a cut never
 * falls inside one, so "ệ" written e + U+0323 + U+0302 (NFD) stays whole. Most text we print
 * is Latin or Vietnamese, whose every character is one column or a combining mark: it is
 * measured by a loop over its UTF-16 code units and never reaches `Intl.Segmenter`.
 */

/**
 * East_Asian_Width Wide or Fullwidth in Unicode 17.0 (EastAsianWidth-17.0.0.txt), less the
 * combining marks and fillers, which take no column, plus the regional indicators (a flag is
 * two of them, two columns): pairs of first and last code point. CJK ideographs, kana,
 * Hangul syllables, fullwidth forms and the emoji shown as emoji by default are here.
 */
const wide = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2630, 0x2637, 0x2648, 0x2653, 0x267f, 0x267f, 0x268a, 0x268f,
  0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce,
  0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd,
  0x2705, 0x2705, 0x270a, 0x270b, 0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755,
  0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50,
  0x2b55, 0x2b55, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x3029, 0x3030, 0x303e,
  0x3041, 0x3096, 0x309b, 0x30ff, 0x3105, 0x312f, 0x3131, 0x3163, 0x3165, 0x318e, 0x3190, 0x31e5,
  0x31ef, 0x321e, 0x3220, 0x3247, 0x3250, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3,
  0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60,
  0xffe0, 0xffe6, 0x16fe0, 0x16fe3, 0x16ff2, 0x16ff6, 0x17000, 0x18cd5, 0x18cff, 0x18d1e, 0x18d80,
  0x18df2, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132,
  0x1b150, 0x1b152, 0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1d300, 0x1d356, 0x1d360,
  0x1d376, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f1e6, 0x1f202,
  0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250, 0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f320, 0x1f32d,
  0x1f335, 0x1f337, 0x1f37c, 0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0,
  0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b,
  0x1f54e, 0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
  0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d8, 0x1f6dc, 0x1f6df, 0x1f6eb,
  0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f90c, 0x1f93a, 0x1f93c, 0x1f945,
  0x1f947, 0x1f9ff, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa8a, 0x1fa8e, 0x1fac6, 0x1fac8, 0x1fac8, 0x1facd,
  0x1fadc, 0x1fadf, 0x1faea, 0x1faef, 0x1faf8, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

/** Binary search of `wide`. */
function isWide(code: number): boolean {
  if (code < 0x1100) return false;
  let [lo, hi] = [0, wide.length / 2 - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < (wide[2 * mid] ?? 0)) hi = mid - 1;
    else if (code > (wide[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Code points that take no column of their own: combining marks, format characters (zero-
 * width joiner and spaces, bidirectional marks, soft hyphen), variation selectors and other
 * default-ignorables, line and paragraph separators, and the control characters but tab
 * (one column at least; where its tab stop falls is the terminal's).
 */
const zeroWidth =
  // eslint-disable-next-line no-control-regex -- control characters take no column
  /[\p{M}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\0-\x08\x0a-\x1f\x7f-\x9f]/u;
/** A text-style symbol with VS16 (U+FE0F) after it is drawn as an emoji: two columns. */
const emojiBase = /\p{Emoji}/u;

/**
 * ANSI escape sequences: CSI (colours, `\u001b[31m`) and OSC (hyperlinks), each taken as
 * one unit of no width that is never cut.
 */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ansi = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * Ranges, first and last code unit, of characters one column wide whose graphemes are one
 * character and its combining marks: tab, Latin-1, Latin Extended-A and -B, IPA, Greek,
 * Cyrillic, Latin Extended Additional (Vietnamese), dashes, quotes and other general
 * punctuation, super- and subscripts, currency signs, letterlike symbols, arrows,
 * mathematical and technical signs, enclosed alphanumerics, box drawing, blocks, geometric
 * shapes, and the weather signs and stars of U+2600–U+2613 ("★"). No wide character,
 * control, format character or joiner is among them.
 */
// prettier-ignore
const narrow = [
  0x09, 0x09, 0xa0, 0xac, 0xae, 0x2ff, 0x370, 0x482, 0x48a, 0x52f, 0x1e00, 0x1eff,
  0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x209f, 0x20a0, 0x20c0, 0x2100, 0x2319,
  0x2460, 0x24ff, 0x2500, 0x25fc, 0x2600, 0x2613,
];

/**
 * The width of text of printable ASCII, combining marks (U+0300–U+036F, U+0483–U+0489) and
 * `narrow` characters, where each grapheme is one column: one loop over the code units. -1
 * for any other text, which is segmented.
 */
function simpleWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width++;
    else if ((c >= 0x300 && c < 0x370) || (c >= 0x483 && c < 0x48a)) continue;
    else if (isNarrow(c)) width++;
    else return -1;
  }
  return width;
}

function isNarrow(code: number): boolean {
  for (let r = 0; r < narrow.length && code >= (narrow[r] ?? 0); r += 2)
    if (code <= (narrow[r + 1] ?? 0)) return true;
  return false;
}

let segmenter: Intl.Segmenter | undefined;

/** The graphemes of text and the escape sequences between them, in order. */
function* units(text: string): Generator<string> {
  let from = 0;
  for (const match of text.matchAll(ansi)) {
    yield* graphemes(text.slice(from, match.index));
    yield match[0];
    from = match.index + match[0].length;
  }
  yield* graphemes(text.slice(from));
}

function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/**
 * Columns a grapheme takes: those of its first code point that takes any (2 for wide and
 * fullwidth ones), 2 for a symbol made an emoji by VS16, 0 for an escape sequence or a
 * grapheme of marks, joiners and format characters alone. Ambiguous-width characters
 * ("·", "°", "×") take one column, as in terminals outside East Asian locales.
 */
function unitWidth(unit: string): number {
  if (unit.charCodeAt(0) === 0x1b && unit.length > 1) return 0;
  for (const ch of unit) {
    if (zeroWidth.test(ch)) continue;
    if (isWide(ch.codePointAt(0) ?? 0)) return 2;
    return unit.includes('\ufe0f') && emojiBase.test(ch) ? 2 : 1;
  }
  return 0;
}

/** Columns text takes in a terminal (one line of it; ANSI colours take none). */
export function displayWidth(text: string): number {
  const simple = simpleWidth(text);
  if (simple >= 0) return simple;
  let width = 0;
  for (const unit of units(text)) width += unitWidth(unit);
  return width;
}

/**
 * Text cut into the pieces a line may end between, with the columns of each: graphemes, and
 * the escape sequences between them.
 */
export function cuttable(text: string): { readonly pieces: string[]; readonly widths: number[] } {
  // Every code unit one column: each one is a grapheme of its own.
  if (simpleWidth(text) === text.length) {
    const pieces = text.split('');
    return { pieces, widths: pieces.map(() => 1) };
  }
  const pieces = [...units(text)];
  return { pieces, widths: pieces.map(unitWidth) };
}
