import { message } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import { closest } from '../load/text-distance.js';
import type { Catalog } from '../model/catalog.js';
import { slugOf } from '../model/slug.js';
import { type Field, fieldOf, headerKey, headers, requiredFields } from './columns.js';
import type { Sheet, SheetRow } from './table.js';

/** A programme read from the rows, as its YAML file will hold it. */
export interface ImportedProgramme {
  readonly id: string;
  readonly title: string;
  readonly track: string;
  readonly level: string;
  readonly provider: string | undefined;
  readonly hours: number;
  readonly modules: readonly ImportedModule[];
  /** Where its rows are: "Sheet1" rows 2–9. */
  readonly sheet: string;
  readonly rows: readonly number[];
}

export interface ImportedModule {
  readonly id: string;
  readonly title: string;
  readonly hours: number;
  readonly description: string | undefined;
  readonly topics: readonly string[];
}

export interface ImportResult {
  /** Programmes all of whose rows were read. */
  readonly programmes: readonly ImportedProgramme[];
  /** What could not be read, each naming its sheet and row; in sheet and row order. */
  readonly problems: readonly Message[];
  /** Programmes left out because one of their rows could not be read, by id. */
  readonly leftOut: readonly string[];
}

/** The columns of a module: a row with none of them holds no module. */
const moduleFields: readonly Field[] = ['module', 'moduleTitle', 'hours', 'description', 'topics'];

/** Columns carried down from the row above when empty: merged cells, Word-to-Excel tables. */
const carried: readonly Field[] = ['programme', 'programmeTitle', 'track', 'level', 'provider'];

/**
 * The programmes a spreadsheet describes, one row per module (issue 20): tracks and levels by
 * the framework's ids or titles, a module's id from its own column or its title. A row that
 * cannot be read is a problem named by sheet and row, and its programme is left out whole.
 */
export function importProgrammes(
  sheets: readonly Sheet[],
  catalog: Pick<Catalog, 'tracks'>,
  map: ReadonlyMap<string, string>,
): ImportResult {
  const problems: Message[] = [];
  const drafts = new Map<string, Draft>();
  const broken = new Set<string>();
  for (const sheet of sheets) {
    const [header, ...rows] = sheet.rows;
    if (header === undefined) continue;
    const columns = header.cells.map((h) => fieldOf(h, map));
    const missing = requiredFields.filter((f) => !columns.includes(f));
    if (missing.length > 0) {
      problems.push(
        message('import.missing-columns', {
          sheet: sheet.name,
          columns: missing.map((f) => headers[f][0] ?? f),
          found: header.cells.filter((h) => h !== ''),
        }),
      );
      continue;
    }
    let above: Partial<Record<Field, string>> = {};
    for (const row of rows) {
      const values = valuesOf(row, columns);
      for (const field of carried) if (!values[field]) values[field] = above[field] ?? '';
      above = values;
      // A row with no module in it (a programme's heading row, or a spacer under merged
      // cells) only gives the rows below their programme.
      if (moduleFields.every((field) => !values[field])) continue;
      const read = readRow(row, values, catalog);
      const key = values.programme ?? '';
      if ('problem' in read) {
        problems.push(read.problem);
        if (key !== '') broken.add(key);
        continue;
      }
      const draft = drafts.get(key) ?? newDraft(key, values, read, row);
      drafts.set(key, draft);
      draft.modules.push(read.module);
      draft.rows.push(row.row);
    }
  }
  const programmes = [...drafts.values()].filter((d) => !broken.has(d.key)).map((d) => finish(d));
  return { programmes, problems, leftOut: [...broken].map((k) => slugOf(k) || k).sort() };
}

interface Draft {
  key: string;
  title: string;
  track: string;
  level: string;
  provider: string | undefined;
  sheet: string;
  rows: number[];
  modules: ImportedModule[];
}

function newDraft(
  key: string,
  values: Partial<Record<Field, string>>,
  read: { track: string; level: string },
  row: SheetRow,
): Draft {
  return {
    key,
    title: values.programmeTitle || key,
    track: read.track,
    level: read.level,
    provider: values.provider ? slugOf(values.provider) : undefined,
    sheet: row.sheet,
    rows: [],
    modules: [],
  };
}

function finish(d: Draft): ImportedProgramme {
  // Ids unique within the programme: a second "Kỹ năng giao tiếp" becomes ky-nang-giao-tiep-2.
  const taken = new Map<string, number>();
  const modules = d.modules.map((m) => {
    const n = (taken.get(m.id) ?? 0) + 1;
    taken.set(m.id, n);
    return n === 1 ? m : { ...m, id: `${m.id}-${n}` };
  });
  return {
    id: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(d.key) ? d.key : slugOf(d.key),
    title: d.title,
    track: d.track,
    level: d.level,
    provider: d.provider,
    hours: modules.reduce((s, m) => s + m.hours, 0),
    modules,
    sheet: d.sheet,
    rows: d.rows,
  };
}

function valuesOf(
  row: SheetRow,
  columns: readonly (Field | undefined)[],
): Partial<Record<Field, string>> {
  const values: Partial<Record<Field, string>> = {};
  columns.forEach((field, i) => {
    const text = row.cells[i] ?? '';
    if (field !== undefined && text !== '' && values[field] === undefined) values[field] = text;
  });
  return values;
}

type RowRead = { module: ImportedModule; track: string; level: string } | { problem: Message };

function readRow(
  row: SheetRow,
  values: Partial<Record<Field, string>>,
  catalog: Pick<Catalog, 'tracks'>,
): RowRead {
  const at = { sheet: row.sheet, row: row.row };
  if (!values.programme) return { problem: message('import.row.no-programme', at) };
  const title = values.moduleTitle;
  if (!title) return { problem: message('import.row.no-title', at) };
  const hours = hoursOf(values.hours ?? '');
  if (hours === undefined)
    return { problem: message('import.row.hours', { ...at, value: values.hours ?? '' }) };
  const track = matchId(values.track ?? '', catalog.tracks);
  if (!('id' in track))
    return {
      problem: message('import.row.track', {
        ...at,
        value: values.track ?? '',
        ...(track.suggestion ? { suggestion: track.suggestion } : {}),
      }),
    };
  const levels = catalog.tracks.find((t) => t.id === track.id)?.levels ?? [];
  const level = matchId(values.level ?? '', levels);
  if (!('id' in level))
    return {
      problem: message('import.row.level', {
        ...at,
        value: values.level ?? '',
        track: track.id,
        ...(level.suggestion ? { suggestion: level.suggestion } : {}),
      }),
    };
  return {
    track: track.id,
    level: level.id,
    module: {
      id: (values.module && slugOf(values.module)) || slugOf(title) || 'chuyen-de',
      title,
      hours,
      description: values.description,
      topics: (values.topics ?? '')
        .split(/[;\n]/)
        .map((t) => t.replace(/^\s*[-–•*+]\s*/, '').trim())
        .filter((t) => t !== ''),
    },
  };
}

/**
 * Hours as a spreadsheet holds them: "45", "4,5" or "4.5" (a Vietnamese sheet writes a decimal
 * comma); undefined for anything else ("sáu mươi", "45 tiết", 0 or less).
 */
export function hoursOf(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(?:\.\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 && Number.isFinite(n) ? n : undefined;
}

/** A track or level by its id or its title, compared without case or marks. */
function matchId(
  value: string,
  candidates: readonly { id: string; title: string }[],
): { id: string } | { suggestion: string | undefined } {
  const key = headerKey(value);
  const found = candidates.find((c) => headerKey(c.id) === key || headerKey(c.title) === key);
  if (found) return { id: found.id };
  const names = candidates.flatMap((c) => [c.id, c.title]);
  const near = closest(key, names.map(headerKey));
  const suggestion = names.find((n) => headerKey(n) === near);
  return { suggestion };
}
