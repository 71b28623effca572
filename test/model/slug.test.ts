import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugOf } from '../../src/model/slug.js';

describe('slugOf', () => {
  it('turns a Vietnamese title into a slug', () => {
    expect(slugOf('Quản lý nhà nước')).toBe('quan-ly-nha-nuoc');
    expect(slugOf('Đào tạo, bồi dưỡng')).toBe('dao-tao-boi-duong');
    expect(slugOf('Lý luận chính trị - hành chính')).toBe('ly-luan-chinh-tri-hanh-chinh');
  });

  it('handles NFD text the same as NFC', () => {
    expect(slugOf('Quản lý'.normalize('NFD'))).toBe('quan-ly');
  });

  it('lower-cases, joins words with single dashes and trims dashes', () => {
    expect(slugOf('Module_One')).toBe('module-one');
    expect(slugOf('  --Hello,   World!--  ')).toBe('hello-world');
    expect(slugOf('Trung Cấp 2024')).toBe('trung-cap-2024');
  });

  it('gives the empty string when nothing can be kept', () => {
    expect(slugOf('---')).toBe('');
    expect(slugOf('日本語')).toBe('');
  });

  it('always gives a slug or the empty string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugOf(text);
        return slug === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);
      }),
    );
  });
});
