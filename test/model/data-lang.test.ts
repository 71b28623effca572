import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/catalog.js';
import { catalogLang } from '../../src/model/data-lang.js';
import { langOfTag } from '../../src/model/lang.js';
import { makeCatalog } from '../helpers/catalog.js';

describe('langOfTag', () => {
  it('reads Vietnamese from any BCP-47 tag for it, English otherwise', () => {
    expect(langOfTag('vi')).toBe('vi');
    expect(langOfTag('vi-VN')).toBe('vi');
    expect(langOfTag('VI')).toBe('vi');
    expect(langOfTag('vie')).toBe('en');
    expect(langOfTag('en-GB')).toBe('en');
    expect(langOfTag(undefined)).toBe('en');
  });
});

describe('catalogLang', () => {
  /** A catalogue whose framework names `language` and whose programmes have these titles. */
  const catalog = (language: string | undefined, titles: string[]): Catalog => {
    const base = makeCatalog(
      titles.map((_, i) => ({ id: `p${i}`, modules: [{ id: 'm', title: 'x' }] })),
    );
    return {
      ...base,
      framework: { ...base.framework, title: 'F', language },
      programmes: base.programmes.map((p, i) => ({ ...p, title: titles[i] ?? p.title })),
    };
  };

  it("follows the framework's language when it names one", () => {
    expect(catalogLang(catalog('en', ['Sơ cấp lý luận chính trị']))).toBe('en');
    expect(catalogLang(catalog('vi', ['Linear Algebra']))).toBe('vi');
  });

  it('reads Vietnamese titles as Vietnamese, English ones as English, when none is named', () => {
    expect(catalogLang(catalog(undefined, ['Sơ cấp lý luận chính trị', 'Trung cấp']))).toBe('vi');
    expect(catalogLang(catalog(undefined, ['Linear Algebra', 'Calculus']))).toBe('en');
  });

  it('sees Vietnamese written decomposed (NFD) too', () => {
    const nfd = 'Lịch sử Đảng'.normalize('NFD');
    expect(catalogLang(catalog(undefined, [nfd, nfd]))).toBe('vi');
  });
});
