import type { Activity, Catalog, Module, Programme } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';
import { roundHours } from '../model/hours.js';
import { type CandidateOptions, defaultMaxDf, findCandidates } from './candidates.js';
import { clusterDocuments } from './cluster.js';
import { type Corpus, buildCorpus } from './corpus.js';
import { alignTopics, sharedPhrases } from './explain.js';
import { type ScoreParams, combineScore, defaultScoreParams, measurePair } from './score.js';
import type { Cluster, Overlap, OverlapResult, OverlapScope, OverlapThresholds } from './types.js';

/** Set by measurement: `npm run bench:quality` (docs/rules/module-overlap.md has the figures). */
export const defaultThresholds: OverlapThresholds = { duplicate: 0.9, overlap: 0.3 };

export interface OverlapOptions {
  readonly thresholds?: Partial<OverlapThresholds>;
  /** Activities compared. Fieldwork and assessment repeat by nature and are left out by default. */
  readonly activities?: readonly Activity[];
  readonly score?: Partial<ScoreParams>;
  readonly candidates?: Partial<CandidateOptions>;
}

export const defaultActivities: readonly Activity[] = ['lesson', 'report'];

/** Finds every pair and cluster of modules that teach the same content. Pure. */
export function analyzeOverlaps(catalog: Catalog, options: OverlapOptions = {}): OverlapResult {
  const thresholds = { ...defaultThresholds, ...options.thresholds };
  const activities = new Set(options.activities ?? defaultActivities);
  const params = { ...defaultScoreParams, ...options.score };
  // Documents are numbered in ref order, never in file order, so that moving a module within
  // its file or renaming files changes nothing: every tie below is broken by ref.
  const modules = catalog.modules
    .filter((m) => activities.has(m.activity))
    .sort((a, b) => compareStrings(a.ref, b.ref));
  const corpus = buildCorpus(modules);
  // Pairs whose partial score over the indexed (specific, not too common) terms is far below
  // the threshold are not scored. Measured: no README-listed overlap of examples/vn-cadre and
  // no labelled MIT pair is lost (`npm run bench:quality`); planted-duplicate recall at scale
  // in `npm run bench`.
  const candidates = findCandidates(corpus, {
    maxDf: defaultMaxDf(modules.length),
    minPartialCosine: thresholds.overlap / 3,
    minPartialContainment: (thresholds.overlap * 2) / 3,
    ...options.candidates,
  });

  const score = (i: number, j: number) =>
    combineScore(measurePair(corpus, i, j), corpus, i, j, params);
  // Scores of reported pairs, and of any other pair clustering asks about (most are never asked).
  const known = new Map<number, number>();
  const key = (i: number, j: number) => (i < j ? i * modules.length + j : j * modules.length + i);
  const scoreOf = (i: number, j: number) => {
    if (i === j) return 1;
    let s = known.get(key(i, j));
    if (s === undefined) {
      s = score(i, j);
      known.set(key(i, j), s);
    }
    return s;
  };

  const edges: Array<{ a: number; b: number; score: number }> = [];
  for (let k = 0; k < candidates.length; k += 2) {
    const i = candidates[k]!;
    const j = candidates[k + 1]!;
    const s = score(i, j);
    if (s < thresholds.overlap) continue;
    edges.push({ a: i, b: j, score: s });
    known.set(key(i, j), s);
  }

  const overlaps = edges
    .map((e) => describePair(catalog, corpus, e.a, e.b, e.score, thresholds))
    .sort((x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b));

  const clusters = clusterDocuments(edges, scoreOf, thresholds.overlap, (d) => modules[d]!.ref).map(
    (members) => describeCluster(corpus, members, scoreOf, thresholds),
  );
  const documentOf = new Map(modules.map((m, d) => [m.ref, d]));

  return {
    overlaps,
    clusters,
    thresholds,
    compared: modules.length,
    excluded: catalog.modules.length - modules.length,
    candidates: candidates.length / 2,
    score: (a, b) => {
      const i = documentOf.get(a);
      const j = documentOf.get(b);
      return i === undefined || j === undefined ? 0 : scoreOf(i, j);
    },
  };
}

function describePair(
  catalog: Catalog,
  corpus: Corpus,
  i: number,
  j: number,
  score: number,
  thresholds: OverlapThresholds,
): Overlap {
  const [x, y] =
    compareStrings(corpus.modules[i]!.ref, corpus.modules[j]!.ref) <= 0 ? [i, j] : [j, i];
  const a = corpus.modules[x]!;
  const b = corpus.modules[y]!;
  const m = measurePair(corpus, x, y);
  return {
    a: a.ref,
    b: b.ref,
    score: round2(score),
    kind: score >= thresholds.duplicate ? 'duplicate' : 'overlap',
    scope: scopeOf(catalog, a, b),
    shared: sharedPhrases(corpus, x, y),
    topics: alignTopics(corpus, x, y),
    measures: {
      cosine: round2(m.cosine),
      title: round2(m.title),
      containment: [round2(m.containedAinB), round2(m.containedBinA)],
    },
  };
}

function describeCluster(
  corpus: Corpus,
  members: number[],
  scoreOf: (i: number, j: number) => number,
  thresholds: OverlapThresholds,
): Cluster {
  const modules = members.map((d) => corpus.modules[d]!);
  let min = 1;
  let sum = 0;
  let pairs = 0;
  let representative = 0;
  let bestMean = -1;
  members.forEach((x, p) => {
    let own = 0;
    members.forEach((y, q) => {
      if (p === q) return;
      const s = scoreOf(x, y);
      own += s;
      if (q > p) {
        min = Math.min(min, s);
        sum += s;
        pairs++;
      }
    });
    if (own > bestMean) [bestMean, representative] = [own, p];
  });
  const rep = members[representative]!;
  const shared: string[] = [];
  for (const other of members) {
    if (other === rep) continue;
    for (const phrase of sharedPhrases(corpus, rep, other, 3)) {
      if (!shared.some((s) => s.includes(phrase))) shared.push(phrase);
    }
  }
  return {
    modules: modules.map((m) => m.ref),
    kind: min >= thresholds.duplicate ? 'duplicate' : 'overlap',
    hours: roundHours(modules.reduce((s, m) => s + m.hours, 0)),
    representative: modules[representative]!.ref,
    cohesion: { min: round2(min), mean: round2(sum / pairs) },
    shared: shared.slice(0, 5),
  };
}

function scopeOf(catalog: Catalog, a: Module, b: Module): OverlapScope {
  if (a.programme === b.programme) return 'within-programme';
  const pa = programmeOf(catalog, a);
  const pb = programmeOf(catalog, b);
  if (pa.track === pb.track) return pa.level === pb.level ? 'same-level' : 'cross-level';
  const comparable = catalog.comparable.some(
    (g) => g.includes(pa.levelRef) && g.includes(pb.levelRef),
  );
  return comparable ? 'comparable-levels' : 'cross-track';
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const programmeIndex = new WeakMap<Catalog, Map<string, Programme>>();

function programmeOf(catalog: Catalog, module: Module): Programme {
  let index = programmeIndex.get(catalog);
  if (!index) {
    index = new Map(catalog.programmes.map((p) => [p.id, p]));
    programmeIndex.set(catalog, index);
  }
  return index.get(module.programme)!;
}
