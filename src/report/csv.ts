import { programmesById } from '../model/lookup.js';
import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../model/local-text.js';
import type { SavedOverlap } from '../savings/overlap-savings.js';
import { type ReportInput, type ReportOptions, type Reporter, dataUnit } from './report-input.js';
import { kindWords, scopeWords } from './overlap-words.js';
import { visible } from './visible.js';

/**
 * One row per overlapping pair, for spreadsheets: RFC 4180 (commas, CRLF, quoted fields) with a
 * UTF-8 byte order mark so that Excel reads Vietnamese as Vietnamese. Labels follow the
 * reader's language; numbers do not: `.` decimals and no grouping, so every spreadsheet and
 * script reads them as numbers.
 */
export const csvReporter: Reporter = (input: ReportInput, options: ReportOptions) => {
  const a = input.analysis;
  const unit = dataUnit(input);
  const rows = [header(options.lang, unit.vi, unit.en)];
  if (a) {
    const cells = moduleCells(a.catalog);
    for (const o of a.overlap.overlaps) rows.push(row(o, cells, options.lang));
  }
  return ['\uFEFF' + rows.map((r) => r.map(field).join(',') + '\r\n').join('')];
};

function header(lang: Lang, unitVi: string, unitEn: readonly [string, string]): string[] {
  const plural = unitEn[1].charAt(0).toUpperCase() + unitEn[1].slice(1);
  const side = (s: 'A' | 'B') =>
    lang === 'vi'
      ? [
          `Mô-đun ${s}`,
          `Tên mô-đun ${s}`,
          `Chương trình ${s}`,
          `Nhánh ${s}`,
          `Bậc ${s}`,
          `Số ${unitVi} ${s}`,
        ]
      : [
          `Module ${s}`,
          `Module ${s} title`,
          `Programme ${s}`,
          `Track ${s}`,
          `Level ${s}`,
          `${plural} ${s}`,
        ];
  const rest =
    lang === 'vi'
      ? ['Điểm', 'Loại', 'Phạm vi', `Số ${unitVi} giảm được`, 'Nội dung chung']
      : ['Score', 'Kind', 'Scope', `${plural} saved`, 'Shared content'];
  return [...side('A'), ...side('B'), ...rest];
}

function row(o: SavedOverlap, cells: (ref: string) => string[], lang: Lang): string[] {
  return [
    ...cells(o.a),
    ...cells(o.b),
    number(o.score),
    kindWords[o.kind][lang],
    scopeWords[o.scope][lang],
    number(o.hoursSaved),
    text(o.shared.join('; ')),
  ];
}

/**
 * A module's cells: ref, title, its programme's, track's and level's titles, hours; blank where
 * the catalogue has none.
 */
function moduleCells(catalog: Catalog): (ref: string) => string[] {
  const programmes = programmesById(catalog);
  const tracks = new Map(catalog.tracks.map((t) => [t.id, t]));
  return (ref) => {
    const m = catalog.moduleByRef.get(ref);
    const p = m && programmes.get(m.programme);
    const track = p && tracks.get(p.track);
    const level = p && catalog.levels.get(p.levelRef);
    return [
      text(ref),
      text(m?.title ?? ''),
      text(p?.title ?? ''),
      text(track?.title ?? ''),
      text(level?.title ?? ''),
      m ? number(m.hours) : '',
    ];
  };
}

/** A number as every spreadsheet reads it: `12.5`, never `12,5` nor `1.234`. */
function number(n: number): string {
  return Number.isFinite(n) ? String(n) : '';
}

/**
 * Text from the data, inert: control characters shown as escapes, and a leading `=`, `+`, `-`,
 * `@`, tab or CR, which a spreadsheet would take for a formula, behind a `'` (OWASP's advice
 * against CSV injection).
 */
export function text(value: string): string {
  const shown = visible(value);
  return /^[=+\-@\t\r]/.test(shown) ? `'${shown}` : shown;
}

/** RFC 4180: a field holding a quote, comma, CR or LF is quoted, its quotes doubled. */
export function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
