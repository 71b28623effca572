import { describe, expect, it } from 'vitest';
import { message } from '../../src/messages/catalogue.js';
import { consoleReporter as reporter } from '../../src/report/console.js';
import { type ReportInput, type ReportOptions, joinReport } from '../../src/report/report-input.js';
import { makeStyle, plain } from '../../src/report/style.js';
import { displayWidth } from '../../src/report/table.js';
import { analyze } from '../../src/analysis.js';
import { makeCatalog } from '../helpers/catalog.js';
import {
  copiedArchiveModule,
  copiedArchiveResult,
  invalidResult,
  overlapResult,
  withPairsNotListed,
} from './fixtures.js';

const consoleReporter = (input: ReportInput, options: ReportOptions) =>
  joinReport(reporter(input, options));

describe('console reporter', () => {
  it('prints the findings, each cluster as a table, and a summary', () => {
    expect(consoleReporter(overlapResult(), { lang: 'en', style: plain, width: 80 })).toBe(
      [
        'memory.yaml:1:1  cross-level-repeat  "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap; trung-cap/lich-su-dang) repeats "Lịch sử Đảng Cộng sản Việt Nam" (so-cap; so-cap/lich-su-dang) without progression: 3 of its 3 topics taught again, 0 new; 100% of its content found in the lower module; 40 against 30 periods',
        '    memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
        'notes.yaml:1:1  not-curriculum  no `kind`: skipped (not a curriculum file)',
        '',
        'Cluster 1 · duplicate · 2 modules · 70 periods · saves ~30 periods',
        '  Shared: Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng chiến',
        '  Where: across levels · cohesion min 1.00, mean 1.00 · ★ representative',
        '  ┌─────────────────────────────────────┬────────────────────┬─────────┬───────┐',
        '  │ Module                              │ Level              │ Periods │ Score │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ so-cap/lich-su-dang ★               │ so-cap             │      30 │     — │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │                    │         │       │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ trung-cap/lich-su-dang              │ trung-cap          │      40 │  1.00 │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │                    │         │       │',
        '  └─────────────────────────────────────┴────────────────────┴─────────┴───────┘',
        '',
        'Summary',
        '  2 programmes, 4 modules, 90 periods',
        '  1 cluster of overlapping modules (1 pair)',
        '  merging them saves an estimated 30 periods',
        '  the archive holds 30 periods of teaching more than once',
        '  3 warnings',
        '',
      ].join('\n'),
    );
  });

  it('prints invalid input as validate does on a terminal: wrapped, with a code frame', () => {
    const sourceLines = (file: string, line: number) =>
      file === 'programmes/so-cap.yaml' && line === 7 ? '  - id: lich-su-dang' : undefined;
    expect(
      consoleReporter(invalidResult(), { lang: 'en', style: plain, width: 80, sourceLines }),
    ).toBe(
      [
        'programmes/so-cap.yaml:7:5  schema',
        '    modules[0] is missing required property "hours"',
        '    7 |   - id: lich-su-dang',
        '      |     ^',
        '      framework.yaml:3:1  the framework',
        '✖ 2 files, 0 programmes, 0 modules, 0 periods: 1 error',
        '',
      ].join('\n'),
    );
  });

  it('speaks Vietnamese to Vietnamese readers: tiết, 1,00, Vietnamese labels throughout', () => {
    expect(consoleReporter(overlapResult(), { lang: 'vi', style: plain, width: 80 })).toBe(
      [
        'memory.yaml:1:1  cross-level-repeat  "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap; trung-cap/lich-su-dang) lặp lại "Lịch sử Đảng Cộng sản Việt Nam" (so-cap; so-cap/lich-su-dang) mà không nâng cao: 3/3 chủ đề được dạy lại, 0 chủ đề mới; 100 % nội dung đã có ở mô-đun bậc dưới; 40 so với 30 tiết',
        '    memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
        'notes.yaml:1:1  not-curriculum  không có khóa `kind`: bỏ qua (không phải tệp chương trình đào tạo)',
        '',
        'Cụm 1 · trùng lặp · 2 mô-đun · 70 tiết · tiết kiệm ~30 tiết',
        '  Nội dung chung: Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng',
        '                  chiến',
        '  Phạm vi: giữa các bậc · độ gắn kết thấp nhất 1,00, trung bình 1,00 · ★ mô-đun',
        '           đại diện',
        '  ┌─────────────────────────────────────┬────────────────────┬─────────┬───────┐',
        '  │ Mô-đun                              │ Bậc                │    Tiết │  Điểm │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ so-cap/lich-su-dang ★               │ so-cap             │      30 │     — │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │                    │         │       │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ trung-cap/lich-su-dang              │ trung-cap          │      40 │  1,00 │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │                    │         │       │',
        '  └─────────────────────────────────────┴────────────────────┴─────────┴───────┘',
        '',
        'Tóm tắt',
        '  2 chương trình, 4 mô-đun, 90 tiết',
        '  1 cụm mô-đun trùng lặp hoặc chồng lấn (1 cặp)',
        '  gộp các mô-đun này lại ước tiết kiệm 30 tiết',
        '  30 tiết nội dung giảng dạy có trong kho nhiều hơn một lần',
        '  3 cảnh báo',
        '',
      ].join('\n'),
    );
  });

  it('gives a large cluster a line for each group of copies, not one for each copy', () => {
    const text = consoleReporter(copiedArchiveResult(), { lang: 'vi', style: plain, width: 100 });
    const start = text.indexOf('Cụm 1');
    const cluster = text.slice(start, text.indexOf('\n\n', start));
    expect(cluster).toContain(
      'Bản sao: 47 mô-đun trong 47 chương trình (quoc-gia, quoc-gia-cao, tinh-00-cao, tinh-00 và 43',
    );
    expect(cluster).toContain('24 giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao (2 dòng)');
    // Two lines of modules: the national one with its copies, the level above with its own.
    expect(cluster.match(/^ {2}│ (quoc-gia|tinh)/gm)).toEqual(['  │ quoc-gia', '  │ quoc-gia']);
    expect(cluster).toMatch(/│ quoc-gia\/lich-su-dang ★ +│ one +│ +10–12 │ +1,00 │/);
    expect(cluster).toMatch(/│ cùng 24 bản sao \(24 giống hệt\) +│/);
    expect(cluster).toMatch(/│ cùng 21 bản sao \(21 giống hệt\) +│/);
  });

  it('counts a large cluster’s lines and copies as English counts them, one line and many', () => {
    // A national module and 21 identical copies: a cluster of 22 in one group of copies.
    const catalog = makeCatalog([
      { id: 'quoc-gia', modules: [copiedArchiveModule] },
      ...Array.from({ length: 21 }, (_, i) => ({
        id: `tinh-${String(i).padStart(2, '0')}`,
        provider: `truong-${i}`,
        modules: [copiedArchiveModule],
      })),
    ]);
    const analysis = analyze(catalog, []);
    const input = {
      analysis,
      findings: analysis.findings,
      stats: { files: 22, programmes: 22, modules: 22, hours: 220 },
      skipped: [],
    };
    const text = consoleReporter(input, { lang: 'en', style: plain, width: 100 });
    expect(text.replace(/\s+/g, ' ')).toContain(
      '21 identical to ★; below, one line for each group of copies (1 line)',
    );
    expect(text).toMatch(/│ and 21 copies \(21 identical\) +│/);
  });

  it('fits clusters and summary to the width it is given, colour or not', () => {
    // Finding lines stay whole (`path:line:column  rule  message`, for editors and CI logs).
    for (const style of [plain, makeStyle(true)]) {
      const full = consoleReporter(overlapResult(), { lang: 'en', style, width: 60 });
      expect(full).toContain('Cluster 1');
      const out = full.slice(full.indexOf('Cluster 1'));
      // eslint-disable-next-line no-control-regex -- colour sequences are not columns
      for (const line of out.replace(/\u001b\[\d+m/g, '').split('\n'))
        expect(displayWidth(line)).toBeLessThanOrEqual(60);
    }
  });

  it('shows control characters from the data as escapes, never raw', () => {
    const out = consoleReporter(
      invalidResult(
        message('common.verbatim', { text: 'title \u001b]0;PWNED\u0007\u001b[2J\r\nforged' }),
      ),
      { lang: 'en', style: plain, width: 80 },
    );
    expect(out).toContain('title \\u001b]0;PWNED\\u0007\\u001b[2J\\u000d\\u000aforged');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('findings on a terminal', () => {
  it('wrap each message under its place, and keep one line a finding elsewhere', () => {
    const input = overlapResult();
    const terminal = consoleReporter(input, {
      lang: 'en',
      style: plain,
      width: 60,
      sourceLines: () => undefined,
    });
    expect(terminal).toContain(
      'memory.yaml:1:1  cross-level-repeat\n    "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap;',
    );
    for (const line of terminal.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const piped = consoleReporter(input, { lang: 'en', style: plain, width: 60 });
    expect(piped).toContain(
      'memory.yaml:1:1  cross-level-repeat  "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap;',
    );
  });
});

describe('console summary, pairs found and not listed', () => {
  it('counts them beside the pairs listed, in both languages', () => {
    const input = overlapResult();
    const hidden = withPairsNotListed(1234);
    const options = { style: plain, width: 80 } as const;
    expect(consoleReporter(hidden, { ...options, lang: 'vi' })).toMatch(
      /cặp; 1\.234 cặp khác không liệt kê\)/,
    );
    expect(consoleReporter(hidden, { ...options, lang: 'en' })).toMatch(
      /pairs?; 1,234 pairs not listed\)/,
    );
    expect(consoleReporter(input, { ...options, lang: 'en' })).not.toContain('not listed');
  });
});
