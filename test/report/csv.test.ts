import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import type { Catalog } from '../../src/model/catalog.js';
import type { Lang } from '../../src/model/lang.js';
import { csvReporter, field, text } from '../../src/report/csv.js';
import { type ReportInput, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { makeCatalog } from '../helpers/catalog.js';
import { parseCsv } from '../helpers/csv.js';

const party = {
  id: 'lich-su-dang',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  hours: 30,
  topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến', 'Đổi mới'],
};

/** Two programmes of one track sharing a module, one level apart, with the framework's titles. */
function catalog(periodMinutes = 45): Catalog {
  const base = makeCatalog([
    { id: 'so-cap', track: 'llct', level: 'so-cap', modules: [party] },
    {
      id: 'trung-cap',
      track: 'llct',
      level: 'trung-cap',
      modules: [
        { ...party, hours: 40.5 },
        { id: 'phap-luat', title: 'Pháp luật', hours: 12 },
      ],
    },
  ]);
  const levelTitles: Record<string, string> = {
    'llct/so-cap': 'Sơ cấp lý luận chính trị',
    'llct/trung-cap': 'Trung cấp lý luận chính trị',
  };
  const levels = new Map(
    [...base.levels].map(([ref, l]) => [ref, { ...l, title: levelTitles[ref] ?? l.title }]),
  );
  return {
    ...base,
    framework: { ...base.framework, periodMinutes },
    tracks: base.tracks.map((t) => ({ ...t, title: 'Lý luận chính trị' })),
    levels,
    programmes: base.programmes.map((p) => ({
      ...p,
      title: p.id === 'so-cap' ? 'Chương trình sơ cấp' : 'Chương trình "trung cấp", tập trung',
    })),
  };
}

const input = (c: Catalog = catalog()): ReportInput => ({
  analysis: analyze(c, []),
  findings: [],
  stats: { files: 3, programmes: 2, modules: 3, hours: 82.5 },
  skipped: [],
});

const report = (i: ReportInput = input(), lang: Lang = 'vi') =>
  joinReport(csvReporter(i, { lang, style: plain, width: 80 }));

describe('csv reporter', () => {
  it('starts with a byte order mark and a Vietnamese header, one row per overlap', () => {
    const csv = report();
    expect(csv.startsWith('\uFEFFMô-đun A,Tên mô-đun A,')).toBe(true);
    expect(csv).toContain(',"Chương trình ""trung cấp"", tập trung",');
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'Mô-đun A',
      'Tên mô-đun A',
      'Chương trình A',
      'Nhánh A',
      'Bậc A',
      'Số tiết A',
      'Mô-đun B',
      'Tên mô-đun B',
      'Chương trình B',
      'Nhánh B',
      'Bậc B',
      'Số tiết B',
      'Độ tương đồng',
      'Loại',
      'Phạm vi',
      'Số tiết học lặp lại',
      'Nội dung chung',
    ]);
    expect(rows.slice(1)).toEqual([
      [
        'so-cap/lich-su-dang',
        'Lịch sử Đảng Cộng sản Việt Nam',
        'Chương trình sơ cấp',
        'Lý luận chính trị',
        'Sơ cấp lý luận chính trị',
        '30',
        'trung-cap/lich-su-dang',
        'Lịch sử Đảng Cộng sản Việt Nam',
        'Chương trình "trung cấp", tập trung',
        'Lý luận chính trị',
        'Trung cấp lý luận chính trị',
        '40.5',
        '1',
        'trùng gần như toàn bộ',
        'giữa các bậc',
        '30',
        'Lịch sử Đảng Cộng sản Việt Nam; Đảng ra đời; Lãnh đạo kháng chiến; Đổi mới',
      ],
    ]);
  });

  it('writes English labels and the same machine-readable numbers in English', () => {
    const rows = parseCsv(report(input(), 'en').slice(1));
    expect(rows[0]?.slice(0, 6)).toEqual([
      'Module A',
      'Module A title',
      'Programme A',
      'Track A',
      'Level A',
      'Periods A',
    ]);
    expect(rows[0]?.slice(12)).toEqual([
      'Score',
      'Kind',
      'Scope',
      'Periods sat twice',
      'Shared content',
    ]);
    expect(rows[1]?.slice(11, 16)).toEqual(['40.5', '1', 'duplicate', 'across levels', '30']);
  });

  it('names the unit as the data has it: giờ for periods of 60 minutes', () => {
    const rows = parseCsv(report(input(catalog(60))).slice(1));
    expect(rows[0]).toContain('Số giờ A');
    expect(rows[0]).toContain('Số giờ học lặp lại');
    expect(parseCsv(report(input(catalog(60)), 'en').slice(1))[0]).toContain('Hours B');
  });

  it('quotes as RFC 4180 says and uses CRLF line ends', () => {
    expect(field('a,b')).toBe('"a,b"');
    expect(field('say "hi"')).toBe('"say ""hi"""');
    expect(field('a\nb')).toBe('"a\nb"');
    expect(field('a\rb')).toBe('"a\rb"');
    expect(field('plain text')).toBe('plain text');
    const csv = report();
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('makes text that a spreadsheet would run as a formula inert', () => {
    for (const danger of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=1'])
      expect(text(danger).startsWith("'")).toBe(true);
    expect(text('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(text('Lịch sử - Đảng')).toBe('Lịch sử - Đảng');
    // Control characters are shown, never written raw.
    expect(text('a\u001b[31mb\u202e')).toBe('a\\u001b[31mb\\u202e');
    expect(text('\r=1')).toBe('\\u000d=1');
  });

  it('writes only the header when the input is invalid', () => {
    const csv = report({ analysis: undefined, findings: [], stats: input().stats, skipped: [] });
    expect(parseCsv(csv.slice(1))).toHaveLength(1);
  });

  it('is deterministic', () => {
    expect(report()).toBe(report());
  });
});
