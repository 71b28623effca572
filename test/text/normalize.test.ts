import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldCase,
  normalizeText,
  phrases,
  phrasesAsWritten,
  phrasesByPattern,
  readableText,
  syllableKey,
} from '../../src/text/normalize.js';

/** Old (traditional) and new tone placement for the clusters where the two differ. */
const tonePlacementPairs: Array<[string, string]> = [
  ['hoà', 'hòa'],
  ['hoá', 'hóa'],
  ['hoả', 'hỏa'],
  ['hoã', 'hõa'],
  ['hoạ', 'họa'],
  ['khoẻ', 'khỏe'],
  ['khoè', 'khòe'],
  ['khoé', 'khóe'],
  ['loẹ', 'lọe'],
  ['thuý', 'thúy'],
  ['thuỷ', 'thủy'],
  ['tuỳ', 'tùy'],
  ['luỹ', 'lũy'],
  ['huỵ', 'hụy'],
  ['Hoà', 'Hòa'],
  ['THUỶ', 'THỦY'],
];
const iyPairs: Array<[string, string]> = [
  ['lí', 'lý'],
  ['kĩ', 'kỹ'],
  ['mĩ', 'mỹ'],
  ['sĩ', 'sỹ'],
  ['quí', 'quý'],
  ['tỉ', 'tỷ'],
  ['hi', 'hy'],
];

describe('syllableKey', () => {
  it.each(tonePlacementPairs)('gives %s and %s one key (tone placement)', (a, b) => {
    expect(syllableKey(a)).toBe(syllableKey(b));
  });
  it.each(iyPairs)('gives %s and %s one key (i/y spelling)', (a, b) => {
    expect(syllableKey(a)).toBe(syllableKey(b));
  });
  it('keeps the tone as a digit and vowel marks as letters', () => {
    expect(syllableKey('hòa')).toBe('hoa2');
    expect(syllableKey('thủy')).toBe('thuy3');
    expect(syllableKey('nước')).toBe('nươc1');
    expect(syllableKey('quản')).toBe('quan3');
  });
  it('tells apart syllables that differ in tone or vowel', () => {
    expect(syllableKey('hoà')).not.toBe(syllableKey('hoá'));
    expect(syllableKey('than')).not.toBe(syllableKey('thân'));
    expect(syllableKey('ma')).not.toBe(syllableKey('mà'));
  });
  it('does not touch y where it is not a spelling variant of i', () => {
    expect(syllableKey('tay')).toBe('tay'); // ay ≠ ai
    expect(syllableKey('tay')).not.toBe(syllableKey('tai'));
    expect(syllableKey('huy')).toBe('huy'); // uy is its own rhyme
    expect(syllableKey('y')).toBe('y'); // y tế
    expect(syllableKey('ý')).toBe('y1'); // ý kiến
    expect(syllableKey('yêu')).toBe('yêu');
    expect(syllableKey('quyết')).toBe('quyêt1');
    expect(syllableKey('thuyền')).toBe('thuyên2');
  });
  it('reads NFD input, the look-alike eth, and upper case like NFC lower case', () => {
    expect(syllableKey('Quản'.normalize('NFD'))).toBe(syllableKey('quản'));
    expect(syllableKey('\u00d0ảng')).toBe(syllableKey('Đảng'));
    expect(syllableKey('ĐẢNG')).toBe(syllableKey('đảng'));
  });
});

describe('normalizeText', () => {
  it('folds case, punctuation, dashes and white space', () => {
    expect(normalizeText('Chủ nghĩa Mác – Lênin')).toBe(normalizeText('chủ nghĩa  Mác-Lênin'));
    expect(normalizeText('QUẢN LÝ NHÀ NƯỚC')).toBe(normalizeText('quản lí nhà nước'));
    expect(normalizeText('kĩ năng, quản lí')).toBe(normalizeText('Kỹ năng quản lý'));
  });
  it('reads English like Vietnamese: words, lower case', () => {
    expect(normalizeText('Public  Administration—Basics')).toBe('public administration basics');
  });
});

describe('phrases', () => {
  it('breaks phrases at punctuation but not at dashes', () => {
    expect(phrases('Triết học, kinh tế chính trị; Mác - Lênin')).toEqual([
      ['Triết', 'học'],
      ['kinh', 'tế', 'chính', 'trị'],
      ['Mác', 'Lênin'],
    ]);
  });
});

describe('phrases read in one pass', () => {
  // Characters the one-pass reader knows, and characters it must leave to the patterns:
  // combining marks (NFD), a zero-width space, a soft hyphen, a no-break space, a ligature,
  // fullwidth letters, a superscript, a Korean jamo, an emoji (a surrogate pair).
  const alphabet = [
    ...'aAđĐơƯêÊẫỆỹÝðÐ09 -–—,.;:!?()"“”‘’«»/|•·\n\t&%',
    '\u0301',
    '\u0323',
    '\u200b',
    '\u00ad',
    '\u00a0',
    'ﬁ',
    'Ｑ',
    '²',
    '\u1100',
    '😀',
  ];

  it('reads every text as the patterns do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(phrases(text)).toEqual(phrasesByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('phrasesAsWritten', () => {
  it('gives each token the text written before it in its phrase, spaces collapsed', () => {
    expect(phrasesAsWritten('Mác  -  Lênin, COVID-19')).toEqual([
      [
        { token: 'Mác', gap: '' },
        { token: 'Lênin', gap: ' - ' },
      ],
      [
        { token: 'COVID', gap: '' },
        { token: '19', gap: '-' },
      ],
    ]);
  });

  it('holds the same tokens as phrases, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const tokens = phrasesAsWritten(input).map((p) => p.map((t) => t.token));
        expect(tokens).toEqual(phrases(input));
      }),
    );
  });
});

// Property-based: the invariants hold for any text, not only for the examples above.
const vietnameseLetters = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯY';
const marks = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const syllable = fc
  .tuple(
    fc.string({
      unit: fc.constantFrom(...vietnameseLetters.split('')),
      minLength: 1,
      maxLength: 6,
    }),
    fc.constantFrom(...marks),
  )
  .map(([letters, mark]) => (letters + mark).normalize('NFC'));
const variantSyllable = fc.constantFrom(...[...tonePlacementPairs, ...iyPairs].flat());
const separator = fc.constantFrom(' ', ', ', ' - ', '–', '. ', '\n', '  ');
// Random syllables, and the syllables whose spelling varies, between separators.
const text = fc
  .array(fc.tuple(fc.oneof(syllable, variantSyllable), separator), { maxLength: 30 })
  .map((p) => p.flat().join(''));

/** A random spelling of the same text: NFD, upper case, old/new placement, i/y variants. */
function respell(input: string, choice: number): string {
  const variant = new Map<string, string>();
  for (const [oldStyle, newStyle] of tonePlacementPairs) {
    if (choice & 1) variant.set(newStyle, oldStyle);
    else variant.set(oldStyle, newStyle);
  }
  if (choice & 2) for (const [i, y] of iyPairs) variant.set(y, i);
  // Whole syllables only: "hy" is a spelling of "hi", but "hya" is no spelling of "hia".
  let out = input.replace(/[\p{L}\p{M}]+/gu, (syllable) => variant.get(syllable) ?? syllable);
  if (choice & 4) out = out.toUpperCase();
  if (choice & 8) out = out.normalize('NFD');
  if (choice & 16) out = out.replace(/ /g, '  ').replace(/-/g, '–');
  return out;
}

describe('normalisation properties', () => {
  it('is idempotent: normalising a normalised text changes nothing', () => {
    fc.assert(fc.property(text, (t) => normalizeText(normalizeText(t)) === normalizeText(t)));
  });
  it('maps every spelling variant of a text to one form', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 0, max: 31 }),
        (t, choice) => normalizeText(respell(t, choice)) === normalizeText(t),
      ),
    );
  });
  it('maps every listed variant pair to one form inside any text', () => {
    const pair = fc.constantFrom(...tonePlacementPairs, ...iyPairs);
    fc.assert(
      fc.property(
        text,
        pair,
        text,
        (before, [a, b], after) =>
          normalizeText(`${before} ${a} ${after}`) === normalizeText(`${before} ${b} ${after}`),
      ),
    );
  });
  it('never depends on case', () => {
    fc.assert(
      fc.property(text, (t) => normalizeText(t.toUpperCase()) === normalizeText(foldCase(t))),
    );
  });
});

describe('readableText: what shows nothing, and compatibility forms, are read away', () => {
  const vietnameseLetters = [...'aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐbcdghklmnpqrstvx'].flatMap((base) =>
    ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((tone) =>
      (base + tone).normalize('NFC'),
    ),
  );

  it('drops format characters between letters, and folds fullwidth letters and ligatures', () => {
    expect(readableText('Qu\u200bản\u00ad l\u2060ý\ufeff')).toBe('Quản lý');
    expect(readableText('Ｑｕản ｌý')).toBe('Quản lý');
    expect(readableText('ﬁnance')).toBe('finance');
    expect(phrases('Xây\u200b dựng Đảng')).toEqual(phrases('Xây dựng Đảng'));
  });

  it('changes no Vietnamese letter, written composed or decomposed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vietnameseLetters, ' '), { maxLength: 40 }),
        fc.boolean(),
        (letters, decomposed) => {
          const text = letters.join('');
          const written = decomposed ? text.normalize('NFD') : text;
          expect(readableText(written)).toBe(text.normalize('NFC'));
        },
      ),
    );
  });
});
