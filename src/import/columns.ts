/** The fields a row of the spreadsheet may give, one per column. */
export type Field =
  | 'programme'
  | 'programmeTitle'
  | 'track'
  | 'level'
  | 'module'
  | 'moduleTitle'
  | 'hours'
  | 'description'
  | 'topics'
  | 'provider';

/** Without these a row cannot make a module of a programme. */
export const requiredFields: readonly Field[] = [
  'programme',
  'track',
  'level',
  'moduleTitle',
  'hours',
];

/**
 * The headers each field is known by, Vietnamese first, as written (the issue's and the
 * offices' words); matched without case or marks, so "MÃ CHƯƠNG TRÌNH" and "ma chuong trinh"
 * are the same header.
 */
export const headers: Readonly<Record<Field, readonly string[]>> = {
  programme: ['Mã chương trình', 'programme', 'program', 'programme id'],
  programmeTitle: ['Tên chương trình', 'programme title', 'program title'],
  track: ['Nhánh', 'track'],
  level: ['Bậc', 'level'],
  module: ['Mã chuyên đề', 'Mã học phần', 'Mã mô-đun', 'module', 'module id'],
  moduleTitle: ['Tên chuyên đề', 'Tên học phần', 'Tên mô-đun', 'module title'],
  hours: ['Số tiết', 'hours', 'periods'],
  description: ['Mô tả', 'description'],
  topics: ['Nội dung', 'topics'],
  provider: ['Cơ sở đào tạo', 'provider'],
};

/** A header as it is compared: no case, no marks (đ as d), spaces and dashes collapsed. */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
}

const fields: readonly Field[] = [
  'programme',
  'programmeTitle',
  'track',
  'level',
  'module',
  'moduleTitle',
  'hours',
  'description',
  'topics',
  'provider',
];
const byKey = new Map<string, Field>(
  fields.flatMap((field) =>
    headers[field].map((name): [string, Field] => [headerKey(name), field]),
  ),
);

/** The field a header names, through `--map` first ("Tên học phần=module title"). */
export function fieldOf(header: string, map: ReadonlyMap<string, string>): Field | undefined {
  const key = headerKey(header);
  const mapped = map.get(key);
  return byKey.get(mapped === undefined ? key : headerKey(mapped));
}

/**
 * `--map` values as header → known header, both compared as `headerKey` does; undefined when
 * one is not "A=B" or B names no field.
 */
export function parseMap(values: readonly string[]): Map<string, string> | { bad: string } {
  const map = new Map<string, string>();
  for (const value of values) {
    const at = value.indexOf('=');
    const [from, to] = [value.slice(0, at).trim(), value.slice(at + 1).trim()];
    if (at < 0 || from === '' || !byKey.has(headerKey(to))) return { bad: value };
    map.set(headerKey(from), to);
  }
  return map;
}
