import type { Finding } from '../findings/finding.js';
import { roundHours } from '../model/hours.js';
import type { SourceLocation } from '../model/location.js';
import { compareStrings } from '../model/order.js';
import { finding } from '../findings/catalogue.js';
import type { CurriculumFramework, Level as LevelDoc } from '../generated/framework.types.js';
import type { TrainingProgramme } from '../generated/programme.types.js';
import type { Catalog, Level, Module, Position, Programme, Track } from '../model/catalog.js';
import { type DataPath, type LocationIndex, locate } from './locate.js';
import { closest } from './text-distance.js';

export interface TypedDocument<K extends 'framework' | 'programme'> {
  readonly kind: K;
  readonly where: LocationIndex;
  readonly data: K extends 'framework' ? CurriculumFramework : TrainingProgramme;
}
export type CurriculumDocument = TypedDocument<'framework'> | TypedDocument<'programme'>;

export interface CatalogResult {
  /** Undefined when the repository breaks a rule of spec §3: analysis needs all of them. */
  readonly catalog: Catalog | undefined;
  readonly findings: Finding[];
}

/**
 * The cross-file rules of spec §3 (exactly one framework, unique ids, refs resolve, hours add
 * up), then the Catalog. Takes documents that already match their schema.
 */
export interface IncompleteInput {
  /** The framework file exists but failed its schema: do not also say it is missing. */
  readonly frameworkFailed: boolean;
  /** Programmes that failed their schema: refs into them are not reported as unresolved. */
  readonly failedProgrammes: ReadonlySet<string>;
}

export function buildCatalog(
  documents: readonly CurriculumDocument[],
  files: readonly string[],
  incomplete: IncompleteInput = { frameworkFailed: false, failedProgrammes: new Set() },
): CatalogResult {
  const findings: Finding[] = [];
  const report = (...args: Parameters<typeof finding>) => findings.push(finding(...args));
  const at = (doc: CurriculumDocument, path: DataPath, key = false): SourceLocation => {
    const { file, line, column } = locate(doc.where, path, { key });
    return { file, line, column };
  };
  /** True for the first use of an id in `seen`; a later use is reported, pointing at the first. */
  const firstUse = (
    seen: Map<string, DataPath>,
    id: string,
    doc: CurriculumDocument,
    path: DataPath,
    message: string,
  ): boolean => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, path);
      return true;
    }
    report('duplicate-id', at(doc, path), message, [{ ...at(doc, first), message: 'first use' }]);
    return false;
  };

  const frameworks = documents.filter(
    (d): d is TypedDocument<'framework'> => d.kind === 'framework',
  );
  const programmeDocs = documents.filter(
    (d): d is TypedDocument<'programme'> => d.kind === 'programme',
  );

  if (frameworks.length === 0 && !incomplete.frameworkFailed) {
    const where = programmeDocs[0]
      ? at(programmeDocs[0], ['kind'])
      : { file: files[0] ?? '.', line: 1, column: 1 };
    report(
      'framework-count',
      where,
      'no framework found: a repository needs one file with `kind: framework`',
    );
  }
  for (const extra of frameworks.slice(1)) {
    const first = frameworks[0]!;
    report(
      'framework-count',
      at(extra, ['kind']),
      `a second framework ("${extra.data.id}"); a repository has exactly one`,
      [{ ...at(first, ['kind']), message: `first framework "${first.data.id}"` }],
    );
  }

  // Programme and framework ids share one namespace (spec §3).
  const topIds = new Map<string, CurriculumDocument>();
  for (const doc of [...frameworks, ...programmeDocs]) {
    const previous = topIds.get(doc.data.id);
    if (previous) {
      report(
        'duplicate-id',
        at(doc, ['id']),
        `id "${doc.data.id}" is already used by the ${previous.kind} in ${previous.where.source.file}`,
        [{ ...at(previous, ['id']), message: `first use of "${doc.data.id}"` }],
      );
    } else topIds.set(doc.data.id, doc);
  }

  const frameworkDoc = frameworks[0];
  const levels = new Map<string, Level>();
  const tracks: Track[] = [];
  const positions: Position[] = [];
  const comparable: string[][] = [];

  if (frameworkDoc) {
    const fw = frameworkDoc.data;
    const trackIds = new Map<string, DataPath>();
    fw.tracks.forEach((track, t) => {
      const trackPath = ['tracks', t, 'id'];
      if (
        !firstUse(
          trackIds,
          track.id,
          frameworkDoc,
          trackPath,
          `track id "${track.id}" is used twice`,
        )
      )
        return;
      const trackLevels: Level[] = [];
      const levelIds = new Map<string, DataPath>();
      track.levels.forEach((levelDoc: LevelDoc, l) => {
        const id = typeof levelDoc === 'string' ? levelDoc : levelDoc.id;
        const path =
          typeof levelDoc === 'string'
            ? ['tracks', t, 'levels', l]
            : ['tracks', t, 'levels', l, 'id'];
        if (
          !firstUse(
            levelIds,
            id,
            frameworkDoc,
            path,
            `level id "${id}" is used twice in track "${track.id}"`,
          )
        )
          return;
        const level: Level = {
          ref: `${track.id}/${id}`,
          track: track.id,
          id,
          title: typeof levelDoc === 'string' ? id : (levelDoc.title ?? id),
          rank: trackLevels.length,
          location: at(frameworkDoc, ['tracks', t, 'levels', l]),
        };
        trackLevels.push(level);
        levels.set(level.ref, level);
      });
      tracks.push({
        id: track.id,
        title: track.title,
        levels: trackLevels,
        location: at(frameworkDoc, ['tracks', t]),
      });
    });

    const checkLevelRef = (ref: string, path: DataPath, doc: CurriculumDocument) => {
      if (levels.has(ref)) return true;
      report('unresolved-ref', at(doc, path), unresolvedLevel(ref, levels, trackIds));
      return false;
    };

    (fw.comparable ?? []).forEach((group, g) => {
      const ok = group
        .map((ref, i) => checkLevelRef(ref, ['comparable', g, i], frameworkDoc))
        .every(Boolean);
      if (ok) comparable.push([...group]);
    });

    const positionIds = new Map<string, DataPath>();
    (fw.positions ?? []).forEach((position, p) => {
      position.requires.forEach((ref, i) =>
        checkLevelRef(ref, ['positions', p, 'requires', i], frameworkDoc),
      );
      const path = ['positions', p, 'id'];
      if (
        !firstUse(
          positionIds,
          position.id,
          frameworkDoc,
          path,
          `position id "${position.id}" is used twice`,
        )
      )
        return;
      positions.push({
        id: position.id,
        title: position.title,
        requires: [...position.requires],
        learnersPerYear: position.learnersPerYear,
        location: at(frameworkDoc, ['positions', p]),
      });
    });

    for (const doc of programmeDocs) {
      const pr = doc.data;
      if (!trackIds.has(pr.track)) {
        const hint = closest(pr.track, trackIds.keys());
        report(
          'unresolved-ref',
          at(doc, ['track']),
          `track "${pr.track}" is not in the framework${hint ? `; did you mean "${hint}"?` : ` (tracks: ${[...trackIds.keys()].join(', ')})`}`,
        );
      } else if (!levels.has(`${pr.track}/${pr.level}`)) {
        const inTrack = [...levels.values()].filter((l) => l.track === pr.track).map((l) => l.id);
        const hint = closest(pr.level, inTrack);
        report(
          'unresolved-ref',
          at(doc, ['level']),
          `level "${pr.level}" is not a level of track "${pr.track}"${hint ? `; did you mean "${hint}"?` : ` (levels: ${inTrack.join(', ')})`}`,
        );
      }
      (pr.satisfies ?? []).forEach((ref, i) => checkLevelRef(ref, ['satisfies', i], doc));
    }
  }

  // Modules: unique ids within their programme, then refs across the repository.
  const programmes: Programme[] = [];
  const moduleByRef = new Map<string, Module>();
  const language = frameworkDoc?.data.language;
  const sortedProgrammeDocs = [...programmeDocs].sort((a, b) =>
    compareStrings(a.data.id, b.data.id),
  );
  const seenProgrammes = new Set<string>();
  for (const doc of sortedProgrammeDocs) {
    const pr = doc.data;
    // A second programme with the same id (already reported) is checked all the same, but
    // stays out of the model.
    const duplicate = seenProgrammes.has(pr.id);
    seenProgrammes.add(pr.id);
    const moduleIds = new Map<string, DataPath>();
    const modules: Module[] = [];
    pr.modules.forEach((m, i) => {
      const path = ['modules', i, 'id'];
      if (
        !firstUse(
          moduleIds,
          m.id,
          doc,
          path,
          `module id "${m.id}" is used twice in programme "${pr.id}"`,
        )
      )
        return;
      const module: Module = {
        ref: `${pr.id}/${m.id}`,
        id: m.id,
        programme: pr.id,
        title: m.title,
        hours: m.hours,
        part: m.part,
        activity: m.activity ?? 'lesson',
        description: m.description,
        topics: m.topics ?? [],
        outcomes: m.outcomes ?? [],
        requires: (m.requires ?? []).map((r) => (r.includes('/') ? r : `${pr.id}/${r}`)),
        language: pr.language ?? language,
        location: at(doc, ['modules', i]),
      };
      modules.push(module);
      if (!duplicate) moduleByRef.set(module.ref, module);
    });
    const hours = roundHours(pr.modules.reduce((sum, m) => sum + m.hours, 0));
    if (pr.hours !== undefined && roundHours(pr.hours) !== hours) {
      report(
        'hours-mismatch',
        at(doc, ['hours']),
        `programme "${pr.id}" declares ${pr.hours} hours but its modules add up to ${hours} (${hours > pr.hours ? '+' : ''}${roundHours(hours - pr.hours)})`,
      );
    }
    if (duplicate) continue;
    programmes.push({
      id: pr.id,
      title: pr.title,
      track: pr.track,
      level: pr.level,
      levelRef: `${pr.track}/${pr.level}`,
      satisfies: [...(pr.satisfies ?? [])],
      credential: pr.credential,
      audience: pr.audience,
      language: pr.language ?? language,
      source: pr.source,
      hours,
      modules,
      file: doc.where.source.file,
      location: at(doc, []),
    });
  }

  // "Did you mean" hints compare a ref with the modules of its programme (else every module):
  // offered for the first `maxModuleHints` broken refs, which show the pattern of a mistake
  // without making thousands of broken refs cost refs × modules comparisons.
  const modulesOf = new Map<string, string[]>();
  for (const ref of moduleByRef.keys()) {
    const programmeId = ref.slice(0, ref.indexOf('/'));
    const refs = modulesOf.get(programmeId);
    if (refs) refs.push(ref);
    else modulesOf.set(programmeId, [ref]);
  }
  let hintsLeft = maxModuleHints;
  for (const doc of sortedProgrammeDocs) {
    doc.data.modules.forEach((m, i) => {
      (m.requires ?? []).forEach((ref, r) => {
        const full = ref.includes('/') ? ref : `${doc.data.id}/${ref}`;
        if (moduleByRef.has(full)) return;
        const [programmeId] = full.split('/') as [string, string];
        if (incomplete.failedProgrammes.has(programmeId)) return;
        const hint =
          hintsLeft-- > 0
            ? closest(full, modulesOf.get(programmeId) ?? moduleByRef.keys())
            : undefined;
        const why = seenProgrammes.has(programmeId)
          ? `programme "${programmeId}" has no module "${full.slice(programmeId.length + 1)}"`
          : `no programme "${programmeId}"`;
        report(
          'unresolved-ref',
          at(doc, ['modules', i, 'requires', r]),
          `module ref "${ref}" does not resolve: ${why}${hint ? `; did you mean "${hint}"?` : ''}`,
        );
      });
    });
  }

  if (!frameworkDoc || findings.length > 0) return { catalog: undefined, findings };
  const fw = frameworkDoc.data;
  const catalog: Catalog = {
    framework: {
      id: fw.id,
      title: fw.title,
      language: fw.language,
      periodMinutes: fw.periodMinutes ?? 45,
      location: at(frameworkDoc, []),
    },
    tracks,
    levels,
    comparable,
    positions,
    programmes,
    modules: programmes.flatMap((p) => p.modules),
    moduleByRef,
    files: [...files],
  };
  return { catalog: deepFreeze(catalog), findings };
}

function unresolvedLevel(
  ref: string,
  levels: ReadonlyMap<string, Level>,
  trackIds: ReadonlyMap<string, unknown>,
): string {
  const [track] = ref.split('/');
  const hint = closest(ref, levels.keys());
  const why =
    track && !trackIds.has(track) ? `no track "${track}"` : `track "${track}" has no such level`;
  return `level ref "${ref}" does not resolve: ${why}${hint ? `; did you mean "${hint}"?` : ''}`;
}

/** Broken module refs that get a "did you mean" hint; the rest are reported without one. */
export const maxModuleHints = 200;

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    if (v instanceof Map) for (const x of v.values()) stack.push(x);
    else for (const x of Object.values(v)) stack.push(x);
    Object.freeze(v);
  }
  return value;
}
