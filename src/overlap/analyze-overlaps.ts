import type { Activity, Catalog, Module, Programme } from '../model/catalog.js';
import { mustAt, mustGet, programmesById } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import { roundHours } from '../model/hours.js';
import { type CandidateOptions, defaultMaxDf } from './candidates.js';
import { findCandidatesOnThreads } from './candidates-threads.js';
import { clusterDocuments } from './cluster.js';
import { type InferredCopy, nameInferredProviders } from '../model/inferred-copies.js';
import type { CopyGroups } from './copies.js';
import { type Corpus, buildCorpus } from './corpus.js';
import { inferProgrammeCopies } from './programme-copies.js';
import { type Linkage, cohesive, maxClusterForAllPairs } from './cohesive.js';
import { alignTopics, contains, sharedPhrases } from './explain.js';
import {
  type ScoreParams,
  combineScore,
  defaultScoreParams,
  measurePair,
  scoreAtLeast,
} from './score.js';
import type { Cluster, Overlap, OverlapResult, OverlapScope, OverlapThresholds } from './types.js';

/** Set by measurement: `npm run bench:quality` (docs/rules/module-overlap.md has the figures). */
export const defaultThresholds: OverlapThresholds = { duplicate: 0.9, overlap: 0.3 };

export interface OverlapOptions {
  readonly thresholds?: Partial<OverlapThresholds>;
  /** Activities compared. Fieldwork and assessment repeat by nature and are left out by default. */
  readonly activities?: readonly Activity[];
  readonly score?: Partial<ScoreParams>;
  readonly candidates?: Partial<CandidateOptions>;
  /**
   * Threads to search candidate pairs on (this one and workers), for a large corpus: the
   * result is the same on any number. Default 1.
   */
  readonly threads?: number;
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
  let inferredCopies: InferredCopy[] = [];
  const corpus = buildCorpus(
    modules,
    (m) => programmeOf(catalog, m).levelRef,
    // A school's own vocabulary: what only its provider's programmes use, declared or
    // inferred from the copy groups (a school's copy that declares no provider).
    (groups) => {
      inferredCopies = inferCopies(catalog, modules, groups);
      const inferred = new Map(inferredCopies.map((c) => [c.programme, c.provider]));
      return (m) => programmeOf(catalog, m).provider ?? inferred.get(m.programme);
    },
  );
  // Pairs whose partial score over the indexed (specific, not too common) terms is far below
  // the threshold are not scored. Measured: no README-listed overlap of examples/vn-cadre and
  // no labelled MIT pair is lost (`npm run bench:quality`); planted-duplicate recall at scale
  // in `npm run bench`.
  const candidates = findCandidatesOnThreads(
    corpus,
    {
      maxDf: defaultMaxDf(corpus.distinct),
      minPartialCosine: thresholds.overlap / 3,
      minPartialContainment: (thresholds.overlap * 2) / 3,
      // Chosen on the narrow-vocabulary benchmark, seed 1: at 100,000 modules, 0.2 misses 73
      // planted copies, the threshold itself 92 (`npm run bench -- --vocabulary 90`).
      minCopyCosine: (thresholds.overlap * 2) / 3,
      ...options.candidates,
    },
    options.threads ?? 1,
  );

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

  // A large cluster's or a copy group's representative: by how many members hold its text.
  const representativeOf: RepresentativeOf = (members) =>
    representative(members, corpus.national, exactGroupSizes(members, corpus.exactGroup));

  // What two documents share, as written in the first, read once: most pairs are explained
  // on their own and again inside their cluster, and most are a school's copy with its
  // original. The phrases depend only on the first's text as written and on the second's
  // terms, which its exact copies share: one reading serves every copy written alike.
  // A shorter list is the longer one's start.
  const explained = new Map<number, string[]>();
  const writtenId = writtenTexts(modules);
  const phrasesShared: PhrasesShared = (a, b, limit = 5) => {
    const k = writtenId(a) * modules.length + mustAt(corpus.exactGroup, b);
    let phrases = explained.get(k);
    if (phrases === undefined) explained.set(k, (phrases = sharedPhrases(corpus, a, b, 5)));
    return phrases.slice(0, limit);
  };
  // What a listed pair shares and its measures, also functions of the two texts as written.
  const explanations = new Map<number, PairExplanation>();
  const explainPair: ExplainPair = (x, y) => {
    const k = writtenId(x) * modules.length + writtenId(y);
    let explanation = explanations.get(k);
    if (explanation === undefined) {
      const m = measurePair(corpus, x, y);
      explanation = {
        shared: phrasesShared(x, y),
        topics: alignTopics(corpus, x, y),
        measures: {
          cosine: round2(m.cosine),
          title: round2(m.title),
          subject: round2(m.subject),
          containment: [round2(m.containedAinB), round2(m.containedBinA)],
        },
      };
      explanations.set(k, explanation);
    }
    return explanation;
  };

  // Overlaps between distinct contents (one document for each copy group)…
  const edges: Array<{ a: number; b: number; score: number }> = [];
  // Near copies at other levels the bands found, which the index may not (common words): each
  // pair scored below unless it was a candidate.
  const acrossLevels = new Map<number, readonly [number, number]>();
  for (let k = 0; k < corpus.acrossLevels.length; k += 2) {
    const i = mustAt(corpus.copyGroup, mustAt(corpus.acrossLevels, k));
    const j = mustAt(corpus.copyGroup, mustAt(corpus.acrossLevels, k + 1));
    if (i !== j && !acrossLevels.has(key(i, j))) acrossLevels.set(key(i, j), [i, j]);
  }
  for (let k = 0; k < candidates.length; k += 2) {
    const i = mustAt(candidates, k);
    const j = mustAt(candidates, k + 1);
    acrossLevels.delete(key(i, j));
    const s = scoreAtLeast(corpus, i, j, thresholds.overlap, params);
    if (s < thresholds.overlap) continue;
    edges.push({ a: i, b: j, score: s });
    known.set(key(i, j), s);
  }
  for (const [k, [i, j]] of acrossLevels) {
    const s = score(i, j);
    known.set(k, s);
    if (s >= thresholds.overlap) edges.push({ a: Math.min(i, j), b: Math.max(i, j), score: s });
  }
  // …clustered, then each cluster widened to every copy of its members.
  const copiesOf = groupMembers(corpus.copyGroup);
  const linkage: Linkage = {
    copyGroup: corpus.copyGroup,
    scoreOf,
    threshold: thresholds.overlap,
    representativeOf,
  };
  const clustered = new Set<number>();
  const memberLists: number[][] = [];
  for (const heads of clusterDocuments(edges, scoreOf, thresholds.overlap, (d) => refOf(d))) {
    for (const h of heads) clustered.add(h);
    const widened = heads.flatMap((h) => copiesOf.get(h) ?? [h]).sort((x, y) => x - y);
    memberLists.push(...cohesive(widened, heads, linkage));
  }
  for (const [head, copies] of copiesOf) {
    if (copies.length > 1 && !clustered.has(head))
      memberLists.push(...cohesive(copies, [head], linkage));
  }
  memberLists.sort((x, y) => mustAt(x, 0) - mustAt(y, 0));
  function refOf(d: number): string {
    return mustAt(modules, d).ref;
  }

  const clusters: Cluster[] = [];
  const pairs = new Map<number, { a: number; b: number; score: number }>();
  const addPair = (a: number, b: number, s: number) => {
    if (s >= thresholds.overlap) pairs.set(key(a, b), { a, b, score: s });
  };
  for (const e of edges) addPair(e.a, e.b, e.score);
  for (const members of memberLists) {
    const described = describeCluster(
      corpus,
      members,
      scoreOf,
      thresholds,
      phrasesShared,
      representativeOf,
    );
    clusters.push(described.cluster);
    // A cluster's pairs: all of them in a small cluster; in a large one (a national module
    // and its provincial copies) each member with the representative, so that reports grow
    // with the modules and not with the pairs.
    if (members.length <= maxClusterForAllPairs) {
      members.forEach((x, p) => members.slice(p + 1).forEach((y) => addPair(x, y, scoreOf(x, y))));
    } else {
      const rep = described.representative;
      for (const x of members) if (x !== rep) addPair(x, rep, scoreOf(x, rep));
    }
  }

  const overlaps = [...pairs.values()]
    .map((e) => describePair(catalog, corpus, e.a, e.b, e.score, thresholds, explainPair))
    .sort((x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b));
  const documentOf = new Map(modules.map((m, d) => [m.ref, d]));

  const copies = [...copiesOf.values()]
    .filter((members) => members.length > 1)
    .map((members) => {
      const chosen = representativeOf(members);
      return {
        representative: refOf(chosen),
        modules: members.map(refOf),
        identical: members
          .filter((d) => corpus.exactGroup[d] === corpus.exactGroup[chosen])
          .map(refOf),
      };
    });

  return {
    overlaps,
    copies,
    inferredCopies,
    clusters,
    thresholds,
    compared: modules.length,
    excluded: catalog.modules.length - modules.length,
    candidates: candidates.length / 2,
    // Later stages ask for many pairs once each (every copy on a pathway): a known score is
    // reused, a new one is computed and not kept.
    score: (a, b) => {
      const i = documentOf.get(a);
      const j = documentOf.get(b);
      if (i === undefined || j === undefined) return 0;
      return i === j ? 1 : (known.get(key(i, j)) ?? score(i, j));
    },
    copyOf: (ref) => {
      const d = documentOf.get(ref);
      return d === undefined
        ? undefined
        : { group: refOf(mustAt(corpus.copyGroup, d)), text: refOf(mustAt(corpus.exactGroup, d)) };
    },
  };
}

/**
 * The programmes that copy another without declaring a provider (`inferProgrammeCopies`, over
 * the documents' copy groups), with the providers they are taken to belong to.
 */
function inferCopies(
  catalog: Catalog,
  modules: readonly Module[],
  groups: CopyGroups,
): InferredCopy[] {
  const programmes = catalog.programmes.map((p) => ({
    id: p.id,
    declared: p.provider !== undefined,
  }));
  const index = new Map(catalog.programmes.map((p, i) => [p.id, i]));
  const copyOf = inferProgrammeCopies({
    programmeOf: Int32Array.from(modules, (m) => mustGet(index, m.programme)),
    copy: groups.copy,
    exact: groups.exact,
    programmes,
  });
  const originals = new Map<string, string>();
  copyOf.forEach((original, p) => {
    if (original >= 0) originals.set(mustAt(programmes, p).id, mustAt(programmes, original).id);
  });
  return nameInferredProviders(catalog, originals);
}

/**
 * A number for each document's text as written (language, title, topics, outcomes and
 * description), the same for documents written alike, taken when first asked.
 */
function writtenTexts(modules: readonly Module[]): (d: number) => number {
  const ids = new Map<string, number>();
  const of = new Int32Array(modules.length).fill(-1);
  return (d) => {
    let id = mustAt(of, d);
    if (id >= 0) return id;
    const m = mustAt(modules, d);
    const text = [
      m.language,
      m.title,
      ...m.topics,
      '',
      ...m.outcomes,
      '',
      m.description ?? '',
    ].join('\u0000');
    id = ids.get(text) ?? ids.size;
    ids.set(text, id);
    of[d] = id;
    return id;
  };
}

/** `sharedPhrases` of two documents, at most `limit` (5 by default). */
type PhrasesShared = (a: number, b: number, limit?: number) => string[];

/** The members of each copy group, by the group's head (`Corpus.copyGroup`). */
function groupMembers(copyGroup: Int32Array): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  copyGroup.forEach((head, d) => {
    const members = groups.get(head);
    if (members) members.push(d);
    else groups.set(head, [d]);
  });
  return groups;
}

type PairExplanation = Pick<Overlap, 'shared' | 'topics' | 'measures'>;

/** What pair (x, y) shares, as written in x, and its measures. */
type ExplainPair = (x: number, y: number) => PairExplanation;

function describePair(
  catalog: Catalog,
  corpus: Corpus,
  i: number,
  j: number,
  score: number,
  thresholds: OverlapThresholds,
  explainPair: ExplainPair,
): Overlap {
  const [x, y] =
    compareStrings(mustAt(corpus.modules, i).ref, mustAt(corpus.modules, j).ref) <= 0
      ? [i, j]
      : [j, i];
  const a = mustAt(corpus.modules, x);
  const b = mustAt(corpus.modules, y);
  // What the pair shares is worked out when first read: a report shows it for few of the
  // pairs (the console, for the pairs outside clusters), and the rules read it only for
  // pairs across levels and tracks. The same values whenever read: explainPair is pure.
  let explanation: PairExplanation | undefined;
  const explained = () => (explanation ??= explainPair(x, y));
  return {
    a: a.ref,
    b: b.ref,
    score: round2(score),
    kind: score >= thresholds.duplicate ? 'duplicate' : 'overlap',
    scope: scopeOf(catalog, a, b),
    get shared() {
      return explained().shared;
    },
    get topics() {
      return explained().topics;
    },
    get measures() {
      return explained().measures;
    },
  };
}

function describeCluster(
  corpus: Corpus,
  members: readonly number[],
  scoreOf: (i: number, j: number) => number,
  thresholds: OverlapThresholds,
  phrasesShared: PhrasesShared,
  representativeOf: RepresentativeOf,
): { cluster: Cluster; representative: number } {
  const modules = members.map((d) => mustAt(corpus.modules, d));
  // The representative (`representative`): in a small cluster, by its scores with every
  // other member; in a large one, by how many members hold its text. Cohesion is measured
  // against it.
  const small = members.length <= maxClusterForAllPairs;
  const chosen = small
    ? representative(members, corpus.national, centrality(members, scoreOf))
    : representativeOf(members);
  let min = 1;
  let sum = 0;
  let count = 0;
  const measure = (x: number, y: number) => {
    const s = scoreOf(x, y);
    min = Math.min(min, s);
    sum += s;
    count++;
  };
  if (small) members.forEach((x, p) => members.slice(p + 1).forEach((y) => measure(x, y)));
  else for (const x of members) if (x !== chosen) measure(x, chosen);
  // What is shared, from the distinct contents only: a thousand copies say it once.
  const shared: string[] = [];
  const explained = new Set<number>();
  for (const other of members) {
    const group = mustAt(corpus.exactGroup, other);
    if (other === chosen || explained.has(group)) continue;
    if (shared.length >= 5) break;
    explained.add(group);
    for (const phrase of phrasesShared(chosen, other, 3)) {
      if (!shared.some((s) => contains(s, phrase))) shared.push(phrase);
    }
  }
  return {
    representative: chosen,
    cluster: {
      modules: modules.map((m) => m.ref),
      kind: min >= thresholds.duplicate ? 'duplicate' : 'overlap',
      hours: roundHours(modules.reduce((s, m) => s + m.hours, 0)),
      representative: mustAt(corpus.modules, chosen).ref,
      cohesion: { min: round2(min), mean: round2(sum / (count || 1)) },
      shared: shared.slice(0, 5),
      identical: members
        .filter((d) => corpus.exactGroup[d] === corpus.exactGroup[chosen])
        .map((d) => mustAt(corpus.modules, d).ref),
    },
  };
}

/**
 * The one member that stands for a set of modules (a cluster, a copy group), shown with ★
 * and named `representative` in JSON: a national module where the set holds one (the
 * original its copies are measured against), and among the candidates the one most like the
 * others (`likeness`); ties go to the first by ref.
 */
function representative(
  members: readonly number[],
  national: Uint8Array,
  likeness: (d: number) => number,
): number {
  const nationals = members.filter((d) => national[d] === 1);
  const candidates = nationals.length > 0 ? nationals : members;
  let best = mustAt(candidates, 0);
  let bestLikeness = likeness(best);
  for (const d of candidates.slice(1)) {
    const l = likeness(d);
    if (l > bestLikeness) [best, bestLikeness] = [d, l];
  }
  return best;
}

/** A member's scores with every other member, summed. */
function centrality(members: readonly number[], scoreOf: (i: number, j: number) => number) {
  return (x: number) => {
    let total = 0;
    for (const y of members) if (y !== x) total += scoreOf(x, y);
    return total;
  };
}

/** How many members hold each member's text (its group of identical copies among them). */
function exactGroupSizes(members: readonly number[], exactGroup: Int32Array) {
  const sizes = new Map<number, number>();
  for (const d of members) {
    const group = mustAt(exactGroup, d);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
  return (d: number) => sizes.get(mustAt(exactGroup, d)) ?? 0;
}

/** Picks a large cluster's or a copy group's representative (`representative`). */
type RepresentativeOf = (members: readonly number[]) => number;

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

function programmeOf(catalog: Catalog, module: Module): Programme {
  return mustGet(programmesById(catalog), module.programme);
}
