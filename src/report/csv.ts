import { programmesById } from '../model/lookup.js';
import type { Catalog } from '../model/catalog.js';
import type { NounId } from '../messages/words.js';
import type { SavedOverlap } from '../savings/overlap-savings.js';
import {
  type ReportInput,
  type ReportOptions,
  type Reporter,
  dataUnit,
  reportTerms,
} from './report-input.js';
import { type Text, textIn } from './text.js';
import { visible } from './visible.js';

/**
 * One row per overlapping pair, for spreadsheets: RFC 4180 (commas, CRLF, quoted fields) with a
 * UTF-8 byte order mark so that Excel reads Vietnamese as Vietnamese. Labels follow the
 * reader's language; numbers do not: `.` decimals and no grouping, so every spreadsheet and
 * script reads them as numbers.
 */
export const csvReporter: Reporter = (input: ReportInput, options: ReportOptions) => {
  const a = input.analysis;
  const t = textIn(options.lang, reportTerms(input, options.lang));
  const rows = [header(t, dataUnit(input))];
  if (a) {
    const cells = moduleCells(a.catalog);
    for (const o of a.overlap.overlaps) rows.push(row(o, cells, t));
  }
  return ['\uFEFF' + rows.map((r) => r.map(field).join(',') + '\r\n').join('')];
};

function header(t: Text, unit: NounId): string[] {
  const side = (side: 'A' | 'B') => [
    t('report.csv.module', { side }),
    t('report.csv.title', { side }),
    t('report.csv.programme', { side }),
    t('report.csv.track', { side }),
    t('report.csv.level', { side }),
    t('report.csv.hours', { side, unit }),
  ];
  return [
    ...side('A'),
    ...side('B'),
    t('report.csv.score'),
    t('report.csv.kind'),
    t('report.csv.scope'),
    t('report.csv.saved', { unit }),
    t('report.csv.shared'),
  ];
}

function row(o: SavedOverlap, cells: (ref: string) => string[], t: Text): string[] {
  return [
    ...cells(o.a),
    ...cells(o.b),
    number(o.score),
    t('report.overlap.kind', { kind: o.kind }),
    t('report.overlap.scope', { scope: o.scope }),
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
