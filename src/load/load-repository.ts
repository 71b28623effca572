import type { Finding } from '../findings/finding.js';
import { compareFindings } from '../findings/finding.js';
import type { Catalog } from '../model/catalog.js';
import type { RepositoryCounts } from '../model/counts.js';
import { roundHours } from '../model/hours.js';
import { compareStrings } from '../model/order.js';
import { type CurriculumDocument, buildCatalog } from './build-catalog.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import { type DiscoverOptions, type UnreadableFolder, discover } from './discover.js';
import { type FileIdentity, systemError } from './read.js';
import type { SourceText } from './source.js';
import { loadFiles } from './load-files.js';
import type { PartialProgramme } from './salvage.js';

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
export interface LoadOptions extends DiscoverOptions {
  /** Threads to read and parse on (1: this one only); by default one per core, up to 4. */
  readonly threads?: number;
}

export async function loadRepository(
  paths: readonly string[],
  options: LoadOptions,
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

  for (const folder of discovery.unreadableFolders) findings.push(unreadableFolder(folder));
  // What cannot be read may hold the framework: its absence is not told on top.
  if (discovery.unreadableFolders.length > 0) frameworkFailed = true;
  const inputs: FileIdentity[] = [];
  for (const outcome of await loadFiles(discovery.files, options.threads)) {
    if (outcome.identity) inputs.push(outcome.identity);
    if (outcome.source) sources.set(outcome.source.file, outcome.source);
    findings.push(...outcome.findings);
    if (outcome.framework) writtenFramework ??= outcome.framework;
    switch (outcome.type) {
      case 'document':
        documents.push(outcome.document);
        break;
      case 'skipped':
        skipped.push(outcome.file);
        break;
      case 'failed':
        failed(outcome.kind, outcome.id, outcome.file);
        if (outcome.broken) broken.push(outcome.broken);
        break;
      case 'unreadable':
        frameworkFailed = true;
        break;
    }
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

/** A folder the walk could not list, as a located input error (what it holds is unknown). */
function unreadableFolder(folder: UnreadableFolder): Finding {
  return finding(
    'unreadable-file',
    { file: folder.display, line: 1, column: 1 },
    message('load.folder-unreadable', { why: systemError(folder.code) }),
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
