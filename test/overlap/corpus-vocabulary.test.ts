import { describe, expect, it } from 'vitest';
import { Vocabulary, none } from '../../src/overlap/corpus-vocabulary.js';
import { syllableKey } from '../../src/text/normalize.js';

/** A vocabulary holding each phrase's unigrams and bigrams, as the corpus reads them. */
function vocabularyOf(...phrases: string[]): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const phrase of phrases) {
    let previous = none;
    for (const token of phrase.split(' ')) {
      const s = vocabulary.syllable(syllableKey(token));
      vocabulary.term(s, none);
      if (previous !== none) vocabulary.term(previous, s);
      previous = s;
    }
  }
  return vocabulary;
}

const key = (token: string) => syllableKey(token);

describe('Vocabulary', () => {
  it('numbers syllables and terms densely, in the order first met', () => {
    const vocabulary = new Vocabulary();
    const quan = vocabulary.syllable('quan3');
    const li = vocabulary.syllable('li1');
    expect([quan, li, vocabulary.syllable('quan3')]).toEqual([0, 1, 0]);
    expect(vocabulary.keyOf(li)).toBe('li1');
    expect(vocabulary.term(quan, none)).toBe(0);
    expect(vocabulary.term(li, none)).toBe(1);
    expect(vocabulary.term(quan, li)).toBe(2);
    // The other order is another bigram; a term met again keeps its id.
    expect(vocabulary.term(li, quan)).toBe(3);
    expect(vocabulary.term(quan, li)).toBe(2);
    expect(vocabulary.size).toBe(4);
  });

  it('finds terms by key, and nothing for what it never met', () => {
    const vocabulary = vocabularyOf('quản lý kinh tế');
    const quan = vocabulary.termOf(key('quản'))!;
    const bigram = vocabulary.termOf(key('quản'), key('lý'))!;
    expect(quan).toBe(0);
    expect(bigram).toBe(2);
    expect(vocabulary.isBigram(bigram)).toBe(true);
    expect(vocabulary.isBigram(quan)).toBe(false);
    // Both keys seen, never side by side in that order.
    expect(vocabulary.termOf(key('kinh'), key('quản'))).toBeUndefined();
    expect(vocabulary.termOf('xyz')).toBeUndefined();
    expect(vocabulary.termOf(key('quản'), 'xyz')).toBeUndefined();
  });

  it("gives a bigram's syllables as unigram terms", () => {
    const vocabulary = vocabularyOf('quản lý kinh tế');
    const lyKinh = vocabulary.termOf(key('lý'), key('kinh'))!;
    expect(vocabulary.syllableTerm(lyKinh, 0)).toBe(vocabulary.termOf(key('lý')));
    expect(vocabulary.syllableTerm(lyKinh, 1)).toBe(vocabulary.termOf(key('kinh')));
    expect(vocabulary.syllableTerm(vocabulary.termOf(key('kinh'))!, 0)).toBe(-1);
  });

  it('flags generic terms, unigrams and bigrams alike', () => {
    const vocabulary = vocabularyOf('kỹ năng lãnh đạo phát triển');
    const generic = vocabulary.genericFlags();
    const flag = (first: string, second?: string) =>
      generic[vocabulary.termOf(key(first), second === undefined ? undefined : key(second))!];
    expect(generic).toHaveLength(vocabulary.size);
    expect(flag('kỹ', 'năng')).toBe(1);
    expect(flag('lãnh', 'đạo')).toBe(1);
    expect(flag('năng', 'lãnh')).toBe(0);
    expect(flag('phát', 'triển')).toBe(0);
    expect(flag('phát')).toBe(0);
  });

  it('flags bigrams of two content words, neither a function word nor generic', () => {
    const vocabulary = vocabularyOf('khái niệm và vai trò phát triển');
    const content = vocabulary.contentBigrams(vocabulary.genericFlags());
    const flag = (first: string, second?: string) =>
      content[vocabulary.termOf(key(first), second === undefined ? undefined : key(second))!];
    expect(flag('phát', 'triển')).toBe(1);
    expect(flag('trò', 'phát')).toBe(1);
    // "và" is a function word; "vai trò" is generic; a unigram is no bigram.
    expect(flag('niệm', 'và')).toBe(0);
    expect(flag('và', 'vai')).toBe(0);
    expect(flag('vai', 'trò')).toBe(0);
    expect(flag('phát')).toBe(0);
  });
});
