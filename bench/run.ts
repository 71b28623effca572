// npm run bench — time, peak RSS and planted-duplicate recall of the built CLI on synthetic
// repositories (bench/generate.ts), beside the time to parse the same YAML files and nothing
// else. Prints one JSON document on stdout (progress on stderr): see bench/README.md.
//
//   npx tsx bench/run.ts [--sizes 1000,10000,20000,100000] [--layouts files,one-file]
//                        [--runs 3] [--seed 1] [--vocabulary 900]

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type Layout,
  type PlantedPair,
  defaultVocabulary,
  generate,
  layouts,
  parseCount,
} from './generate.js';
import { type Child, machine, node, parseOnlyScript, round } from './measure.js';

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

const pairKey = ({ a, b }: { a: string; b: string }) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Planted pairs the report found; recall for each spelling variant of the copies. */
function plantedQuality(overlaps: ReadonlyArray<{ a: string; b: string }>, pairs: PlantedPair[]) {
  const reported = new Set(overlaps.map(pairKey));
  const isFound = (p: PlantedPair) => reported.has(pairKey(p));
  const found = pairs.filter(isFound);
  const byVariant: Record<string, string> = {};
  for (const v of [...new Set(pairs.flatMap((p) => p.variants))].sort()) {
    const withIt = pairs.filter((p) => p.variants.includes(v));
    byVariant[v] = `${withIt.filter(isFound).length}/${withIt.length}`;
  }
  // Narrow vocabulary: how each copy was edited (1–2 syllables replaced, a topic dropped).
  const byEdit: Record<string, string> = {};
  for (const e of [...new Set(pairs.flatMap((p) => (p.edit ? [p.edit] : [])))].sort()) {
    const withIt = pairs.filter((p) => p.edit === e);
    byEdit[e] = `${withIt.filter(isFound).length}/${withIt.length}`;
  }
  return {
    planted: pairs.length,
    reported: reported.size,
    found: found.length,
    precision: round(reported.size ? found.length / reported.size : 1),
    recall: round(pairs.length ? found.length / pairs.length : 1),
    recallByVariant: byVariant,
    ...(Object.keys(byEdit).length > 0 && { recallByEdit: byEdit }),
    missed: pairs.filter((p) => !isFound(p)).slice(0, 3),
  };
}

async function measure(
  size: number,
  layout: Layout,
  seed: number,
  runs: number,
  scratch: string,
  vocabulary: number,
) {
  const dir = join(scratch, `${layout}-${size}`);
  const truth = generate(size, dir, seed, layout, vocabulary);
  const result = {
    layout,
    modules: truth.modules,
    files: truth.files,
    yamlMB: round(truth.bytes / 1e6, 1),
  };
  const endToEnd: Child[] = [];
  const parseOnly: Child[] = [];
  const out = join(scratch, 'report.json');
  const analyze = ['bin/curriculum-dedup.js', 'analyze', dir, '--format=json', `--output=${out}`];
  for (let run = 1; run <= runs; run++) {
    process.stderr.write(`${layout}, ${size} modules, run ${run} of ${runs}\n`);
    const e = await node(analyze);
    const why = (e.stderr || e.stdout).trim();
    if (e.code !== 0) return { ...result, error: `analyze exited with ${e.code}: ${why}` };
    const p = await node(['--input-type=module', '-e', parseOnlyScript, dir]);
    if (p.code !== 0 || p.stdout.trim() !== JSON.stringify({ files: truth.files, errors: 0 }))
      return { ...result, error: `parse-only failed: ${p.stdout.trim()} ${p.stderr.trim()}` };
    endToEnd.push(e);
    parseOnly.push(p);
  }
  const seconds = (children: Child[]) => children.map((c) => round(c.seconds));
  const e2e = median(endToEnd.map((c) => c.seconds));
  const parse = median(parseOnly.map((c) => c.seconds));
  const { overlaps } = JSON.parse(readFileSync(out, 'utf8')) as {
    overlaps: Array<{ a: string; b: string }>;
  };
  return {
    ...result,
    endToEndSeconds: round(e2e),
    peakRssMB: Math.round(Math.max(...endToEnd.map((c) => c.peakRssMB))),
    parseOnlySeconds: round(parse),
    endToEndOverParseOnly: round(e2e / parse, 2),
    ...plantedQuality(overlaps, [...truth.pairs]),
    endToEndRuns: seconds(endToEnd),
    parseOnlyRuns: seconds(parseOnly),
  };
}

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,20000,100000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    layouts: { type: 'string', default: layouts.join(',') },
    vocabulary: { type: 'string', default: String(defaultVocabulary) },
  },
});
const sizes = values.sizes.split(',').map(parseCount);
const runs = parseCount(values.runs);
const seed = Number(values.seed);
const vocabulary = parseCount(values.vocabulary);
const chosen = values.layouts.split(',').map((name) => {
  const layout = layouts.find((l) => l === name);
  if (!layout) throw new Error(`--layouts takes ${layouts.join(', ')}`);
  return layout;
});

const loadBefore = loadavg()[0]!;
const scratch = mkdtempSync(join(tmpdir(), 'curriculum-dedup-bench-'));
const results: Array<Awaited<ReturnType<typeof measure>>> = [];
try {
  for (const size of sizes)
    for (const layout of chosen)
      results.push(await measure(size, layout, seed, runs, scratch, vocabulary));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const document = {
  machine: machine(loadBefore),
  seed,
  runs,
  vocabulary,
  results,
};
console.log(JSON.stringify(document, null, 2));
if (results.some((r) => 'error' in r)) process.exitCode = 1;
