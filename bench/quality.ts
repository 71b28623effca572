// npm run bench:quality — how well the overlap engine finds overlaps, on the MIT subject
// catalogue (labelled cross-listed subjects, read in place from ../shared/data) beside a TF-IDF
// baseline, and on examples/vn-cadre (the overlaps its README lists; pairs that share only
// generic words). Imports the engine from src/. Prints one JSON document: see bench/README.md.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '../src/messages/catalogue.js';
import type { Catalog, Level, Module, Programme } from '../src/model/catalog.js';
import { loadRepository } from '../src/load/load-repository.js';
import { analyzeOverlaps } from '../src/overlap/analyze-overlaps.js';
import { buildCorpus } from '../src/overlap/corpus.js';
import { combineScore, measurePair } from '../src/overlap/score.js';
import { forbiddenPairs, pairKey, requiredPairs } from '../test/examples/vn-cadre-expectations.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mitPath = fileURLToPath(new URL('../../shared/data/mit-hydrant-s24.json', import.meta.url));
const round = (x: number) => Number(x.toFixed(3));

function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

interface MitClass {
  course: string;
  name: string;
  description?: string;
  lectureUnits?: number;
  labUnits?: number;
  preparationUnits?: number;
  same?: string;
  meets?: string;
}

/** The MIT catalogue as a Catalog, and its labelled pairs (pairKey). */
function loadMit() {
  const data = JSON.parse(readFileSync(mitPath, 'utf8')) as { classes: Record<string, MitClass> };
  const classes = data.classes;
  const numbers = Object.keys(classes).sort();
  const slug = (s: string) => (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).join('-');
  const location = { file: 'mit-hydrant-s24.json', line: 1, column: 1 };
  const refOf = new Map<string, string>();
  const byCourse = new Map<string, Module[]>();
  for (const number of numbers) {
    const c = classes[number]!;
    const programme = `course-${slug(c.course)}`;
    const module: Module = {
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
      requireLocations: [],
      intendedOverlaps: [],
      language: 'en',
      location,
    };
    refOf.set(number, module.ref);
    append(byCourse, programme, module);
  }
  const level: Level = { ref: 'mit/all', track: 'mit', id: 'all', title: 'All', rank: 0, location };
  const programmes = [...byCourse.keys()].sort().map((id): Programme => ({
    id,
    title: id,
    track: 'mit',
    level: 'all',
    levelRef: level.ref,
    satisfies: [],
    provider: undefined,
    credential: undefined,
    audience: undefined,
    language: 'en',
    source: 'MIT subject catalogue, spring 2024 (sipb/hydrant)',
    hours: byCourse.get(id)!.reduce((s, m) => s + m.hours, 0),
    modules: byCourse.get(id)!,
    file: location.file,
    location,
  }));
  const modules = programmes.flatMap((p) => p.modules);
  const catalog: Catalog = {
    framework: {
      id: 'mit',
      title: 'MIT',
      language: 'en',
      periodMinutes: 60,
      moduleTerm: undefined,
      providers: [],
      location,
    },
    tracks: [{ id: 'mit', title: 'MIT', levels: [level], location }],
    levels: new Map([[level.ref, level]]),
    comparable: [],
    positions: [],
    programmes,
    modules,
    moduleByRef: new Map(modules.map((m) => [m.ref, m])),
    files: [location.file],
  };

  // Every two subjects of a same/meets group (union-find) are a labelled pair.
  const parent = new Map(numbers.map((n) => [n, n]));
  const find = (n: string): string => {
    const p = parent.get(n)!;
    if (p === n) return n;
    const top = find(p);
    parent.set(n, top);
    return top;
  };
  for (const n of numbers)
    for (const other of `${classes[n]!.same ?? ''},${classes[n]!.meets ?? ''}`.split(','))
      if (classes[other.trim()]) parent.set(find(n), find(other.trim()));
  const groups = new Map<string, string[]>();
  for (const n of numbers) append(groups, find(n), n);
  const positives = new Set<string>();
  const nonIdentical = new Set<string>();
  for (const group of groups.values())
    group.forEach((x, i) => {
      for (const y of group.slice(i + 1)) {
        const key = pairKey(refOf.get(x)!, refOf.get(y)!);
        positives.add(key);
        if ((classes[x]!.description ?? '') !== (classes[y]!.description ?? ''))
          nonIdentical.add(key);
      }
    });
  // Issue 8 measures against the labels plus identical descriptions: subjects whose
  // descriptions are word for word the same teach the same thing, labelled or not.
  const byDescription = new Map<string, string[]>();
  for (const n of numbers) {
    const text = (classes[n]!.description ?? '').trim();
    if (text.length > 0) append(byDescription, text, n);
  }
  const withIdentical = new Set(positives);
  for (const group of byDescription.values())
    group.forEach((x, i) => {
      for (const y of group.slice(i + 1)) withIdentical.add(pairKey(refOf.get(x)!, refOf.get(y)!));
    });
  // Issue 17 measures against the labels plus identical modules (title and description), with
  // placeholder subjects set aside: one title under three or more numbers of one department
  // ("Special Subject: Urban Studies and Planning"), which are slots, not subjects.
  const modulesTruth = new Set(positives);
  const byModule = new Map<string, string[]>();
  for (const n of numbers)
    append(byModule, `${classes[n]!.name}\n${(classes[n]!.description ?? '').trim()}`, n);
  for (const group of byModule.values())
    group.forEach((x, i) => {
      for (const y of group.slice(i + 1)) modulesTruth.add(pairKey(refOf.get(x)!, refOf.get(y)!));
    });
  const byTitle = new Map<string, string[]>();
  for (const n of numbers) append(byTitle, `${classes[n]!.course}\n${classes[n]!.name}`, n);
  const placeholders = new Set(
    [...byTitle.values()].filter((g) => g.length >= 3).flatMap((g) => g.map((n) => refOf.get(n)!)),
  );
  return { catalog, positives, withIdentical, nonIdentical, modulesTruth, placeholders };
}

/**
 * The baseline: TF-IDF cosine over title and description (lower-cased word unigrams, smooth
 * idf, L2 norm: scikit-learn's TfidfVectorizer defaults). Pairs scoring 0.3 or more.
 */
function baselineScores(modules: readonly Module[]): Array<[string, number]> {
  const docs = modules.map(
    (m) => `${m.title} ${m.description ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [],
  );
  const df = new Map<string, number>();
  for (const words of docs) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, Array<[number, number]>>();
  const vectors = docs.map((words, d) => {
    const tf = new Map<string, number>();
    for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = [...tf].map(([w, c]): [string, number] => {
      return [w, c * (Math.log((1 + docs.length) / (1 + df.get(w)!)) + 1)];
    });
    const norm = Math.hypot(...v.map(([, x]) => x)) || 1;
    for (const [w, x] of v) append(postings, w, [d, x / norm]);
    return v.map(([w, x]): [string, number] => [w, x / norm]);
  });
  const scores: Array<[string, number]> = [];
  vectors.forEach((v, i) => {
    const dot = new Map<number, number>();
    for (const [w, x] of v)
      for (const [j, y] of postings.get(w)!) if (j > i) dot.set(j, (dot.get(j) ?? 0) + x * y);
    for (const [j, s] of dot)
      if (s >= 0.3) scores.push([pairKey(modules[i]!.ref, modules[j]!.ref), s]);
  });
  return scores;
}

const { catalog, positives, withIdentical, nonIdentical, modulesTruth, placeholders } = loadMit();
/** A pair set without the pairs that involve a placeholder subject. */
const withoutPlaceholders = (pairs: ReadonlySet<string>) =>
  new Set([...pairs].filter((k) => !k.split('|').some((ref) => placeholders.has(ref))));

function evaluate(
  method: string,
  threshold: number,
  found: ReadonlySet<string>,
  truth: ReadonlySet<string> = positives,
) {
  const tp = [...found].filter((k) => truth.has(k)).length;
  const precision = found.size ? tp / found.size : 0;
  const recall = tp / truth.size;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const tpNonIdentical = [...nonIdentical].filter((k) => found.has(k)).length;
  return {
    method,
    threshold,
    reported: found.size,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    recallNonIdentical: round(tpNonIdentical / nonIdentical.size),
  };
}

const started = performance.now();
const result = analyzeOverlaps(catalog);
const engineMilliseconds = Math.round(performance.now() - started);
const { duplicate, overlap } = result.thresholds;
// The pairs a report says teach the same content: its overlaps, and every two members of a
// cluster (one of more than 20 lists only each member's pair with its representative, docs/json-report.md,
// but says the same of all its members).
const keys = (kind?: string) => {
  const found = new Set(
    result.overlaps.filter((o) => !kind || o.kind === kind).map((o) => pairKey(o.a, o.b)),
  );
  for (const c of result.clusters)
    if (!kind || c.kind === kind)
      c.modules.forEach((a, i) => c.modules.slice(i + 1).forEach((b) => found.add(pairKey(a, b))));
  return found;
};
const baseline = baselineScores(catalog.modules);
let best = evaluate('TF-IDF cosine, best threshold', 0, new Set());
for (let t = 0.3; t <= 0.995; t += 0.01) {
  const above = baseline.filter(([, s]) => s >= t).map(([k]) => k);
  const e = evaluate(best.method, round(t), new Set(above));
  if (e.f1 > best.f1) best = e;
}
// `npx tsx bench/quality.ts --show-misses`: what the labels do not hold, to read by eye.
if (process.argv.includes('--show-misses')) {
  const titleOf = (ref: string) => catalog.moduleByRef.get(ref)?.title ?? ref;
  for (const o of result.overlaps.filter((o) => !withIdentical.has(pairKey(o.a, o.b))).slice(0, 40))
    process.stderr.write(`${o.score} ${titleOf(o.a)} ~ ${titleOf(o.b)} | ${o.shared.join('; ')}\n`);
  const reported = keys();
  for (const key of [...nonIdentical].filter((k) => !reported.has(k)))
    process.stderr.write(`missed: ${key.split('|').map(titleOf).join(' ~ ')} (${key})\n`);
}
const mit = {
  subjects: catalog.modules.length,
  departments: catalog.programmes.length,
  labelledPairs: positives.size,
  labelledOrIdenticalPairs: withIdentical.size,
  labelledPairsNonIdentical: nonIdentical.size,
  placeholderSubjects: placeholders.size,
  engineMilliseconds,
  candidatePairs: result.candidates,
  methods: [
    evaluate('curriculum-dedup duplicates', duplicate, keys('duplicate')),
    evaluate('curriculum-dedup all overlaps', overlap, keys()),
    evaluate(
      'curriculum-dedup all overlaps, against labels + identical descriptions',
      overlap,
      keys(),
      withIdentical,
    ),
    evaluate(
      'curriculum-dedup duplicates, against labels + identical modules, placeholders set aside',
      duplicate,
      withoutPlaceholders(keys('duplicate')),
      withoutPlaceholders(modulesTruth),
    ),
    evaluate(
      'curriculum-dedup all overlaps, against labels + identical modules, placeholders set aside',
      overlap,
      withoutPlaceholders(keys()),
      withoutPlaceholders(modulesTruth),
    ),
    best,
  ],
};

const vn = await loadRepository(['examples/vn-cadre'], { cwd: root });
if (!vn.catalog || vn.hasErrors)
  throw new Error(
    `examples/vn-cadre does not validate: ${vn.findings[0] ? render(vn.findings[0].message, 'en') : ''}`,
  );
const vnResult = analyzeOverlaps(vn.catalog);
// Every listed pair scored exactly, whether or not the engine made it a candidate.
const compared = vn.catalog.modules.filter((m) => ['lesson', 'report'].includes(m.activity));
const corpus = buildCorpus(compared);
const index = new Map(compared.map((m, i) => [m.ref, i]));
const exact = ([a, b]: [string, string]) => {
  const [i, j] = [index.get(a)!, index.get(b)!];
  return combineScore(measurePair(corpus, i, j), corpus, i, j);
};
const reported = new Set(vnResult.overlaps.map((o) => pairKey(o.a, o.b)));
const isReported = ([a, b]: [string, string]) => reported.has(pairKey(a, b));
const listed = [...new Map(requiredPairs.map((p) => [pairKey(...p), p])).values()]; // distinct
const vnCadre = {
  pairs: vnResult.overlaps.length,
  clusters: vnResult.clusters.length,
  listedOverlaps: listed.length,
  listedOverlapsReported: listed.filter(isReported).length,
  genericOnlyPairs: forbiddenPairs.length,
  genericOnlyPairsReported: forbiddenPairs.filter(isReported).length,
  overlapThreshold: overlap,
  lowestScoreOfListedOverlap: round(Math.min(...listed.map(exact))),
  highestScoreOfGenericOnlyPair: round(Math.max(...forbiddenPairs.map(exact))),
  missing: listed.filter((p) => !isReported(p)),
  genericOnlyReported: forbiddenPairs.filter(isReported),
};
console.log(JSON.stringify({ mit, vnCadre }, null, 2));
