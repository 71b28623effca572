import { describe, expect, it } from 'vitest';
import {
  NameDictionary,
  caseTellsNames,
  isCapitalised,
  nameKey,
  nameSpans,
} from '../../src/text/names.js';
import { phrases, syllableKey } from '../../src/text/normalize.js';

/** The names of one text, as written, the way the corpus reads them. */
function names(text: string, known = new NameDictionary()): string[] {
  const read = phrases(text);
  const tells = caseTellsNames(read);
  return read.flatMap((tokens) =>
    nameSpans(
      tokens,
      tokens.map((t) => syllableKey(t)),
      tells,
      known,
    ).map(([s, e]) => tokens.slice(s, e).join(' ')),
  );
}

describe('proper names', () => {
  it('are runs of capitalised syllables where case tells', () => {
    expect(names('Lịch sử Đảng bộ tỉnh Bắc Ninh')).toEqual(['Bắc Ninh']);
    expect(names('phong trào cách mạng ở Tân Phú và Cửa Lò')).toEqual(['Tân Phú', 'Cửa Lò']);
    expect(names('Tư tưởng Hồ Chí Minh')).toEqual(['Hồ Chí Minh']);
    expect(names('Kinh tế chính trị Mác - Lênin')).toEqual(['Mác Lênin']);
  });

  it('leave out the capital any phrase starts with, but keep a known place there', () => {
    expect(names('Tỉnh Bắc Ninh trong thời kỳ đổi mới')).toEqual(['Bắc Ninh']);
    expect(names('Quảng Ninh qua các thời kỳ')).toEqual(['Quảng Ninh']);
    expect(names('Thừa Thiên Huế, vùng đất')).toEqual(['Thừa Thiên Huế']);
    expect(names('Quản lý nhà nước')).toEqual([]);
  });

  it('are the known ones where case tells nothing, so that an upper-cased copy reads the same', () => {
    const known = new NameDictionary();
    known.add(['tân', 'phú'].map((s) => syllableKey(s)));
    expect(names('LỊCH SỬ ĐẢNG BỘ XÃ TÂN PHÚ', known)).toEqual(['TÂN PHÚ']);
    expect(names('LỊCH SỬ ĐẢNG BỘ TỈNH BẮC NINH')).toEqual(['BẮC NINH']);
    expect(names('Lịch Sử Đảng Bộ Tỉnh Kiên Giang')).toEqual(['Kiên Giang']);
  });

  it('tell a capitalised word from an acronym or a lower-case one', () => {
    expect(['Ninh', 'ATK', 'ninh', 'Đ'].map(isCapitalised)).toEqual([true, false, false, false]);
    expect(caseTellsNames([['LỊCH', 'SỬ', 'ĐẢNG']])).toBe(false);
    expect(caseTellsNames([['Bắc', 'Ninh']])).toBe(true);
  });
});

describe('name keys', () => {
  const key = (name: string) => nameKey(name.split(' ').map((t) => syllableKey(t)));

  it('read the other spellings of a province as the province', () => {
    expect(key('Đăk Lăk')).toBe(key('Đắk Lắk'));
    expect(key('Đắc Lắc')).toBe(key('Đắk Lắk'));
    expect(key('ĐĂK NÔNG')).toBe(key('Đắk Nông'));
  });

  it('keep names apart that only share a syllable', () => {
    expect(key('Đắk Lắk')).not.toBe(key('Đắk Nông'));
    expect(key('Bắc Ninh')).not.toBe(key('Quảng Ninh'));
  });
});

describe('isCapitalised', () => {
  it('is "a capital, then a lower-case letter somewhere" for every first character', () => {
    // Every character up to U+2FFF, not a sample: one wrong entry of the capitals table fails.
    const wrong: string[] = [];
    for (let code = 0x20; code <= 0x2fff; code++) {
      const token = `${String.fromCharCode(code)}a`;
      if (isCapitalised(token) !== /^\p{Lu}/u.test(token)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
