// npm run bench:national — the national-archive scenario of issue 8, measured on the built CLI:
// examples/vn-cadre's national programmes plus every provider's copies and local modules
// (bench/national-generate.ts), at each size: time, peak RSS and report size beside the time to
// parse the same YAML, and how well the report's clusters recover the copy groups. Prints one
// JSON document on stdout (progress on stderr): see bench/README.md.
//
//   npx tsx bench/national.ts [--providers 30,300] [--seed 1] [--timeout 600]
//       [--names invented|real] [--campuses N] [--no-provider] [--programmes-per-school K]
//       [--rewording classic|wide]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCount } from './generate.js';
import {
  type NationalOptions,
  type NationalTruth,
  type TruthModule,
  generateNational,
  nationalOptions,
  providerAccepted,
  resolveOptions,
} from './national-generate.js';
import { failure, machine, node, parseOnlyScript, root, round } from './measure.js';

interface Report {
  overlaps: Array<{ a: string; b: string }>;
  clusters: Array<{ modules: string[] }>;
  /** The engine's copy groups (absent from reports of engines before them). */
  copies?: Array<{ modules: string[] }>;
  /** Only counted: a report of 2,000 schools without provider holds millions of them. */
  exemptions?: { readonly length: number };
  findings?: Array<{ rule: string }>;
  summary?: { programmes?: number; modules?: number; compared?: number };
}

/**
 * The JSON report. One too long for a JavaScript string (about 512 MB: the exemptions of
 * 2,000 schools without provider make 0.9 GB) is read field by field, as the CLI pretty-prints
 * it with two spaces: each top-level field starts a line `  "name": `; the exemptions are then
 * counted (the array's objects start lines `    {`), not parsed.
 */
function readReport(path: string): Report {
  const bytes = readFileSync(path);
  if (bytes.length < 256e6) return JSON.parse(bytes.toString('utf8')) as Report;
  const fields: Array<{ key: string; at: number; body: number }> = [];
  for (let at = bytes.indexOf('\n  "'); at >= 0;) {
    const colon = bytes.indexOf('": ', at + 4);
    fields.push({ key: bytes.toString('utf8', at + 4, colon), at, body: colon + 3 });
    at = bytes.indexOf('\n  "', colon);
  }
  const range = (key: string) => {
    const k = fields.findIndex((f) => f.key === key);
    if (k < 0) return undefined;
    const end = k + 1 < fields.length ? fields[k + 1]!.at : bytes.lastIndexOf('\n}');
    return { start: fields[k]!.body, end };
  };
  const parsed = (key: string): unknown => {
    const r = range(key);
    return r && JSON.parse(bytes.toString('utf8', r.start, r.end).replace(/,\s*$/, ''));
  };
  let exemptions = 0;
  const r = range('exemptions');
  for (let at = r ? bytes.indexOf('\n    {', r.start) : -1; at >= 0 && at < r!.end; exemptions++)
    at = bytes.indexOf('\n    {', at + 6);
  return {
    overlaps: parsed('overlaps'),
    clusters: parsed('clusters'),
    copies: parsed('copies'),
    findings: parsed('findings'),
    summary: parsed('summary'),
    exemptions: { length: exemptions },
  } as Report;
}

/** How many times each key occurs. */
function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** B-cubed precision and recall of a predicted clustering against the true one, over `refs`. */
function bcubed(
  refs: readonly string[],
  predicted: (r: string) => string,
  actual: (r: string) => string,
) {
  const p = tally(refs.map(predicted));
  const t = tally(refs.map(actual));
  const both = tally(refs.map((r) => `${predicted(r)}\n${actual(r)}`));
  let precision = 0;
  let recall = 0;
  for (const r of refs) {
    const shared = both.get(`${predicted(r)}\n${actual(r)}`)!;
    precision += shared / p.get(predicted(r))!;
    recall += shared / t.get(actual(r))!;
  }
  [precision, recall] = [precision / refs.length, recall / refs.length];
  return {
    precision: round(precision),
    recall: round(recall),
    f1: round((2 * precision * recall) / (precision + recall)),
  };
}

const pairsWithin = (keys: readonly string[]) =>
  [...tally(keys).values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);

/** A count per key, keys sorted. */
const sortedTally = (keys: readonly string[]) =>
  Object.fromEntries([...tally(keys)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const syllablesOf = (name: string) =>
  name
    .normalize('NFC')
    .toLowerCase()
    .split(/[\s-]+/u);
const shareSyllable = (a: string, b: string) => {
  const mine = new Set(syllablesOf(a));
  return syllablesOf(b).some((s) => s && mine.has(s));
};
/** The province a local module names: its id (two provinces may share a name), or provider. */
const provinceKey = (m: TruthModule) => m.provinceId ?? m.provider ?? '';

/**
 * Local modules of different provinces whose names share a syllable (Bắc Ninh ~ Quảng Ninh,
 * and the old and the current Bắc Ninh): how many such pairs exist, counted by province
 * without listing them, and how many the report lists in `overlaps` or puts in one copy group.
 */
function placePairs(
  report: Report,
  modules: Record<string, TruthModule>,
  local: readonly string[],
  copyOf: ReadonlyMap<string, string>,
) {
  const byProvince = new Map<string, { name: string; refs: string[] }>();
  for (const r of local) {
    const m = modules[r]!;
    if (m.province === undefined) continue;
    const entry = byProvince.get(provinceKey(m)) ?? { name: m.province, refs: [] };
    entry.refs.push(r);
    byProvince.set(provinceKey(m), entry);
  }
  const list = [...byProvince.values()].map((p) => ({
    ...p,
    frames: tally(p.refs.map((r) => modules[r]!.frame!)),
    syllables: new Set(syllablesOf(p.name)),
  }));
  let pairs = 0;
  let sameFrame = 0;
  let sameName = 0;
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const [x, y] = [list[i]!, list[j]!];
      if (!syllablesOf(y.name).some((s) => x.syllables.has(s))) continue;
      pairs += x.refs.length * y.refs.length;
      if (x.name === y.name) sameName += x.refs.length * y.refs.length;
      for (const [frame, n] of x.frames) sameFrame += n * (y.frames.get(frame) ?? 0);
    }
  const isPlacePair = (x: TruthModule | undefined, y: TruthModule | undefined) =>
    x?.province !== undefined &&
    y?.province !== undefined &&
    provinceKey(x) !== provinceKey(y) &&
    shareSyllable(x.province, y.province);
  let reported = 0;
  let sameFrameReported = 0;
  let sameNameReported = 0;
  const examples: string[] = [];
  for (const { a, b } of report.overlaps) {
    const [x, y] = [modules[a], modules[b]];
    if (!isPlacePair(x, y)) continue;
    reported++;
    if (x!.frame === y!.frame) sameFrameReported++;
    if (x!.province === y!.province) sameNameReported++;
    if (examples.length < 3) examples.push(`${a} ~ ${b}`);
  }
  // Pairs the report calls copies of one content: local members of one copy group.
  const members = new Map<string, string[]>();
  for (const r of local) {
    const group = copyOf.get(r);
    if (group !== undefined) members.set(group, [...(members.get(group) ?? []), r]);
  }
  let inCopyGroups = 0;
  for (const refs of members.values())
    for (let i = 0; i < refs.length; i++)
      for (let j = i + 1; j < refs.length; j++)
        if (isPlacePair(modules[refs[i]!], modules[refs[j]!])) inCopyGroups++;
  return {
    placePairs: pairs,
    placePairsReported: reported,
    placePairsSameFrame: sameFrame,
    placePairsSameFrameReported: sameFrameReported,
    placePairsSameName: sameName,
    placePairsSameNameReported: sameNameReported,
    placePairsInCopyGroups: inCopyGroups,
    placePairExamples: examples,
  };
}

/**
 * Local modules that are one group across the campuses of a province: how many of their pairs
 * the report puts in one copy group (`copies`) or one cluster, and the B-cubed recall of the
 * copy groups and of the clusters restricted to these modules.
 */
function campusCopies(
  modules: Record<string, TruthModule>,
  local: readonly string[],
  copyOf: ReadonlyMap<string, string>,
  clusterOf: ReadonlyMap<string, string>,
  overlaps: ReadonlySet<string>,
) {
  const groups = new Map<string, string[]>();
  for (const r of local)
    groups.set(modules[r]!.group, [...(groups.get(modules[r]!.group) ?? []), r]);
  const shared = [...groups.values()].filter((g) => g.length > 1);
  let pairs = 0;
  let inCopies = 0;
  let inClusters = 0;
  let found = 0;
  let reported = 0;
  let recallCopies = 0;
  let recallClusters = 0;
  const same = (m: ReadonlyMap<string, string>, a: string, b: string) =>
    m.get(a) !== undefined && m.get(a) === m.get(b);
  for (const g of shared)
    for (const a of g) {
      recallCopies += g.filter((b) => b === a || same(copyOf, a, b)).length / g.length;
      recallClusters += g.filter((b) => b === a || same(clusterOf, a, b)).length / g.length;
      for (const b of g) {
        if (b <= a) continue;
        pairs++;
        const [c, k] = [same(copyOf, a, b), same(clusterOf, a, b)];
        if (c) inCopies++;
        if (k) inClusters++;
        if (c || k) found++;
        if (overlaps.has(`${a}\n${b}`)) reported++;
      }
    }
  const modulesIn = shared.reduce((s, g) => s + g.length, 0);
  return {
    groups: shared.length,
    modules: modulesIn,
    pairs,
    pairsInCopyGroups: inCopies,
    pairsInClusters: inClusters,
    pairsReported: reported,
    pairRecall: pairs ? round(found / pairs) : null,
    bcubedRecallCopies: modulesIn ? round(recallCopies / modulesIn) : null,
    bcubedRecallClusters: modulesIn ? round(recallClusters / modulesIn) : null,
  };
}

/**
 * For the copies of national modules, by what was edited in them: how many the report puts in
 * the copy group of their national module (`found/copies`); a copy left out was split from
 * its original.
 */
function copiesWithOriginal(
  modules: Record<string, TruthModule>,
  compared: readonly string[],
  copyOf: ReadonlyMap<string, string>,
) {
  const counts = new Map<string, [number, number]>();
  const count = (key: string, found: boolean) => {
    const c = counts.get(key) ?? [0, 0];
    counts.set(key, [c[0] + (found ? 1 : 0), c[1] + 1]);
  };
  for (const r of compared) {
    const m = modules[r]!;
    if (m.provider === undefined || m.frame !== undefined) continue;
    const found = copyOf.get(r) !== undefined && copyOf.get(r) === copyOf.get(m.group);
    count('all', found);
    for (const edit of m.edits?.length ? m.edits : ['verbatim']) count(edit, found);
  }
  return Object.fromEntries(
    [...counts]
      .sort(([a], [b]) => (a === 'all' ? -1 : b === 'all' ? 1 : a < b ? -1 : 1))
      .map(([k, [found, all]]) => [k, `${found}/${all}`]),
  );
}

function quality(report: Report, { modules, namesShareSyllables }: NationalTruth) {
  const clusterOf = new Map<string, string>();
  report.clusters.forEach((c, i) =>
    c.modules.forEach((m) => clusterOf.has(m) || clusterOf.set(m, `#${i}`)),
  );
  const predicted = (r: string) => clusterOf.get(r) ?? r; // not in a cluster: a singleton
  const actual = (r: string) => modules[r]!.group;
  const refs = Object.keys(modules);
  const compared = refs.filter((r) => modules[r]!.compared);
  const local = refs.filter((r) => modules[r]!.frame);
  let copyPairsReported = 0;
  let framePairsReported = 0;
  let fillerPairsReported = 0;
  const framePairExamples: string[] = [];
  for (const { a, b } of report.overlaps) {
    const [x, y] = [modules[a], modules[b]];
    if (x && x.group === y?.group) copyPairsReported++;
    // Same frame, another group: local modules of two provinces (one province's campuses
    // hold copies of one group, counted above).
    else if (x?.frame && x.frame === y?.frame) {
      framePairsReported++;
      if (framePairExamples.length < 3) framePairExamples.push(`${a} ~ ${b}`);
    } else if (x?.frame && y?.frame && x.frame !== y.frame && provinceKey(x) === provinceKey(y))
      fillerPairsReported++;
  }
  const copyPairs = pairsWithin(compared.map(actual));
  const copyOf = new Map<string, string>();
  (report.copies ?? []).forEach((c, i) => c.modules.forEach((m) => copyOf.set(m, `copy#${i}`)));
  const predictedCopy = (r: string) => copyOf.get(r) ?? r;
  const listed = new Set(report.overlaps.flatMap(({ a, b }) => [`${a}\n${b}`, `${b}\n${a}`]));
  const frame = (r: string) => modules[r]!.frame!;
  const clustered = local.filter((r) => clusterOf.has(r));
  return {
    overlaps: report.overlaps.length,
    clusters: report.clusters.length,
    copyGroups: report.copies?.length,
    exemptions: report.exemptions?.length,
    findingsByRule: sortedTally((report.findings ?? []).map((f) => f.rule)),
    // The copy groups the report names, against the true ones: what issue 8 asks.
    bcubedCopies: { modules: compared.length, ...bcubed(compared, predictedCopy, actual) },
    copiesWithOriginal: copiesWithOriginal(modules, compared, copyOf),
    bcubed: bcubed(refs, predicted, actual),
    bcubedCompared: { modules: compared.length, ...bcubed(compared, predicted, actual) },
    copyPairs,
    copyPairsReported,
    pairRecall: round(copyPairsReported / copyPairs),
    campusCopiesFound: campusCopies(modules, local, copyOf, clusterOf, listed),
    // Same frame, different provinces (pairs of one frame less those within one group).
    framePairs: pairsWithin(local.map(frame)) - pairsWithin(local.map(actual)),
    framePairsReported,
    framePairExamples,
    namesShareSyllables,
    ...placePairs(report, modules, local, copyOf),
    // One province's local modules of different frames share its province and places (the
    // filler) and nothing else: no overlap either.
    fillerPairs:
      pairsWithin(local.map((r) => provinceKey(modules[r]!))) -
      pairsWithin(local.map((r) => `${provinceKey(modules[r]!)} ${frame(r)}`)),
    fillerPairsReported,
    // A cluster says that all its members teach the same content, listed pairs or not.
    framePairsClustered:
      pairsWithin(clustered.map((r) => `${predicted(r)} ${frame(r)}`)) -
      pairsWithin(clustered.map((r) => `${predicted(r)} ${actual(r)}`)),
    otherPairsReported: report.overlaps.length - copyPairsReported - framePairsReported,
  };
}

async function measure(
  providers: number,
  seed: number,
  timeout: number,
  scratch: string,
  options: NationalOptions,
) {
  const dir = join(scratch, `national-${providers}`);
  const out = join(scratch, 'report.json');
  process.stderr.write(`national archive, ${providers} providers: generating\n`);
  const truth = generateNational(providers, dir, seed, options);
  const result = {
    providers,
    provinces: truth.provinces,
    programmes: Object.keys(truth.programmes ?? {}).length,
    modules: Object.keys(truth.modules).length,
    files: truth.files,
    yamlMB: round(truth.bytes / 1e6, 1),
    copies: truth.copies,
  };
  process.stderr.write(`national archive, ${providers} providers: analyze, then parse only\n`);
  const e = await node(
    ['bin/curriculum-dedup.js', 'analyze', dir, '--format', 'json', '--output', out],
    timeout,
  );
  const p = await node(['--input-type=module', '-e', parseOnlyScript, dir], timeout);
  const parsed = p.stdout.trim() === JSON.stringify({ files: truth.files, errors: 0 });
  const times = {
    endToEndSeconds: round(e.seconds),
    peakRssMB: Math.round(e.peakRssMB),
    parseOnlySeconds: round(p.seconds),
    endToEndOverParseOnly: round(e.seconds / p.seconds, 2),
  };
  try {
    const error =
      failure(e, 'analyze') ??
      failure(p, 'parse-only') ??
      (parsed ? undefined : `parse-only found: ${p.stdout.trim()}`);
    if (error) return { ...result, ...times, error };
    const reportMB = round(statSync(out).size / 1e6, 1);
    const report = readReport(out);
    const { programmes, modules, compared } = report.summary ?? {};
    const summary = { programmes, modules, compared };
    return { ...result, ...times, reportMB, summary, quality: quality(report, truth) };
  } catch (error) {
    return { ...result, ...times, error: `reading the report: ${String(error)}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
}

/** A git answer about the project, or undefined outside a git work tree. */
function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return undefined;
  }
}

const { values } = parseArgs({
  options: {
    providers: { type: 'string', default: '30,300' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '600' },
    names: { type: 'string' },
    campuses: { type: 'string' },
    'no-provider': { type: 'boolean' },
    'programmes-per-school': { type: 'string' },
    rewording: { type: 'string' },
  },
});
const options = nationalOptions(values);
const sizes = values.providers.split(',').map(parseCount);
const seed = Number(values.seed);
const timeout = parseCount(values.timeout);
const bundle = join(root, 'dist/cli/curriculum-dedup.cjs');
if (!existsSync(bundle))
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 2, 2] });

const srcStatus = git('status', '--porcelain', '--', 'src');
const loadBefore = loadavg()[0]!;
const scratch = mkdtempSync(join(tmpdir(), 'curriculum-dedup-national-'));
const results: Array<Awaited<ReturnType<typeof measure>>> = [];
try {
  for (const providers of sizes)
    results.push(await measure(providers, seed, timeout, scratch, options));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const document = {
  machine: machine(loadBefore),
  engine: {
    commit: git('rev-parse', '--short', 'HEAD'),
    srcModified: srcStatus === undefined ? null : srcStatus !== '',
    built: statSync(bundle).mtime.toISOString(),
  },
  seed,
  timeoutSeconds: timeout,
  providerField: providerAccepted() && !options.noProvider,
  options: resolveOptions(options),
  results,
};
console.log(JSON.stringify(document, null, 2));
if (results.some((r) => 'error' in r)) process.exitCode = 1;
