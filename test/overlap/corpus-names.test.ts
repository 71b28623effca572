import { describe, expect, it } from 'vitest';
import { NameReading } from '../../src/overlap/corpus-names.js';
import { Vocabulary } from '../../src/overlap/corpus-vocabulary.js';
import { nameKey } from '../../src/text/names.js';
import { syllableKey } from '../../src/text/normalize.js';

const tokens = (text: string) => text.split(' ');

function reading() {
  const vocabulary = new Vocabulary();
  const names = new NameReading(vocabulary);
  const ids = (phrase: readonly string[]) => phrase.map((t) => vocabulary.syllable(syllableKey(t)));
  const keys = (ids: readonly number[]) => ids.map((id) => vocabulary.keyOf(id));
  return { vocabulary, names, ids, keys };
}

describe('NameReading', () => {
  it('reads a run of capitalised syllables as one name, and learns it', () => {
    const { names, ids, keys } = reading();
    const phrase = tokens('cuộc đời Lê Lợi');
    const read = names.withNames(phrase, ids(phrase), true);
    expect(keys(read)).toEqual([
      syllableKey('cuộc'),
      syllableKey('đời'),
      nameKey([syllableKey('Lê'), syllableKey('Lợi')]),
    ]);
    // Learned: where case tells nothing, the same syllables read as that name.
    const upper = tokens('LỊCH SỬ LÊ LỢI');
    expect(keys(names.withNames(upper, ids(upper), false)).slice(2)).toEqual(keys(read).slice(2));
  });

  it('takes no name where case tells nothing before one is learned', () => {
    const { names, ids } = reading();
    const upper = tokens('LỊCH SỬ LÊ LỢI');
    expect(names.withNames(upper, ids(upper), false)).toEqual(ids(upper));
  });

  it('leaves a learned name as words where texts write it as words more often', () => {
    const { vocabulary, names, ids } = reading();
    const named = tokens('xã Tân Trào');
    names.withNames(named, ids(named), true);
    const [tan, trao] = ids(tokens('tân trào'));
    const bigram = vocabulary.term(tan!, trao!);
    // Written once as a name; as words, once (a tie) and then twice.
    names.countWords(bigram);
    expect(names.readsAsWords(syllableKey('tân'), syllableKey('trào'))).toBe(false);
    const upper = tokens('PHONG TRÀO TÂN TRÀO');
    expect(names.withNames(upper, ids(upper), false)).toHaveLength(3);
    names.countWords(bigram);
    expect(names.readsAsWords(syllableKey('tân'), syllableKey('trào'))).toBe(true);
    expect(names.withNames(upper, ids(upper), false)).toEqual(ids(upper));
    // Keys never read side by side are no words.
    expect(names.readsAsWords(syllableKey('trào'), syllableKey('tân'))).toBe(false);
  });

  it('counts words for bigrams numbered past its first table', () => {
    const { names, vocabulary } = reading();
    const first = vocabulary.syllable('a');
    for (let s = 1; s <= 1 << 17; s++) vocabulary.term(first, vocabulary.syllable(`s${s}`));
    const last = `s${1 << 17}`;
    const bigram = vocabulary.termOf('a', last)!;
    expect(bigram).toBeGreaterThan(1 << 16);
    expect(names.readsAsWords('a', last)).toBe(false);
    names.countWords(bigram);
    expect(names.readsAsWords('a', last)).toBe(true);
  });
});
