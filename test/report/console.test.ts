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
  it('with --details: the summary, then the findings, each cluster as a table, titles first', () => {
    expect(
      consoleReporter(overlapResult(), { lang: 'en', style: plain, width: 80, details: true }),
    ).toBe(
      [
        'Summary',
        '  2 programmes, 4 modules, 90 periods',
        '  1 cluster of overlapping modules (1 pair)',
        '  the archive holds 30 periods of teaching more than once',
        '  3 warnings',
        '',
        'The plan: what to merge, exempt, retire and align',
        "  1 row; no learners' time a year is counted: the framework gives no learners",
        '  a year for a position whose pathway they shorten.',
        '  1. Exempt: holders of “so-cap” may be exempted, in “trung-cap”, from 1',
        '     module: “Lịch sử Đảng Cộng sản Việt Nam”',
        '     30 periods per learner; how many learners a year is not known',
        '',
        'memory.yaml:1:1  cross-level-repeat  "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap; trung-cap/lich-su-dang) repeats "Lịch sử Đảng Cộng sản Việt Nam" (so-cap; so-cap/lich-su-dang) without progression: 3 of its 3 topics taught again, 0 new; 100% of its content found in the lower module; 40 against 30 periods',
        '    memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
        'notes.yaml:1:1  not-curriculum  no `kind`: skipped (not a curriculum file)',
        '',
        'Cluster 1 · duplicate · 2 modules · 70 periods · 30 periods taught twice',
        '  Shared: Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng chiến',
        '  Where: across levels · similarity min 1.00, mean 1.00 · ★ module to keep',
        '  ┌─────────────────────────────────────┬────────────────────┬─────────┬───────┐',
        '  │ Module                              │ Level              │ Periods │ Score │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │ so-cap             │      30 │  1.00 │',
        '  │ so-cap/lich-su-dang                 │                    │         │       │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ Lịch sử Đảng Cộng sản Việt Nam ★    │ trung-cap          │      40 │     — │',
        '  │ trung-cap/lich-su-dang              │                    │         │       │',
        '  └─────────────────────────────────────┴────────────────────┴─────────┴───────┘',
        '',
      ].join('\n'),
    );
  });

  it('by default: the summary, then the findings grouped by rule, clusters by title', () => {
    expect(consoleReporter(overlapResult(), { lang: 'en', style: plain, width: 80 })).toBe(
      [
        'Summary',
        '  2 programmes, 4 modules, 90 periods',
        '  1 cluster of overlapping modules (1 pair)',
        '  the archive holds 30 periods of teaching more than once',
        '  3 warnings',
        '',
        'The plan: what to merge, exempt, retire and align',
        "  1 row; no learners' time a year is counted: the framework gives no learners",
        '  a year for a position whose pathway they shorten.',
        '  1. Exempt: holders of “so-cap” may be exempted, in “trung-cap”, from 1',
        '     module: “Lịch sử Đảng Cộng sản Việt Nam”',
        '     30 periods per learner; how many learners a year is not known',
        '',
        'Overlapping modules · 1 cluster (module-overlap)',
        '  Cluster 1 · duplicate · 2 modules · 70 periods · 30 periods taught twice',
        '      Lịch sử Đảng Cộng sản Việt Nam · so-cap · 30 periods (so-cap/lich-su-dang)',
        '    ★ Lịch sử Đảng Cộng sản Việt Nam · trung-cap · 40 periods',
        '      (trung-cap/lich-su-dang)',
        '',
        'Repeated at a higher level · 1 finding (cross-level-repeat)',
        '  memory.yaml:1:1  cross-level-repeat',
        '      "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap; trung-cap/lich-su-dang)',
        '      repeats "Lịch sử Đảng Cộng sản Việt Nam" (so-cap; so-cap/lich-su-dang)',
        '      without progression: 3 of its 3 topics taught again, 0 new; 100% of its',
        '      content found in the lower module; 40 against 30 periods',
        '        memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
        '',
        'Not a curriculum file · 1 finding (not-curriculum)',
        '  notes.yaml:1:1  not-curriculum',
        '      no `kind`: skipped (not a curriculum file)',
        '',
        'The whole report (study time by position, every cluster and finding): add',
        '--details',
        '',
      ].join('\n'),
    );
  });

  it('shows the first few of a large group, and says how to see them all', () => {
    const input = overlapResult();
    const many = Array.from({ length: 5 }, (_, i) => ({
      ...(input.findings.find((f) => f.rule === 'not-curriculum') ?? input.findings[0]!),
      file: `notes-${i}.yaml`,
    }));
    const text = consoleReporter(
      { ...input, findings: [...input.findings, ...many] },
      { lang: 'vi', style: plain, width: 80 },
    );
    expect(text).toContain('Không phải tệp chương trình · 6 phát hiện (not-curriculum)');
    expect(text).toContain('  … và 4 phát hiện nữa: xem tất cả với --details\n');
    expect(text.match(/^ {2}notes(-\d)?\.yaml:1:1 {2}not-curriculum$/gm)).toHaveLength(2);
    const en = consoleReporter(
      { ...input, findings: [...input.findings, ...many] },
      { lang: 'en', style: plain, width: 80 },
    );
    expect(en).toContain('  … and 4 more findings: --details shows them all\n');
    // --details lists them all.
    const all = consoleReporter(
      { ...input, findings: [...input.findings, ...many] },
      { lang: 'en', style: plain, width: 80, details: true },
    );
    expect(all.match(/not-curriculum {2}no `kind`/g)).toHaveLength(6);
  });

  it('ends with the findings that fail the check, each at file:line, marked new or changed', () => {
    const input = overlapResult();
    const [repeat, overlap] = [
      input.findings.find((f) => f.rule === 'cross-level-repeat'),
      input.findings.find((f) => f.rule === 'module-overlap'),
    ];
    if (repeat === undefined || overlap === undefined) throw new Error('fixture changed');
    const withBaseline: ReportInput = {
      ...input,
      findings: [repeat, overlap],
      failOn: 'warning',
      baseline: {
        file: 'baseline.json',
        suppressed: 1,
        stale: [],
        changed: [],
        changedFindings: [overlap],
        pruned: 0,
      },
    };
    const vi = consoleReporter(withBaseline, { lang: 'vi', style: plain, width: 80 });
    const tail = vi.slice(vi.indexOf('\n2 phát hiện khiến'));
    expect(tail.split('\n').slice(0, 5)).toEqual([
      '',
      '2 phát hiện khiến lần kiểm tra không đạt (--fail-on warning), chưa được baseline chấp nhận',
      expect.stringMatching(/^memory\.yaml:1:1 {2}cross-level-repeat {2}mới {2}"Lịch sử Đảng/),
      '    memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
      expect.stringMatching(
        /^memory\.yaml:1:1 {2}module-overlap {2}đã thay đổi so với baseline {2}2 mô-đun/,
      ),
    ]);
    // Last, in --details too, and in English.
    const en = consoleReporter(withBaseline, {
      lang: 'en',
      style: plain,
      width: 80,
      details: true,
    });
    expect(en).toMatch(
      /\n2 findings fail the check \(--fail-on warning\), not accepted by the baseline\nmemory\.yaml:1:1 {2}cross-level-repeat {2}new {2}/,
    );
    expect(en).toContain('module-overlap  changed since the baseline  2 modules');
    // Without a baseline: no mark; below the bar, or with none: no section.
    const plainRun = consoleReporter(
      { ...input, failOn: 'warning' },
      { lang: 'en', style: plain, width: 80 },
    );
    expect(plainRun).toContain(
      '\n3 findings fail the check (--fail-on warning)\nmemory.yaml:1:1  cross-level-repeat  "',
    );
    expect(plainRun).not.toContain('  new  ');
    for (const failOn of ['error', 'none'] as const)
      expect(
        consoleReporter({ ...input, failOn }, { lang: 'en', style: plain, width: 80 }),
      ).not.toContain('fail the check');
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
    expect(
      consoleReporter(overlapResult(), { lang: 'vi', style: plain, width: 80, details: true }),
    ).toBe(
      [
        'Tóm tắt',
        '  2 chương trình, 4 mô-đun, 90 tiết',
        '  1 cụm mô-đun trùng lặp (1 cặp)',
        '  30 tiết giảng dạy bị lặp lại giữa các chương trình',
        '  3 cảnh báo',
        '',
        'Đề xuất xử lý nội dung trùng lặp',
        '  1 đề xuất; chưa tính được số giờ học tiết kiệm mỗi năm: khung chương trình',
        '  chưa có số học viên hằng năm của vị trí việc làm nào có lộ trình được rút',
        '  ngắn.',
        '  1. Miễn học: học viên đã hoàn thành “so-cap” có thể được xét miễn 1 mô-đun',
        '     khi học “trung-cap”: “Lịch sử Đảng Cộng sản Việt Nam”',
        '     30 tiết mỗi học viên; chưa có số học viên hằng năm',
        '',
        'memory.yaml:1:1  cross-level-repeat  "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap; trung-cap/lich-su-dang) lặp lại "Lịch sử Đảng Cộng sản Việt Nam" (so-cap; so-cap/lich-su-dang) mà không nâng cao: 3/3 chủ đề được dạy lại, 0 chủ đề mới; 100% nội dung đã có ở mô-đun bậc dưới; 40 so với 30 tiết',
        '    memory.yaml:1:1  Lịch sử Đảng Cộng sản Việt Nam (so-cap/lich-su-dang)',
        'notes.yaml:1:1  not-curriculum  không có khóa `kind`: bỏ qua (không phải tệp chương trình đào tạo)',
        '',
        'Cụm 1 · trùng gần như toàn bộ · 2 mô-đun · 70 tiết · 30 tiết dạy lặp lại',
        '  Nội dung chung: Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng',
        '                  chiến',
        '  Phạm vi: giữa các bậc · độ tương đồng thấp nhất 1,00, trung bình 1,00 · ★',
        '           mô-đun nên giữ',
        '  ┌─────────────────────────────────────┬────────────────────┬─────────┬───────┐',
        '  │ Mô-đun                              │ Bậc                │    Tiết │ Tương │',
        '  │                                     │                    │         │  đồng │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ Lịch sử Đảng Cộng sản Việt Nam      │ so-cap             │      30 │  1,00 │',
        '  │ so-cap/lich-su-dang                 │                    │         │       │',
        '  ├─────────────────────────────────────┼────────────────────┼─────────┼───────┤',
        '  │ Lịch sử Đảng Cộng sản Việt Nam ★    │ trung-cap          │      40 │     — │',
        '  │ trung-cap/lich-su-dang              │                    │         │       │',
        '  └─────────────────────────────────────┴────────────────────┴─────────┴───────┘',
        '',
      ].join('\n'),
    );
    const overview = consoleReporter(overlapResult(), { lang: 'vi', style: plain, width: 80 });
    expect(overview).toContain(
      'Mô-đun trùng lặp · 1 cụm (module-overlap)\n' +
        '  Cụm 1 · trùng gần như toàn bộ · 2 mô-đun · 70 tiết · 30 tiết dạy lặp lại\n' +
        '      Lịch sử Đảng Cộng sản Việt Nam · so-cap · 30 tiết (so-cap/lich-su-dang)\n' +
        '    ★ Lịch sử Đảng Cộng sản Việt Nam · trung-cap · 40 tiết\n',
    );
    expect(overview).toContain('Báo cáo đầy đủ (thời gian học theo vị trí việc làm');
  });

  it('gives a large cluster a line for each group of copies, not one for each copy', () => {
    const text = consoleReporter(copiedArchiveResult(), {
      lang: 'vi',
      style: plain,
      width: 100,
      details: true,
    });
    const start = text.indexOf('Cụm 1');
    const cluster = text.slice(start, text.indexOf('\n\n', start));
    expect(cluster).toContain(
      'Bản sao: 47 mô-đun trong 47 chương trình (quoc-gia-cao, quoc-gia, tinh-00-cao, tinh-00 và 43',
    );
    // ★, the module to keep: the two national modules are alike and as long, so the first by ref.
    expect(cluster).toContain('21 giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao (2 dòng)');
    // Two lines of modules: each national one with its copies.
    expect(cluster.match(/^ {2}│ (quoc-gia|tinh)/gm)).toEqual(['  │ quoc-gia', '  │ quoc-gia']);
    // The title first, the ref under it.
    expect(cluster).toMatch(/│ Lịch sử Đảng Cộng sản Việt Nam ★ +│ two +│ +10 │ +0,85 │/);
    expect(cluster).toMatch(/│ Lịch sử Đảng Cộng sản Việt Nam +│ one +│ +10–12 │ +1,00 │/);
    expect(cluster).toMatch(/│ quoc-gia\/lich-su-dang +│ +│/);
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
    const text = consoleReporter(input, { lang: 'en', style: plain, width: 100, details: true });
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
      details: true,
    });
    expect(terminal).toContain(
      'memory.yaml:1:1  cross-level-repeat\n    "Lịch sử Đảng Cộng sản Việt Nam" (trung-cap;',
    );
    for (const line of terminal.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const piped = consoleReporter(input, { lang: 'en', style: plain, width: 60, details: true });
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
