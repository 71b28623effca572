import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import { localText } from '../model/local-text.js';
import type { Catalog } from '../model/catalog.js';
import type { RepositoryCounts } from '../model/counts.js';
import { roundHours } from '../model/hours.js';
import { compareStrings } from '../model/order.js';
import { type CurriculumDocument, buildCatalog } from './build-catalog.js';
import { type DiscoverOptions, type DiscoveredFile, discover } from './discover.js';
import { type LocationIndex, locate } from './locate.js';
import { parseYaml } from './parse.js';
import { type FileIdentity, type ReadResult, readText } from './read.js';
import { type SourceText, makeSource } from './source.js';
import { type DocumentKind, checkDocument, documentKinds } from './validate-schema.js';
import { longWords } from './long-words.js';
import { type PartialProgramme, salvageProgramme } from './salvage.js';
import { closest } from './text-distance.js';

export interface LoadResult {
  /** Every file read, as shown to users. */
  readonly files: readonly string[];
  /** Paths or globs that matched nothing (a usage error for the command to report). */
  readonly unmatched: readonly string[];
  /** `--ignore` globs, as written, that left out no file (a warning for the command to show). */
  readonly unusedIgnores: readonly string[];
  /** Files skipped as not curriculum (no `kind`, or empty). */
  readonly skipped: readonly string[];
  /** Every problem found, in a stable order. */
  readonly findings: readonly Finding[];
  /**
   * The model of every valid document, present whenever a framework is available, even when
   * other documents are broken: one broken file must not hide what the rest says. It holds
   * only what resolves (see `buildCatalog`).
   */
  readonly catalog: Catalog | undefined;
  /** Some finding is an error: the input is invalid (exit status 2) even with a catalog. */
  readonly hasErrors: boolean;
  /**
   * Programme files that exist but are not in the catalog (they failed to load, their track
   * or level does not resolve), by id, or by file where no id could be read; sorted. Findings
   * that say no programme provides something may be wrong while this is not empty.
   */
  readonly leftOut: readonly string[];
  /**
   * The framework's `language` as written, read even from a framework that failed to load (so
   * reports can default to it); undefined when there is none.
   */
  readonly language: string | undefined;
  /** Minutes in one hour unit, from the framework where it says (default 45: one tiết). */
  readonly periodMinutes: number;
  /** Counts over the documents that matched their schema. */
  readonly stats: RepositoryCounts;
  /** Sources of files with findings, for code frames. */
  readonly sources: ReadonlyMap<string, SourceText>;
  /** Device and inode of every file read, so no output is ever written over one. */
  readonly inputs: readonly FileIdentity[];
}

/** discover → read → parse → validate → Catalog. Collects every problem; never throws on input. */
export async function loadRepository(
  paths: readonly string[],
  options: DiscoverOptions,
): Promise<LoadResult> {
  const discovery = await discover(paths, options);
  const findings: Finding[] = [];
  const documents: CurriculumDocument[] = [];
  const skipped: string[] = [];
  const sources = new Map<string, SourceText>();
  // Documents that exist but failed to load: the rest of the repository is not blamed for
  // their absence (no "no framework", no unresolved refs into them).
  const failedIds = new Set<string>();
  // What can be read of programmes that failed their schema: their refs are checked too.
  const broken: PartialProgramme[] = [];
  let frameworkFailed = false;
  let writtenFramework: { language?: string; periodMinutes?: number } | undefined;
  const leftOut = new Set<string>();
  const failed = (kind: string | undefined, id: unknown, file: string) => {
    if (kind === 'framework') frameworkFailed = true;
    else if (kind === 'programme' && typeof id === 'string') failedIds.add(id);
    if (kind === 'programme') leftOut.add(typeof id === 'string' && id !== '' ? id : file);
  };

  const inputs: FileIdentity[] = [];
  const texts = readAll(discovery.files);
  for (const file of discovery.files) {
    const read = await texts.next();
    if (!read.ok) {
      findings.push(read.finding);
      continue;
    }
    inputs.push(read.identity);
    const source = makeSource(file.display, read.text);
    const parsed = parseYaml(source);
    if (!parsed.ok) {
      findings.push(...parsed.findings);
      sources.set(file.display, source);
      const meant = guessKindAndId(read.text);
      failed(meant.kind, meant.id, file.display);
      if (meant.kind === 'framework') writtenFramework ??= meant;
      continue;
    }
    const value = parsed.parsed.value;
    const kind = kindOf(value);
    if (kind === undefined) {
      skipped.push(file.display);
      findings.push(skipFinding(file.display, value));
      continue;
    }
    const where = parsed.parsed.locations();
    if (!isDocumentKind(kind.value)) {
      findings.push(unknownKind(where, kind.value));
      sources.set(file.display, source);
      continue;
    }
    if (kind.value === 'framework') writtenFramework ??= frameworkSettings(value);
    const everyItem = () => parsed.parsed.locations({ everyItem: true });
    const checked = checkDocument(value, kind.value, where, everyItem);
    const problems = checked.ok ? longWords(value, everyItem) : checked.findings;
    if (!checked.ok || problems.length > 0) {
      findings.push(...problems);
      sources.set(file.display, source);
      failed(kind.value, idOf(value), file.display);
      if (kind.value === 'programme') broken.push(salvageProgramme(value, everyItem()));
      continue;
    }
    documents.push(checked.document);
  }

  const fileNames = discovery.files.map((f) => f.display);
  const built = buildCatalog(documents, fileNames, {
    frameworkFailed,
    failedProgrammes: failedIds,
    brokenProgrammes: broken,
  });
  const sourceOf = new Map(documents.map((d) => [d.where.source.file, d.where.source]));
  for (const f of built.findings) {
    findings.push(f);
    const source = sourceOf.get(f.file);
    if (source) sources.set(f.file, source);
  }
  const placed = new Set(built.catalog?.programmes.map((p) => p.id));
  for (const doc of documents) {
    if (doc.kind === 'programme' && !placed.has(doc.data.id)) leftOut.add(doc.data.id);
  }
  const framework = built.catalog?.framework;
  return {
    files: fileNames,
    unmatched: discovery.unmatched,
    unusedIgnores: discovery.unusedIgnores,
    skipped,
    findings: findings.sort(compareFindings),
    catalog: built.catalog,
    hasErrors: findings.some((f) => f.severity === 'error'),
    leftOut: [...leftOut].sort(compareStrings),
    language: framework ? framework.language : writtenFramework?.language,
    periodMinutes: framework?.periodMinutes ?? writtenFramework?.periodMinutes ?? 45,
    stats: countDocuments(fileNames.length, documents),
    sources,
    inputs,
  };
}

/** `language` and `periodMinutes` of a framework document, where they are well formed. */
function frameworkSettings(value: unknown): { language?: string; periodMinutes?: number } {
  if (typeof value !== 'object' || value === null) return {};
  const language = 'language' in value ? value.language : undefined;
  const period = 'periodMinutes' in value ? value.periodMinutes : undefined;
  return {
    ...(typeof language === 'string' && languageTag.test(language) ? { language } : {}),
    ...(typeof period === 'number' && Number.isInteger(period) && period > 0
      ? { periodMinutes: period }
      : {}),
  };
}

/** The schema's pattern for a BCP-47 language tag. */
const languageTag = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Reads ahead a few files while the current one is parsed (reads never reject). */
function readAll(files: readonly DiscoveredFile[]) {
  const ahead = 8;
  const read = (f: DiscoveredFile): Promise<ReadResult> =>
    f.refused === undefined
      ? readText(f.absolute, f.display)
      : Promise.resolve({
          ok: false,
          finding: finding('unreadable-file', { file: f.display, line: 1, column: 1 }, f.refused),
        });
  const pending = files.slice(0, ahead).map(read);
  let next = ahead;
  return {
    async next(): Promise<ReadResult> {
      const result = pending.shift();
      const f = files[next++];
      if (f) pending.push(read(f));
      if (result === undefined) throw new Error('read past the last file');
      return result;
    },
  };
}

/** The document's `kind`; undefined when it has none (not a curriculum file). */
function kindOf(value: unknown): { value: unknown } | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'kind') || !('kind' in value)) return undefined;
  return { value: value.kind };
}

/** The document's `id`, whatever it is. */
function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
}

function isDocumentKind(kind: unknown): kind is DocumentKind {
  return documentKinds.some((k) => k === kind);
}

/** A top-level `kind:`, `id:` and `language:` read from text that does not parse. */
function guessKindAndId(text: string): { kind?: string; id?: string; language?: string } {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
  const kind = field('kind');
  const id = field('id');
  const language = field('language');
  return {
    ...(kind ? { kind } : {}),
    ...(id ? { id } : {}),
    ...(language && languageTag.test(language) ? { language } : {}),
  };
}

function skipFinding(file: string, value: unknown): Finding {
  const empty = value === null || value === undefined;
  return finding(
    'not-curriculum',
    { file, line: 1, column: 1 },
    empty
      ? localText(
          'tệp rỗng: bỏ qua (không phải tệp chương trình đào tạo)',
          'empty file: skipped (not a curriculum file)',
        )
      : localText(
          'không có khóa `kind`: bỏ qua (không phải tệp chương trình đào tạo)',
          'no `kind`: skipped (not a curriculum file)',
        ),
  );
}

function unknownKind(where: LocationIndex, kind: unknown): Finding {
  const { file, line, column } = locate(where, ['kind']);
  const quoted = documentKinds.map((k) => `"${k}"`);
  const expected = localText(quoted.join(' hoặc '), quoted.join(' or '));
  if (kind !== null && typeof kind === 'object') {
    const list = Array.isArray(kind);
    return finding(
      'schema',
      { file, line, column },
      localText(
        `kind phải là ${expected.vi}, không phải ${list ? 'một danh sách' : 'một ánh xạ (khóa: giá trị)'}`,
        `kind must be ${expected.en}, not ${list ? 'a list' : 'a mapping'}`,
      ),
    );
  }
  // A scalar (the kind is no mapping or list here), or nothing.
  const text =
    typeof kind === 'string' || typeof kind === 'number' || typeof kind === 'boolean'
      ? String(kind)
      : '';
  const hint = closest(text, documentKinds);
  return finding(
    'schema',
    { file, line, column },
    localText(
      `loại tài liệu "${text}" không hợp lệ; kind phải là ${expected.vi}${hint ? ` (có phải ý bạn là "${hint}"?)` : ''}`,
      `unknown kind "${text}"; expected ${expected.en}${hint ? ` (did you mean "${hint}"?)` : ''}`,
    ),
  );
}

function countDocuments(files: number, documents: readonly CurriculumDocument[]): RepositoryCounts {
  let programmes = 0;
  let modules = 0;
  let hours = 0;
  for (const doc of documents) {
    if (doc.kind !== 'programme') continue;
    programmes++;
    modules += doc.data.modules.length;
    for (const m of doc.data.modules) hours += m.hours;
  }
  return { files, programmes, modules, hours: roundHours(hours) };
}
