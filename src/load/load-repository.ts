import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import type { Catalog } from '../model/catalog.js';
import type { RepositoryCounts } from '../model/counts.js';
import { roundHours } from '../model/hours.js';
import { type CurriculumDocument, buildCatalog } from './build-catalog.js';
import { type DiscoverOptions, type DiscoveredFile, discover } from './discover.js';
import { type LocationIndex, locate } from './locate.js';
import { parseYaml } from './parse.js';
import { type FileIdentity, type ReadResult, readText } from './read.js';
import { type SourceText, makeSource } from './source.js';
import { type DocumentKind, checkDocument, documentKinds } from './validate-schema.js';
import { longWords } from './long-words.js';
import { closest } from './text-distance.js';

export interface LoadResult {
  /** Every file read, as shown to users. */
  readonly files: readonly string[];
  /** Paths or globs that matched nothing (a usage error for the command to report). */
  readonly unmatched: readonly string[];
  /** Files skipped as not curriculum (no `kind`, or empty). */
  readonly skipped: readonly string[];
  /** Every problem found, in a stable order. */
  readonly findings: readonly Finding[];
  /** Present only when the repository has no error: analysis needs a whole, valid model. */
  readonly catalog: Catalog | undefined;
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
  let frameworkFailed = false;
  const failed = (kind: string | undefined, id: unknown) => {
    if (kind === 'framework') frameworkFailed = true;
    else if (kind === 'programme' && typeof id === 'string') failedIds.add(id);
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
      failed(meant.kind, meant.id);
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
    const everyItem = () => parsed.parsed.locations({ everyItem: true });
    const checked = checkDocument(value, kind.value, where, everyItem);
    const problems = checked.ok ? longWords(value, everyItem) : checked.findings;
    if (!checked.ok || problems.length > 0) {
      findings.push(...problems);
      sources.set(file.display, source);
      failed(kind.value, idOf(value));
      continue;
    }
    documents.push(checked.document);
  }

  const fileNames = discovery.files.map((f) => f.display);
  const built = buildCatalog(documents, fileNames, {
    frameworkFailed,
    failedProgrammes: failedIds,
  });
  const sourceOf = new Map(documents.map((d) => [d.where.source.file, d.where.source]));
  for (const f of built.findings) {
    findings.push(f);
    const source = sourceOf.get(f.file);
    if (source) sources.set(f.file, source);
  }
  const hasErrors = findings.some((f) => f.severity === 'error');
  return {
    files: fileNames,
    unmatched: discovery.unmatched,
    skipped,
    findings: findings.sort(compareFindings),
    catalog: hasErrors ? undefined : built.catalog,
    stats: countDocuments(fileNames.length, documents),
    sources,
    inputs,
  };
}

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

/** A top-level `kind:` and `id:` read from text that does not parse. */
function guessKindAndId(text: string): { kind?: string; id?: string } {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*["']?([\\w-]+)`, 'm').exec(text)?.[1];
  const kind = field('kind');
  const id = field('id');
  return { ...(kind ? { kind } : {}), ...(id ? { id } : {}) };
}

function skipFinding(file: string, value: unknown): Finding {
  const what = value === null || value === undefined ? 'empty file' : 'no `kind`';
  return finding(
    'not-curriculum',
    { file, line: 1, column: 1 },
    `${what}: skipped (not a curriculum file)`,
  );
}

function unknownKind(where: LocationIndex, kind: unknown): Finding {
  const { file, line, column } = locate(where, ['kind']);
  const expected = documentKinds.map((k) => `"${k}"`).join(' or ');
  if (kind !== null && typeof kind === 'object') {
    const what = Array.isArray(kind) ? 'a list' : 'a mapping';
    return finding('schema', { file, line, column }, `kind must be ${expected}, not ${what}`);
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
    `unknown kind "${text}"; expected ${expected}${hint ? ` (did you mean "${hint}"?)` : ''}`,
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
