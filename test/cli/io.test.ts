import { describe, expect, it } from 'vitest';
import { UsageError, messageLang } from '../../src/cli/io.js';

describe('messageLang', () => {
  it('takes --lang first, in either spelling', () => {
    expect(messageLang(['analyze', '--lang', 'vi'], { LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(messageLang(['--lang=en'], { LANG: 'vi_VN.UTF-8' })).toBe('en');
  });

  it('then the locale, LC_ALL before LC_MESSAGES before LANG', () => {
    expect(messageLang([], { LANG: 'vi_VN.UTF-8' })).toBe('vi');
    expect(messageLang([], { LC_ALL: 'en_GB.UTF-8', LANG: 'vi_VN.UTF-8' })).toBe('en');
    expect(messageLang([], { LC_MESSAGES: 'vi', LANG: 'C' })).toBe('vi');
    expect(messageLang([], {})).toBe('en');
    expect(messageLang([], { LANG: 'vie' })).toBe('en');
  });
});

describe('UsageError', () => {
  it('carries both languages, and the one to tell it in once known', () => {
    const error = new UsageError({ vi: 'không ghi được', en: 'cannot write' });
    expect(error.message).toBe('cannot write');
    expect(error.lang).toBeUndefined();
    expect(error.in('vi').lang).toBe('vi');
    expect(error.in('vi').text.vi).toBe('không ghi được');
  });
});
