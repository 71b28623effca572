import { describe, expect, it } from 'vitest';
import { message, render } from '../../src/messages/catalogue.js';
import { languages } from '../../src/messages/languages.js';
import { count, hoursNoun, nounForm } from '../../src/messages/words.js';
import { langs } from '../../src/model/lang.js';

describe('nouns', () => {
  it('count as each language does: English inflects for number, Vietnamese does not', () => {
    expect(count(1, 'noun.module', 'en')).toBe('1 module');
    expect(count(3, 'noun.module', 'en')).toBe('3 modules');
    expect(count(2, 'noun.copy', 'en')).toBe('2 copies');
    expect(count(3858, 'noun.period', 'en')).toBe('3,858 periods');
    expect(count(1, 'noun.module', 'vi')).toBe('1 mô-đun');
    expect(count(3858, 'noun.period', 'vi')).toBe('3.858 tiết');
    expect(count(133.25, 'noun.hour', 'vi', 2)).toBe('133,25 giờ');
  });

  it('name the unit of hours by the length of a period, a heading in the plural', () => {
    expect(hoursNoun(45)).toBe('noun.period');
    expect(hoursNoun(60)).toBe('noun.hour');
    expect(nounForm(hoursNoun(45), 'en')).toBe('periods');
    expect(nounForm(hoursNoun(45), 'vi')).toBe('tiết');
    expect(nounForm(hoursNoun(60), 'en')).toBe('hours');
  });

  it('are messages of the catalogues, in every language that has conventions', () => {
    expect(Object.keys(languages).sort()).toEqual([...langs].sort());
    const ids = Object.keys(languages.en.nouns).sort();
    for (const lang of langs) {
      expect(Object.keys(languages[lang].nouns).sort()).toEqual(ids);
      expect(render(message('noun.pathway', { n: 2 }), lang)).toBe(
        nounForm('noun.pathway', lang, 2),
      );
    }
  });
});
