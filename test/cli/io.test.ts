import { describe, expect, it } from 'vitest';
import { UsageError, messageLang } from '../../src/cli/io.js';
import { message, render } from '../../src/messages/catalogue.js';

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
  it('carries its message, and the language to tell it in once known', () => {
    const problem = message('cli.format.no-file', { spec: 'json=' });
    const error = new UsageError(problem);
    expect(error.message).toBe('--format json=: no file after "="');
    expect(error.lang).toBeUndefined();
    expect(error.in('vi').lang).toBe('vi');
    expect(error.in('vi').problem).toEqual(problem);
    expect(render(error.in('vi').problem, 'vi')).toBe('--format json=: thiếu tên tệp sau "="');
  });
});
