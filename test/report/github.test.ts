import { bilingual } from '../helpers/bilingual.js';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { Lang } from '../../src/model/lang.js';
import { annotation, escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import { type ReportInput, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';

const overlap: Finding = {
  rule: 'module-overlap',
  severity: 'warning',
  message: bilingual(
    '2 mô-đun dạy cùng một nội dung: so-cap/lich-su, trung-cap/lich-su',
    '2 modules teach the same content: so-cap/lich-su, trung-cap/lich-su',
  ),
  file: 'programmes/so-cap.yaml',
  line: 12,
  column: 5,
  related: [
    {
      file: 'programmes/trung-cap.yaml',
      line: 30,
      column: 7,
      message: bilingual('trung-cap/lich-su: Lịch sử Đảng', 'trung-cap/lich-su: Party history'),
    },
  ],
};

const syntax: Finding = {
  rule: 'yaml-syntax',
  severity: 'error',
  message: bilingual('thiếu dấu hai chấm', 'a colon is missing'),
  file: 'programmes/a, b: c.yaml',
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 8,
};

const note: Finding = {
  rule: 'redundant-prerequisite',
  severity: 'info',
  message: bilingual('có thể bỏ yêu cầu thứ hai', 'the second requirement can go'),
  file: 'programmes/so-cap.yaml',
  line: 40,
  column: 9,
};

const input = (findings: readonly Finding[]): ReportInput => ({
  analysis: undefined,
  findings,
  stats: { files: 2, programmes: 2, modules: 4, hours: 90 },
  skipped: [],
});

const report = (findings: readonly Finding[], lang: Lang = 'vi') =>
  joinReport(githubReporter(input(findings), { lang, style: plain, width: 80 }));

describe('github reporter', () => {
  it('writes one workflow command a finding, then a summary, in Vietnamese', () => {
    expect(report([overlap, syntax, note])).toBe(
      [
        '::warning file=programmes/so-cap.yaml,line=12,col=5,title=Mô-đun trùng lặp (module-overlap)' +
          '::2 mô-đun dạy cùng một nội dung: so-cap/lich-su, trung-cap/lich-su' +
          '%0Aprogrammes/trung-cap.yaml:30:7  trung-cap/lich-su: Lịch sử Đảng',
        '::error file=programmes/a%2C b%3A c.yaml,line=3,col=1,endLine=3,endColumn=8,title=Lỗi cú pháp YAML (yaml-syntax)' +
          '::thiếu dấu hai chấm',
        '::notice file=programmes/so-cap.yaml,line=40,col=9,title=Điều kiện tiên quyết thừa (redundant-prerequisite)' +
          '::có thể bỏ yêu cầu thứ hai',
        'curriculum-dedup: 3 phát hiện (1 lỗi, 1 cảnh báo, 1 lưu ý)',
        '',
      ].join('\n'),
    );
  });

  it('speaks English when asked', () => {
    const lines = report([overlap, overlap, note], 'en').split('\n');
    expect(lines[0]).toMatch(
      /^::warning .*title=Overlapping modules \(module-overlap\)::2 modules/,
    );
    expect(lines[2]).toContain('title=Redundant prerequisite (redundant-prerequisite)::the second');
    expect(lines[3]).toBe('curriculum-dedup: 3 findings (2 warnings, 1 note)');
  });

  it('says so when there is nothing to report', () => {
    expect(report([])).toBe('curriculum-dedup: không có phát hiện nào\n');
    expect(report([], 'en')).toBe('curriculum-dedup: no findings\n');
  });

  it('escapes data and properties as the runner unescapes them', () => {
    expect(escapeData('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab:c,d');
    expect(escapeProperty('50% a\r\nb:c,d')).toBe('50%25 a%0D%0Ab%3Ac%2Cd');
    // `%` first: an escape already in the text stays text.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('keeps every command on one line and shows control characters as escapes', () => {
    const hostile: Finding = {
      ...syntax,
      file: 'a\nb.yaml',
      message: bilingual('một\r\n::error::giả\u001b[31m đỏ \u202eabc', 'x'),
      related: [
        {
          file: 'c.yaml',
          line: 1,
          column: 1,
          message: bilingual('y\nz', 'y'),
        },
      ],
    };
    const line = annotation(hostile, 'vi');
    for (const raw of ['\r', '\n', '\u001b', '\u202e']) expect(line).not.toContain(raw);
    expect(line).toBe(
      '::error file=a\\u000ab.yaml,line=3,col=1,endLine=3,endColumn=8,title=Lỗi cú pháp YAML (yaml-syntax)' +
        '::một\\u000d\\u000a::error::giả\\u001b[31m đỏ \\u202eabc%0Ac.yaml:1:1  y\\u000az',
    );
  });

  it('leaves out the place of a finding before the first line, and names an unknown rule by id', () => {
    const odd: Finding = { ...note, rule: 'future,rule', line: 0, column: 0 };
    expect(annotation(odd, 'en')).toBe(
      '::notice file=programmes/so-cap.yaml,title=future%2Crule::the second requirement can go',
    );
  });
});
