import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, mermaidLabel } from '../../src/report/markdown-escape.js';

const zwnj = '\u200c';

describe('escapeMarkdown', () => {
  it('leaves plain Vietnamese text as it is', () => {
    expect(escapeMarkdown('Lịch sử Đảng Cộng sản Việt Nam, 1930–1945 (phần 1)')).toBe(
      'Lịch sử Đảng Cộng sản Việt Nam, 1930–1945 (phần 1)',
    );
  });

  it('escapes the punctuation markdown acts on', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('*đậm* _nghiêng_ ~~gạch~~')).toBe(
      '\\*đậm\\* \\_nghiêng\\_ \\~\\~gạch\\~\\~',
    );
    expect(escapeMarkdown('[bấm](javascript:alert(1))')).toBe('\\[bấm\\](javascript:alert(1))');
    expect(escapeMarkdown('`mã` ```')).toBe('\\`mã\\` \\`\\`\\`');
    expect(escapeMarkdown('$x^2$')).toBe('\\$x^2\\$');
    expect(escapeMarkdown('C:\\thư mục')).toBe('C:\\\\thư mục');
  });

  it('turns HTML into entities, so that no renderer runs it', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe(
      '&lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeMarkdown('A & B &amp; C')).toBe('A &amp; B &amp;amp; C');
  });

  it('starts no heading, list or numbered item', () => {
    expect(escapeMarkdown('# Tiêu đề')).toBe('\\# Tiêu đề');
    expect(escapeMarkdown('- mục')).toBe('\\- mục');
    expect(escapeMarkdown('+ mục')).toBe('\\+ mục');
    expect(escapeMarkdown('=====')).toBe('\\=====');
    expect(escapeMarkdown('1. mục')).toBe('1\\. mục');
    expect(escapeMarkdown('2) mục')).toBe('2\\) mục');
    expect(escapeMarkdown('> trích')).toBe('&gt; trích');
  });

  it('pings nobody and links no address', () => {
    expect(escapeMarkdown('@octocat và @github/security')).toBe(
      `@${zwnj}octocat và @${zwnj}github/security`,
    );
    expect(escapeMarkdown('xem https://example.com, www.example.com')).toBe(
      'xem https\\://example.com, www\\.example.com',
    );
  });

  it('keeps the text on one line and shows control characters as escapes', () => {
    expect(escapeMarkdown('dòng một\r\ndòng hai\rba\nbốn\tnăm')).toBe(
      'dòng một dòng hai ba bốn năm',
    );
    expect(escapeMarkdown('\u001b[31mĐỎ')).toBe('\\\\u001b\\[31mĐỎ');
    expect(escapeMarkdown('tệp\u202egpj.exe')).toBe('tệp\\\\u202egpj.exe');
  });

  it('never lets a table cell break, HTML open or a mention form, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = escapeMarkdown(text);
        // Every pipe is escaped (preceded by an odd number of backslashes).
        expect(out.replace(/\\\\/g, '').replace(/\\\|/g, '')).not.toContain('|');
        expect(out).not.toMatch(/[<>\r\n\u2028\u2029]/);
        expect(out).not.toMatch(/@(?!\u200c)/);
        // eslint-disable-next-line no-control-regex -- the test looks for control characters
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });
});

describe('escapeHtml', () => {
  it('writes HTML text: entities for its special characters, nobody pinged, one line', () => {
    expect(escapeHtml(`<b>"Đảng"</b> & 'x' @ai\nhai`)).toBe(
      `&lt;b&gt;&quot;Đảng&quot;&lt;/b&gt; &amp; &#39;x&#39; @${zwnj}ai hai`,
    );
  });

  it('leaves markdown punctuation alone: markdown is not read inside HTML', () => {
    expect(escapeHtml('*a* _b_ |c|')).toBe('*a* _b_ |c|');
  });
});

describe('mermaidLabel', () => {
  it("uses Mermaid's entity codes for every character that could end or change a label", () => {
    expect(mermaidLabel('Ngạch "chuyên viên"')).toBe('Ngạch #quot;chuyên viên#quot;');
    expect(mermaidLabel('<b>x</b> & y')).toBe('#lt;b#gt;x#lt;/b#gt; #amp; y');
    expect(mermaidLabel('%%{init: {}}%% ```')).toBe('#37;#37;{init: {}}#37;#37; #96;#96;#96;');
    expect(mermaidLabel('C# #quot;')).toBe('C#35; #35;quot;');
    expect(mermaidLabel('một\ndòng')).toBe('một dòng');
  });

  it('leaves no quote, backtick, angle bracket or line break, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(mermaidLabel(text)).not.toMatch(/["`<>%\r\n]/);
      }),
    );
  });
});
