// Turns the MIT subject catalogue (../shared/data/mit-hydrant-s24.json, read in place, never
// copied) into an in-memory Catalog — one programme per department — and its labelled pairs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const mitPath = fileURLToPath(
  new URL('../../shared/data/mit-hydrant-s24.json', import.meta.url),
);

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const here = { file: 'mit-hydrant-s24.json', line: 1, column: 1 };

export function loadMit(path = mitPath) {
  const classes = JSON.parse(readFileSync(path, 'utf8')).classes;
  const numbers = Object.keys(classes).sort();
  const byCourse = new Map();
  const refOf = new Map();
  for (const number of numbers) {
    const c = classes[number];
    const programme = `course-${slug(c.course)}`;
    const module = {
      ref: `${programme}/${slug(number)}`,
      id: slug(number),
      programme,
      title: c.name,
      hours: Math.max(1, (c.lectureUnits ?? 0) + (c.labUnits ?? 0) + (c.preparationUnits ?? 0)),
      part: undefined,
      activity: 'lesson',
      description: c.description || undefined,
      topics: [],
      outcomes: [],
      requires: [],
      language: 'en',
      location: here,
    };
    refOf.set(number, module.ref);
    if (!byCourse.has(programme)) byCourse.set(programme, []);
    byCourse.get(programme).push(module);
  }
  const programmes = [...byCourse.keys()].sort().map((id) => ({
    id,
    title: `Course ${id}`,
    track: 'mit',
    level: 'all',
    levelRef: 'mit/all',
    satisfies: [],
    credential: undefined,
    audience: undefined,
    language: 'en',
    source: 'MIT subject catalogue, spring 2024 (sipb/hydrant)',
    hours: byCourse.get(id).reduce((s, m) => s + m.hours, 0),
    modules: byCourse.get(id),
    file: here.file,
    location: here,
  }));
  const modules = programmes.flatMap((p) => p.modules);
  const level = { ref: 'mit/all', track: 'mit', id: 'all', title: 'All', rank: 0, location: here };
  const catalog = {
    framework: { id: 'mit', title: 'MIT', language: 'en', periodMinutes: 60, location: here },
    tracks: [{ id: 'mit', title: 'MIT', levels: [level], location: here }],
    levels: new Map([[level.ref, level]]),
    comparable: [],
    positions: [],
    programmes,
    modules,
    moduleByRef: new Map(modules.map((m) => [m.ref, m])),
    files: [here.file],
  };

  // Labelled positives: subjects joined by `same` (cross-listed) or `meets` (taught together),
  // closed transitively: every two members of such a group teach the same subject.
  const parent = new Map(numbers.map((n) => [n, n]));
  const find = (n) =>
    parent.get(n) === n ? n : (parent.set(n, find(parent.get(n))), parent.get(n));
  for (const n of numbers) {
    for (const field of ['same', 'meets']) {
      for (const other of (classes[n][field] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        if (classes[other]) parent.set(find(n), find(other));
      }
    }
  }
  const groups = new Map();
  for (const n of numbers) {
    const root = find(n);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(n);
  }
  const positives = new Set();
  const nonIdentical = new Set();
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const key = pairKey(refOf.get(group[i]), refOf.get(group[j]));
        positives.add(key);
        if ((classes[group[i]].description ?? '') !== (classes[group[j]].description ?? ''))
          nonIdentical.add(key);
      }
    }
  }
  return { catalog, positives, nonIdentical };
}

export function pairKey(a, b) {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
