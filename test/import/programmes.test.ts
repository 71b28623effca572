import { describe, expect, it } from 'vitest';
import { render } from '../../src/messages/catalogue.js';
import { hoursOf, importProgrammes } from '../../src/import/programmes.js';
import type { Sheet } from '../../src/import/table.js';
import { parseMap } from '../../src/import/columns.js';

const here = { file: 'framework.yaml', line: 1, column: 1 };
const catalog = {
  tracks: [
    {
      id: 'llct',
      title: 'Lý luận chính trị',
      location: here,
      levels: [
        {
          ref: 'llct/so-cap',
          track: 'llct',
          id: 'so-cap',
          title: 'Sơ cấp lý luận chính trị',
          rank: 0,
          location: here,
        },
        {
          ref: 'llct/trung-cap',
          track: 'llct',
          id: 'trung-cap',
          title: 'Trung cấp lý luận chính trị',
          rank: 1,
          location: here,
        },
      ],
    },
  ],
};

const sheet = (rows: string[][]): Sheet => ({
  name: 'Sheet1',
  rows: rows.map((cells, i) => ({ sheet: 'Sheet1', row: i + 1, cells })),
});
const head = [
  'MÃ CHƯƠNG TRÌNH',
  'Tên chương trình',
  'nhanh',
  'Bậc',
  'Tên chuyên đề',
  'Số tiết',
  'Nội dung',
];

describe('importProgrammes', () => {
  it('reads headers without case or marks, titles for ids, and carries merged cells down', () => {
    const result = importProgrammes(
      [
        sheet([
          head,
          [
            'tc',
            'Trung cấp',
            'Lý luận chính trị',
            'trung cap ly luan chinh tri',
            'Triết học',
            '60',
            'a; b',
          ],
          ['', '', '', '', 'Triết học', '4,5', '- c\n- d'],
        ]),
      ],
      catalog,
      new Map(),
    );
    expect(result.problems).toEqual([]);
    expect(result.programmes).toEqual([
      expect.objectContaining({
        id: 'tc',
        title: 'Trung cấp',
        track: 'llct',
        level: 'trung-cap',
        hours: 64.5,
        rows: [2, 3],
        modules: [
          expect.objectContaining({ id: 'triet-hoc', hours: 60, topics: ['a', 'b'] }),
          expect.objectContaining({ id: 'triet-hoc-2', hours: 4.5, topics: ['c', 'd'] }),
        ],
      }),
    ]);
  });

  it('names a row it cannot read by sheet and row, and leaves its programme out whole', () => {
    const result = importProgrammes(
      [
        sheet([
          head,
          ['tc', 'Trung cấp', 'llct', 'trung-cap', 'Triết học', '60', ''],
          ['', '', '', '', 'Kinh tế', 'sáu mươi', ''],
          ['sc', 'Sơ cấp', 'llct', 'so-capp', 'Lịch sử Đảng', '20', ''],
          ['x', 'X', 'llct', 'so-cap', '', '20', ''],
        ]),
      ],
      catalog,
      new Map(),
    );
    expect(result.programmes).toEqual([]);
    expect(result.leftOut).toEqual(['sc', 'tc', 'x']);
    expect(result.problems.map((p) => render(p, 'vi'))).toEqual([
      'Sheet1, dòng 3: “Số tiết” phải là một số, ví dụ 45 hoặc 4,5, không phải “sáu mươi”',
      'Sheet1, dòng 4: nhánh llct không có bậc “so-capp”; có phải là “so-cap”?',
      'Sheet1, dòng 5: thiếu tên chuyên đề (“Tên chuyên đề”)',
    ]);
  });

  it('maps other headers with --map, and says which columns are missing', () => {
    const map = parseMap(['Tên học phần=module title', 'Thời lượng=hours']);
    if ('bad' in map) throw new Error('map refused');
    const renamed = [...head.slice(0, 4), 'Tên học phần', 'Thời lượng'];
    const ok = importProgrammes(
      [sheet([renamed, ['tc', 'T', 'llct', 'so-cap', 'Lịch sử', '10']])],
      catalog,
      map,
    );
    expect(ok.programmes).toHaveLength(1);
    const missing = importProgrammes([sheet([renamed])], catalog, new Map());
    expect(render(missing.problems[0]!, 'en')).toMatch(
      /^Sheet1: no column for “Số tiết” \(the header row has /,
    );
    expect(parseMap(['no equals sign'])).toEqual({ bad: 'no equals sign' });
  });

  it('takes hours as a spreadsheet writes them, and nothing else', () => {
    expect(['45', '4,5', '4.5', ' 12 '].map(hoursOf)).toEqual([45, 4.5, 4.5, 12]);
    expect(['sáu mươi', '45 tiết', '0', '-3', ''].map(hoursOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
