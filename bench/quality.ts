// npm run bench:quality — how well the overlap engine finds overlaps, measured:
// 1. on a real labelled catalogue (MIT, spring 2024, read in place from ../shared/data):
//    precision, recall and F1 at the tool's defaults beside a plain TF-IDF cosine baseline
//    at its best threshold, and recall on labelled pairs whose descriptions differ;
// 2. on examples/vn-cadre: every overlap its README lists found, no generic-only pair reported.
import { loadRepository } from '../src/load/load-repository.js';
import { analyzeOverlaps } from '../src/overlap/analyze-overlaps.js';
import { buildCorpus } from '../src/overlap/corpus.js';
import { combineScore, measurePair } from '../src/overlap/score.js';
import { forbiddenPairs, pairKey, requiredPairs } from '../test/examples/vn-cadre-expectations.js';
// @ts-expect-error plain JavaScript helper shared with the speed benchmark
import { baselineScores } from './baseline-tfidf.mjs';
// @ts-expect-error plain JavaScript helper shared with the speed benchmark
import { loadMit } from './mit-catalog.mjs';

interface Evaluation {
  reported: number;
  precision: number;
  recall: number;
  f1: number;
  recallNonIdentical: number;
}

const { catalog, positives, nonIdentical } = loadMit() as {
  catalog: Parameters<typeof analyzeOverlaps>[0];
  positives: Set<string>;
  nonIdentical: Set<string>;
};
const modules = catalog.modules;
console.log(
  `MIT spring 2024: ${modules.length} subjects in ${catalog.programmes.length} departments; ` +
    `${positives.size} labelled pairs (same/meets, closed transitively), ${nonIdentical.size} with non-identical descriptions\n`,
);

const started = performance.now();
const result = analyzeOverlaps(catalog);
const ms = performance.now() - started;
const { duplicate, overlap } = result.thresholds;
const duplicates = evaluate(
  new Set(result.overlaps.filter((o) => o.kind === 'duplicate').map((o) => pairKey(o.a, o.b))),
);
const all = evaluate(new Set(result.overlaps.map((o) => pairKey(o.a, o.b))));

const baseline = (baselineScores(modules) as Array<[number, number, number]>).map(
  ([i, j, s]): [string, number] => [pairKey(modules[i]!.ref, modules[j]!.ref), s],
);
let best: Evaluation & { threshold: number } = { ...evaluate(new Set()), threshold: 0 };
for (let t = 0.3; t <= 0.995; t += 0.01) {
  const e = evaluate(new Set(baseline.filter(([, s]) => s >= t).map(([k]) => k)));
  if (e.f1 > best.f1) best = { ...e, threshold: t };
}

const row = (name: string, e: Evaluation) =>
  `${name.padEnd(40)} ${String(e.reported).padStart(8)} ${fmt(e.precision)} ${fmt(e.recall)} ${fmt(e.f1)} ${fmt(e.recallNonIdentical)}`;
console.log(
  `${''.padEnd(40)} ${'reported'.padStart(8)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)} ${'recall≠'.padStart(9)}`,
);
console.log(row(`curriculum-dedup duplicates (≥ ${duplicate})`, duplicates));
console.log(row(`curriculum-dedup all overlaps (≥ ${overlap})`, all));
console.log(row(`TF-IDF cosine, best threshold (≥ ${best.threshold.toFixed(2)})`, best));
console.log(
  `\nrecall≠: recall on the ${nonIdentical.size} labelled pairs whose descriptions are not identical.`,
);
console.log(
  'The labels mark cross-listed subjects and subjects taught together: duplicates. Partial overlaps',
);
console.log(
  '(reported between the two thresholds) have no label here and count as false positives.',
);
console.log(
  `Engine time on ${modules.length} subjects: ${ms.toFixed(0)} ms (${result.candidates} candidate pairs scored).\n`,
);

const vn = await loadRepository(['examples/vn-cadre'], {
  cwd: new URL('..', import.meta.url).pathname,
});
if (!vn.catalog) throw new Error('examples/vn-cadre does not validate');
const vnResult = analyzeOverlaps(vn.catalog);
// Margins: every pair scored exactly, whether or not it was a candidate.
const vnModules = vn.catalog.modules.filter(
  (m) => m.activity === 'lesson' || m.activity === 'report',
);
const vnCorpus = buildCorpus(vnModules);
const vnIndex = new Map(vnModules.map((m, i) => [m.ref, i]));
const exact = ([a, b]: [string, string]) => {
  const i = vnIndex.get(a)!;
  const j = vnIndex.get(b)!;
  return combineScore(measurePair(vnCorpus, i, j), vnCorpus, i, j);
};
const lowestRequired = Math.min(...requiredPairs.map(exact));
const highestForbidden = Math.max(...forbiddenPairs.map(exact));
const reported = new Set(vnResult.overlaps.map((o) => pairKey(o.a, o.b)));
const required = new Set(requiredPairs.map(([a, b]) => pairKey(a, b)));
const missing = [...required].filter((k) => !reported.has(k));
const false_ = forbiddenPairs.filter(([a, b]) => reported.has(pairKey(a, b)));
console.log(
  `examples/vn-cadre: ${required.size - missing.length}/${required.size} overlaps listed in its README found; ` +
    `${false_.length}/${forbiddenPairs.length} generic-only pairs reported; ${vnResult.overlaps.length} pairs in ${vnResult.clusters.length} clusters`,
);
console.log(
  `  lowest score of a listed overlap ${lowestRequired.toFixed(2)}; highest score of a generic-only pair ${highestForbidden.toFixed(2)}; overlap threshold ${overlap}`,
);
for (const k of missing) console.log(`  missing: ${k}`);
for (const [a, b] of false_) console.log(`  reported but generic only: ${a} ~ ${b}`);

function evaluate(found: Set<string>): Evaluation {
  let tp = 0;
  let tpNon = 0;
  for (const k of found) if (positives.has(k)) tp++;
  for (const k of nonIdentical) if (found.has(k)) tpNon++;
  const precision = found.size ? tp / found.size : 0;
  const recall = tp / positives.size;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    reported: found.size,
    precision,
    recall,
    f1,
    recallNonIdentical: tpNon / nonIdentical.size,
  };
}
function fmt(x: number): string {
  return x.toFixed(3).padStart(9);
}
