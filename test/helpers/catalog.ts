import type { Activity, Catalog, Level, Module, Programme } from '../../src/model/catalog.js';

export interface ModuleSpec {
  id: string;
  title: string;
  hours?: number;
  activity?: Activity;
  topics?: string[];
  outcomes?: string[];
  description?: string;
  /** Modules (full refs) this one overlaps on purpose, with the reason. */
  intended?: { module: string; reason: string }[];
}

export interface ProgrammeSpec {
  id: string;
  track?: string;
  level?: string;
  language?: string;
  provider?: string;
  source?: string;
  /** The file it is read from (default memory.yaml). */
  file?: string;
  satisfies?: string[];
  modules: ModuleSpec[];
}

/** A Catalog built in memory, for analysis tests that need no files. */
export function makeCatalog(programmes: ProgrammeSpec[], comparable: string[][] = []): Catalog {
  const here = { file: 'memory.yaml', line: 1, column: 1 };
  const levels = new Map<string, Level>();
  const built: Programme[] = [...programmes]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((p) => {
      const track = p.track ?? 't';
      const level = p.level ?? 'one';
      const ref = `${track}/${level}`;
      if (!levels.has(ref))
        levels.set(ref, { ref, track, id: level, title: level, rank: levels.size, location: here });
      const modules: Module[] = p.modules.map((m) => ({
        ref: `${p.id}/${m.id}`,
        id: m.id,
        programme: p.id,
        title: m.title,
        hours: m.hours ?? 10,
        part: undefined,
        activity: m.activity ?? 'lesson',
        description: m.description,
        topics: m.topics ?? [],
        outcomes: m.outcomes ?? [],
        requires: [],
        requireLocations: [],
        intendedOverlaps: (m.intended ?? []).map((o) => ({ ...o, location: here })),
        language: p.language ?? 'vi',
        location: here,
      }));
      return {
        id: p.id,
        title: p.id,
        track,
        level,
        levelRef: ref,
        satisfies: p.satisfies ?? [],
        provider: p.provider,
        credential: undefined,
        audience: undefined,
        language: p.language ?? 'vi',
        source: p.source,
        hours: modules.reduce((s, m) => s + m.hours, 0),
        modules,
        file: p.file ?? 'memory.yaml',
        location: here,
      };
    });
  const modules = built.flatMap((p) => p.modules);
  const trackIds = [...new Set([...levels.values()].map((l) => l.track))];
  return {
    framework: {
      id: 'f',
      title: 'F',
      language: 'vi',
      periodMinutes: 45,
      moduleTerm: undefined,
      providers: [],
      location: here,
    },
    tracks: trackIds.map((id) => ({
      id,
      title: id,
      levels: [...levels.values()].filter((l) => l.track === id),
      location: here,
    })),
    levels,
    comparable,
    positions: [],
    programmes: built,
    modules,
    moduleByRef: new Map(modules.map((m) => [m.ref, m])),
    files: ['memory.yaml'],
  };
}
