import { describe, expect, it } from 'vitest';
import { consoleReporter as reporter } from '../../src/report/console.js';
import { type ReportInput, type ReportOptions, joinReport } from '../../src/report/report-input.js';
import { makeStyle, plain } from '../../src/report/style.js';
import { displayWidth } from '../../src/report/table.js';
import { invalidResult, overlapResult } from './fixtures.js';

const consoleReporter = (input: ReportInput, options: ReportOptions) =>
  joinReport(reporter(input, options));

describe('console reporter', () => {
  it('prints the findings, each cluster as a table, and a summary', () => {
    expect(consoleReporter(overlapResult(), { style: plain, width: 80 })).toBe(
      [
        'memory.yaml:1:1  cross-level-repeat  "trung-cap/lich-su-dang" (trung-cap) repeats "so-cap/lich-su-dang" (so-cap) without progression: 3 of its 3 topics taught again, 0 new; 100 % of its content found in the lower module; 40 against 30 hours',
        '    memory.yaml:1:1  so-cap/lich-su-dang: Lịch sử Đảng Cộng sản Việt Nam',
        'notes.yaml:1:1  not-curriculum  no `kind`: skipped (not a curriculum file)',
        '',
        'Cluster 1 · duplicate · 2 modules · 70 hours · saves ~30 hours',
        '  Shared: Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng chiến',
        '  Where: across levels · cohesion min 1.00, mean 1.00 · ★ representative',
        '  ┌─────────────────────────────────────────┬──────────────────┬───────┬───────┐',
        '  │ Module                                  │ Track / level    │ Hours │ Score │',
        '  ├─────────────────────────────────────────┼──────────────────┼───────┼───────┤',
        '  │ so-cap/lich-su-dang ★                   │ t / so-cap       │    30 │     — │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam          │                  │       │       │',
        '  ├─────────────────────────────────────────┼──────────────────┼───────┼───────┤',
        '  │ trung-cap/lich-su-dang                  │ t / trung-cap    │    40 │  1.00 │',
        '  │ Lịch sử Đảng Cộng sản Việt Nam          │                  │       │       │',
        '  └─────────────────────────────────────────┴──────────────────┴───────┴───────┘',
        '',
        'Summary',
        '  2 programmes, 4 modules, 90 hours',
        '  1 cluster of overlapping modules (1 pair)',
        '  merging them saves an estimated 30 hours',
        '  the archive holds 30 teaching hours more than once',
        '  3 problems (3 warnings)',
        '',
      ].join('\n'),
    );
  });

  it('prints invalid input as validate does, with a code frame where a source line is at hand', () => {
    const sourceLines = (file: string, line: number) =>
      file === 'programmes/so-cap.yaml' && line === 7 ? '  - id: lich-su-dang' : undefined;
    expect(consoleReporter(invalidResult(), { style: plain, width: 80, sourceLines })).toBe(
      [
        'programmes/so-cap.yaml:7:5  schema  modules[0] is missing required property "hours"',
        '    7 |   - id: lich-su-dang',
        '      |     ^',
        '    framework.yaml:3:1  the framework',
        '✖ 2 files, 0 programmes, 0 modules, 0 hours: 1 problem (1 error)',
        '',
      ].join('\n'),
    );
  });

  it('fits clusters and summary to the width it is given, colour or not', () => {
    // Finding lines stay whole (`path:line:column  rule  message`, for editors and CI logs).
    for (const style of [plain, makeStyle(true)]) {
      const full = consoleReporter(overlapResult(), { style, width: 60 });
      expect(full).toContain('Cluster 1');
      const out = full.slice(full.indexOf('Cluster 1'));
      // eslint-disable-next-line no-control-regex -- colour sequences are not columns
      for (const line of out.replace(/\u001b\[\d+m/g, '').split('\n'))
        expect(displayWidth(line)).toBeLessThanOrEqual(60);
    }
  });

  it('shows control characters from the data as escapes, never raw', () => {
    const out = consoleReporter(invalidResult('title \u001b]0;PWNED\u0007\u001b[2J\r\nforged'), {
      style: plain,
      width: 80,
    });
    expect(out).toContain('title \\u001b]0;PWNED\\u0007\\u001b[2J\\u000d\\u000aforged');
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});
