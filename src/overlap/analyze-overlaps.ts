import { coveredShare } from './coverage.js';
import type { Activity, Catalog, Module, Programme } from '../model/catalog.js';
import { mustAt, mustGet, programmesById } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import { roundHours } from '../model/hours.js';
import { type CandidateOptions, defaultMaxDf } from './candidates.js';
import { findCandidatesOnThreads } from './candidates-threads.js';
import type { Edge } from './cluster.js';
import { type InferredCopy, nameInferredProviders } from '../model/inferred-copies.js';
import type { CopyGroups } from './copies.js';
import { type Corpus, buildCorpus } from './corpus.js';
import { scoredEdges } from './edges.js';
import { inferProgrammeCopies } from './programme-copies.js';
import { type Linkage, clusterMembers, maxClusterForAllPairs } from './cohesive.js';
import { contains } from './explain.js';
import { type PairExplanation, PairExplanations, round2 } from './pair-explanations.js';
import { PairScores } from './pair-scores.js';
import { defaultScoreParams, type ScoreParams } from './score.js';
import type {
  Cluster,
  CopyGroup,
  Overlap,
  OverlapResult,
  OverlapScope,
  OverlapThresholds,
} from './types.js';

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

/**
 * Finds every pair and cluster of modules that teach the same content. Pure. In phases: the
 * modules compared, their corpus (terms, copy groups, weights), the candidate pairs, the
 * pairs scored at least the threshold, their clusters (widened to every copy), and the
 * clusters, pairs and copy groups described.
 */
export function analyzeOverlaps(catalog: Catalog, options: OverlapOptions = {}): OverlapResult {
  const thresholds = { ...defaultThresholds, ...options.thresholds };
  const params = { ...defaultScoreParams, ...options.score };
  const modules = comparedModules(catalog, options.activities ?? defaultActivities);
  const { corpus, inferredCopies } = corpusOf(catalog, modules);
  const candidates = findCandidatesOnThreads(
    corpus,
    candidateOptions(corpus, thresholds, options.candidates),
    options.threads ?? 1,
  );
  const scores = new PairScores(corpus, params);
  const edges = scoredEdges(corpus, candidates, scores, thresholds.overlap);

  const copiesOf = groupMembers(corpus.copyGroup);
  // A large cluster's or a copy group's representative: by how many members hold its text.
  const representativeOf: RepresentativeOf = (members) =>
    representative(members, corpus.national, exactGroupSizes(members, corpus.exactGroup));
  const refOf = (d: number) => mustAt(modules, d).ref;
  const linkage: Linkage = {
    copyGroup: corpus.copyGroup,
    scoreOf: scores.of,
    threshold: thresholds.overlap,
    representativeOf,
  };
  const memberLists = clusterMembers(edges, copiesOf, linkage, refOf);

  const explanations = new PairExplanations(corpus);
  const { clusters, pairs } = describeClusters(
    corpus,
    memberLists,
    edges,
    scores,
    thresholds,
    explanations,
    representativeOf,
  );
  const overlaps = pairs
    .map((e) => describePair(catalog, corpus, e.a, e.b, e.score, thresholds, explanations))
    .sort((x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b));
  const documentOf = new Map(modules.map((m, d) => [m.ref, d]));

  return {
    overlaps,
    copies: describeCopies(corpus, copiesOf, representativeOf),
    inferredCopies,
    clusters,
    thresholds,
    compared: modules.length,
    excluded: catalog.modules.length - modules.length,
    candidates: candidates.length / 2,
    score: (a, b) => {
      const i = documentOf.get(a);
      const j = documentOf.get(b);
      return i === undefined || j === undefined ? 0 : scores.once(i, j);
    },
    covered: (inner, outer) => {
      const i = documentOf.get(inner);
      const o = documentOf.get(outer);
      return i === undefined || o === undefined ? 0 : coveredShare(corpus, i, o);
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
 * The modules compared: those of the activities given, numbered in ref order, never in file
 * order, so that moving a module within its file or renaming files changes nothing: every tie
 * later is broken by ref.
 */
function comparedModules(catalog: Catalog, activities: readonly Activity[]): Module[] {
  const compared = new Set(activities);
  return catalog.modules
    .filter((m) => compared.has(m.activity))
    .sort((a, b) => compareStrings(a.ref, b.ref));
}

/**
 * The corpus of the modules, copies sought within each level, and the programmes found to
 * copy another without declaring a provider. A school's own vocabulary is what only its
 * provider's programmes use, declared or inferred from the copy groups.
 */
function corpusOf(
  catalog: Catalog,
  modules: readonly Module[],
): { corpus: Corpus; inferredCopies: InferredCopy[] } {
  let inferredCopies: InferredCopy[] = [];
  const corpus = buildCorpus(
    modules,
    (m) => programmeOf(catalog, m).levelRef,
    (groups) => {
      inferredCopies = inferCopies(catalog, modules, groups);
      const inferred = new Map(inferredCopies.map((c) => [c.programme, c.provider]));
      return (m) => programmeOf(catalog, m).provider ?? inferred.get(m.programme);
    },
  );
  return { corpus, inferredCopies };
}

/**
 * Pairs whose partial score over the indexed (specific, not too common) terms is far below
 * the threshold are not scored. Measured: no README-listed overlap of examples/vn-cadre and
 * no labelled MIT pair is lost (`npm run bench:quality`); planted-duplicate recall at scale
 * in `npm run bench`.
 */
function candidateOptions(
  corpus: Corpus,
  thresholds: OverlapThresholds,
  given: Partial<CandidateOptions> | undefined,
): CandidateOptions {
  return {
    maxDf: defaultMaxDf(corpus.distinct),
    minPartialCosine: thresholds.overlap / 3,
    minPartialContainment: (thresholds.overlap * 2) / 3,
    // Chosen on the narrow-vocabulary benchmark, seed 1: at 100,000 modules, 0.2 misses 73
    // planted copies, the threshold itself 92 (`npm run bench -- --vocabulary 90`).
    minCopyCosine: (thresholds.overlap * 2) / 3,
    ...given,
  };
}

/**
 * Each cluster described, and the pairs to report: every edge, and a cluster's pairs (all of
 * them in a small cluster; in a large one, a national module and its provincial copies, each
 * member with the representative, so that reports grow with the modules and not with the
 * pairs), each once, where it scores at least the threshold.
 */
function describeClusters(
  corpus: Corpus,
  memberLists: readonly (readonly number[])[],
  edges: readonly Edge[],
  scores: PairScores,
  thresholds: OverlapThresholds,
  explanations: PairExplanations,
  representativeOf: RepresentativeOf,
): { clusters: Cluster[]; pairs: Edge[] } {
  const clusters: Cluster[] = [];
  const pairs = new Map<number, Edge>();
  const addPair = (a: number, b: number, s: number) => {
    if (s >= thresholds.overlap) pairs.set(scores.key(a, b), { a, b, score: s });
  };
  for (const e of edges) addPair(e.a, e.b, e.score);
  for (const members of memberLists) {
    const described = describeCluster(
      corpus,
      members,
      scores.of,
      thresholds,
      explanations.shared,
      representativeOf,
    );
    clusters.push(described.cluster);
    if (members.length <= maxClusterForAllPairs) {
      members.forEach((x, p) =>
        members.slice(p + 1).forEach((y) => addPair(x, y, scores.of(x, y))),
      );
    } else {
      const rep = described.representative;
      for (const x of members) if (x !== rep) addPair(x, rep, scores.of(x, rep));
    }
  }
  return { clusters, pairs: [...pairs.values()] };
}

/** The copy groups of two or more modules, by their representative (`representative`). */
function describeCopies(
  corpus: Corpus,
  copiesOf: ReadonlyMap<number, readonly number[]>,
  representativeOf: RepresentativeOf,
): CopyGroup[] {
  const refOf = (d: number) => mustAt(corpus.modules, d).ref;
  return [...copiesOf.values()]
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

function describePair(
  catalog: Catalog,
  corpus: Corpus,
  i: number,
  j: number,
  score: number,
  thresholds: OverlapThresholds,
  explanations: PairExplanations,
): Overlap {
  const [x, y] =
    compareStrings(mustAt(corpus.modules, i).ref, mustAt(corpus.modules, j).ref) <= 0
      ? [i, j]
      : [j, i];
  const a = mustAt(corpus.modules, x);
  const b = mustAt(corpus.modules, y);
  // What the pair shares is worked out when first read: a report shows it for few of the
  // pairs (the console, for the pairs outside clusters), and the rules read it only for
  // pairs across levels and tracks. The same values whenever read: explaining is pure.
  let explanation: PairExplanation | undefined;
  const explained = () => (explanation ??= explanations.explain(x, y));
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

function programmeOf(catalog: Catalog, module: Module): Programme {
  return mustGet(programmesById(catalog), module.programme);
}
