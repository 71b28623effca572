// npm run bench — speed and memory of curriculum-dedup on synthetic repositories.
//
//   npx tsx bench/run.ts [--sizes 1000,10000,20000,100000] [--runs 3] [--seed 1]
//                        [--cache-from 50000] [--max-run-seconds 90] [--keep]
//
// For each size: generate a repository (bench/generate.ts) once, then per run
//   1. end to end: `node bin/curriculum-dedup.js analyze DIR --format json --output OUT.json`
//      as a child process: wall time and the child's peak RSS;
//   2. parse only: a child process that reads every YAML file and parses it exactly as the
//      tool does (parseYaml + makeSource from dist/), nothing else: wall time;
// and from the report, precision and recall on the planted near-duplicates.
// Medians over the runs are reported. Measures the built tool (dist/): run `npm run build` first.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  type Planted,
  type PlantedPair,
  generate,
  generatorFingerprint,
  parseCount,
} from './generate.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'bin', 'curriculum-dedup.js');
const timeBinary = '/usr/bin/time';
/** BENCH_NO_TIME=1 forces the in-process maxRSS wrapper (the path taken where /usr/bin/time is missing). */
const hasTime = existsSync(timeBinary) && !process.env.BENCH_NO_TIME;

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  /** Corpora of at least this many modules are cached under bench/.out/ (others go to tmp). */
  cacheFrom: number;
  /** A size whose first end-to-end run takes longer than this is not repeated. */
  maxRunSeconds: number;
  keep: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,20000,100000' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'cache-from': { type: 'string', default: '50000' },
      'max-run-seconds': { type: 'string', default: '90' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npx tsx bench/run.ts [--sizes 1000,10000,20000,100000] [--runs 3] [--seed 1]\n' +
        '                            [--cache-from 50000] [--max-run-seconds 90] [--keep]',
    );
    process.exit(0);
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return {
    sizes: values.sizes.split(',').map(parseCount),
    runs: parseCount(values.runs),
    seed,
    cacheFrom: Number(values['cache-from']),
    maxRunSeconds: Number(values['max-run-seconds']),
    keep: values.keep,
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface ChildResult {
  code: number | null;
  seconds: number;
  /** Peak resident set size of the measured process, bytes (undefined if not measured). */
  maxRss: number | undefined;
  stdout: string;
  stderr: string;
}

/** Runs `node ARGS` and measures its wall time and peak RSS (through /usr/bin/time if present). */
function runNode(args: readonly string[], timeoutSeconds = 900): Promise<ChildResult> {
  const timeFile = join(scratch(), `time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [command, commandArgs] = hasTime
    ? [timeBinary, ['-f', '%e %M', '-o', timeFile, process.execPath, ...args]]
    : [process.execPath, [...args]];
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      let maxRss: number | undefined;
      if (hasTime && existsSync(timeFile)) {
        const fields = readFileSync(timeFile, 'utf8').trim().split(/\s+/);
        const kb = Number(fields[fields.length - 1]);
        if (Number.isFinite(kb)) maxRss = kb * 1024;
        rmSync(timeFile, { force: true });
      }
      done({ code, seconds, maxRss, stdout, stderr });
    });
  });
}

const distUrl = (path: string) => pathToFileURL(join(root, 'dist', path)).href;

/**
 * Without /usr/bin/time: run the CLI inside a small wrapper that reports its own peak RSS
 * (process.resourceUsage().maxRSS, KiB) on stderr after the CLI's `run` returns.
 */
const rssWrapper = `
const { run } = await import(${JSON.stringify(distUrl('cli/main.js'))});
const code = await run(process.argv.slice(1), {
  cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr,
});
process.stderr.write('\\nBENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n');
process.exitCode = code;
`;

async function endToEnd(dir: string, out: string): Promise<ChildResult> {
  const cliArgs = ['analyze', dir, '--format', 'json', '--output', out];
  if (hasTime) return runNode([cli, ...cliArgs]);
  const r = await runNode(['--input-type=module', '-e', rssWrapper, ...cliArgs]);
  const m = /BENCH_MAXRSS_KB (\d+)/.exec(r.stderr);
  return { ...r, maxRss: m ? Number(m[1]) * 1024 : undefined };
}

/** Reads and parses every YAML file as the tool does (parseYaml(makeSource(...))), nothing else. */
const parseOnlyScript = `
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
const { parseYaml } = await import(${JSON.stringify(distUrl('load/parse.js'))});
const { makeSource } = await import(${JSON.stringify(distUrl('load/source.js'))});
const root = process.argv[1];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\\.ya?ml$/.test(e.name)) files.push(p);
  }
};
walk(root);
files.sort();
let ok = 0;
for (const file of files) {
  const result = parseYaml(makeSource(relative(process.cwd(), file), readFileSync(file, 'utf8')));
  if (result.ok) ok++;
}
process.stdout.write(JSON.stringify({ files: files.length, ok }) + '\\n');
`;

function parseOnly(dir: string): Promise<ChildResult> {
  return runNode(['--input-type=module', '-e', parseOnlyScript, dir]);
}

// ---------------------------------------------------------------------------------------------
// Corpora

let scratchDir: string | undefined;
function scratch(): string {
  scratchDir ??= mkdtempSync(join(tmpdir(), 'curriculum-dedup-bench-'));
  return scratchDir;
}

interface Corpus {
  dir: string;
  modules: number;
  files: number;
  bytes: number;
  planted: Planted;
  generatedSeconds: number | undefined;
  cached: boolean;
}

function corpusFor(size: number, o: Options): Corpus {
  const cacheable = size >= o.cacheFrom;
  const dir = cacheable
    ? join(root, 'bench', '.out', `corpus-${size}-seed${o.seed}-${generatorFingerprint()}`)
    : join(scratch(), `corpus-${size}`);
  const truthFile = join(dir, 'planted.json');
  let generatedSeconds: number | undefined;
  const cached = cacheable && existsSync(truthFile);
  if (!cached) {
    if (cacheable) mkdirSync(join(root, 'bench', '.out'), { recursive: true });
    const started = performance.now();
    generate({ modules: size, out: dir, seed: o.seed });
    generatedSeconds = (performance.now() - started) / 1000;
  }
  const planted = JSON.parse(readFileSync(truthFile, 'utf8')) as Planted;
  const { files, bytes } = yamlFiles(dir);
  return { dir, modules: planted.modules, files, bytes, planted, generatedSeconds, cached };
}

function yamlFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.ya?ml$/.test(e.name)) continue;
    files++;
    bytes += statSync(join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

// ---------------------------------------------------------------------------------------------
// Quality on the planted pairs

interface ReportOverlap {
  a: string;
  b: string;
  score: number;
  kind: string;
  measures?: { cosine?: number; title?: number; containment?: [number, number] };
}

interface Quality {
  reported: number;
  planted: number;
  found: number;
  foundAsDuplicate: number;
  coincidental: number;
  precision: number;
  recall: number;
  missed: PlantedPair[];
  /** Recall among planted pairs written with each variant. */
  byVariant: Map<string, { total: number; found: number }>;
  scores: number[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

function quality(report: { overlaps: ReportOverlap[] }, planted: Planted): Quality {
  const reported = new Map(report.overlaps.map((o) => [pairKey(o.a, o.b), o]));
  const missed: PlantedPair[] = [];
  const byVariant = new Map<string, { total: number; found: number }>();
  const scores: number[] = [];
  let found = 0;
  let foundAsDuplicate = 0;
  for (const p of planted.pairs) {
    const hit = reported.get(pairKey(p.a, p.b));
    if (hit) {
      found++;
      scores.push(hit.score);
      if (hit.kind === 'duplicate') foundAsDuplicate++;
    } else missed.push(p);
    for (const v of p.variants.length > 0 ? p.variants : ['none']) {
      const e = byVariant.get(v) ?? { total: 0, found: 0 };
      e.total++;
      if (hit) e.found++;
      byVariant.set(v, e);
    }
  }
  const n = reported.size;
  return {
    reported: n,
    planted: planted.pairs.length,
    found,
    foundAsDuplicate,
    coincidental: n - found,
    precision: n === 0 ? 1 : found / n,
    recall: planted.pairs.length === 0 ? 1 : found / planted.pairs.length,
    missed,
    byVariant,
    scores,
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics and printing

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const mb = (bytes: number) => bytes / 1e6;
const fixed = (x: number | undefined, digits: number) =>
  x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);

interface SizeResult {
  size: number;
  corpus: Corpus;
  runs: number;
  e2e: number[];
  parse: number[];
  rss: number[];
  parseRss: number[];
  quality: Quality | undefined;
  sameOutput: boolean;
  error?: string;
}

function table(rows: readonly string[][], rightAlign: (col: number) => boolean): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (rightAlign(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function printResults(results: readonly SizeResult[]): void {
  const header = [
    'modules',
    'files',
    'YAML MB',
    'runs',
    'end-to-end s',
    'peak RSS MB',
    'parse-only s',
    'e2e/parse',
    'ms/1k modules',
    'precision',
    'recall',
    'coincidental',
  ];
  const rows = results.map((r) => {
    const e2e = r.e2e.length ? median(r.e2e) : undefined;
    const parse = r.parse.length ? median(r.parse) : undefined;
    const rss = r.rss.length ? Math.max(...r.rss) : undefined;
    const q = r.quality;
    return [
      String(r.corpus.modules),
      String(r.corpus.files),
      fixed(mb(r.corpus.bytes), 1),
      String(r.runs),
      fixed(e2e, 2),
      fixed(rss === undefined ? undefined : mb(rss), 0),
      fixed(parse, 2),
      fixed(e2e !== undefined && parse !== undefined ? e2e / parse : undefined, 2) + '×',
      fixed(e2e === undefined ? undefined : (e2e * 1e6) / r.corpus.modules, 1),
      fixed(q?.precision, 3),
      fixed(q?.recall, 3),
      q ? `${q.coincidental} of ${q.reported}` : '—',
    ];
  });
  console.log(table([header, ...rows], () => true));
  console.log(
    '\nend-to-end, parse-only: median wall time of the runs; peak RSS: the largest over the runs ' +
      `(${hasTime ? '/usr/bin/time %M' : 'process.resourceUsage().maxRSS'}); MB = 10⁶ bytes.\n` +
      'precision = reported pairs that are planted / reported; recall = planted pairs reported / planted; ' +
      'coincidental = reported pairs that were not planted (random synthetic text can truly overlap).',
  );
}

function printDetails(results: readonly SizeResult[]): void {
  for (const r of results) {
    const q = r.quality;
    const gen =
      r.corpus.generatedSeconds === undefined
        ? 'cached corpus'
        : `generated in ${r.corpus.generatedSeconds.toFixed(1)} s`;
    console.log(
      `\n${r.size} modules (${gen}; ${r.corpus.dir.startsWith(root) ? r.corpus.dir : 'in a temporary folder'}):`,
    );
    if (r.error) console.log(`  FAILED: ${r.error}`);
    console.log(
      `  end to end, each run: ${r.e2e.map((s) => s.toFixed(2)).join(', ')} s; ` +
        `parse only: ${r.parse.map((s) => s.toFixed(2)).join(', ')} s` +
        (r.parseRss.length
          ? ` (parse-only peak RSS ${mb(Math.max(...r.parseRss)).toFixed(0)} MB)`
          : ''),
    );
    if (!q) continue;
    console.log(
      `  planted ${q.planted}: found ${q.found} (${q.foundAsDuplicate} as "duplicate"), missed ${q.missed.length}; ` +
        `reported ${q.reported}, of them ${q.coincidental} not planted; ` +
        `identical report in every run: ${r.sameOutput ? 'yes' : 'NO'}`,
    );
    if (q.scores.length) {
      const s = [...q.scores].sort((a, b) => a - b);
      console.log(
        `  scores of found planted pairs: min ${s[0]!.toFixed(2)}, median ${median(s).toFixed(2)}, max ${s[s.length - 1]!.toFixed(2)}`,
      );
    }
    const variants = [...q.byVariant.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([v, e]) => `${v} ${e.found}/${e.total}`)
      .join(', ');
    console.log(`  recall by spelling variant of the copy: ${variants}`);
    for (const p of q.missed.slice(0, 3))
      console.log(
        `  missed: ${p.a} ~ ${p.b} (${p.replaced}/${p.syllables} syllables replaced; ${p.variants.join(', ') || 'no variant'})`,
      );
  }
}

function printTargets(results: readonly SizeResult[]): void {
  const bySize = new Map(results.filter((r) => r.e2e.length).map((r) => [r.size, r]));
  const e2e = (n: number) => {
    const r = bySize.get(n);
    return r ? median(r.e2e) : undefined;
  };
  console.log('\nGrowth (end-to-end median time):');
  const sizes = [...bySize.keys()].sort((a, b) => a - b);
  let any = false;
  for (const a of sizes)
    for (const b of sizes)
      if (b > a) {
        const ratio = e2e(b)! / e2e(a)!;
        const factor = b / a;
        console.log(
          `  ${b} / ${a} modules (${fixed(factor, 0)}× modules): ${ratio.toFixed(2)}× time` +
            (factor === 10 ? ` — target ≤ ~12×: ${ratio <= 12 ? 'met' : 'NOT MET'}` : ''),
        );
        any = true;
      }
  if (!any) console.log('  (needs two sizes)');

  console.log('\nTargets:');
  const big = bySize.get(100000);
  const verdict = (ok: boolean | undefined) =>
    ok === undefined ? 'not measured' : ok ? 'met' : 'NOT MET';
  const bigTime = big ? median(big.e2e) : undefined;
  const bigRss = big && big.rss.length ? Math.max(...big.rss) : undefined;
  console.log(
    `  100k modules end to end < 30 s: ${fixed(bigTime, 1)} s — ${verdict(bigTime === undefined ? undefined : bigTime < 30)}`,
  );
  console.log(
    `  100k modules peak RSS < 1.5 GB: ${fixed(bigRss === undefined ? undefined : bigRss / 1e9, 2)} GB — ${verdict(bigRss === undefined ? undefined : bigRss < 1.5e9)}`,
  );
  const mid = bySize.get(20000);
  const ratio = mid && mid.parse.length ? median(mid.e2e) / median(mid.parse) : undefined;
  console.log(
    `  20k modules end to end ≤ 4× parse-only: ${fixed(ratio, 2)}× — ${verdict(ratio === undefined ? undefined : ratio <= 4)}`,
  );
  const tens = sizes.filter((a) => bySize.has(a * 10));
  const worst = tens.length ? Math.max(...tens.map((a) => e2e(a * 10)! / e2e(a)!)) : undefined;
  console.log(
    `  10× modules → ≤ ~12× time: ${tens.length ? `worst ${fixed(worst, 2)}× (${tens.map((a) => `${a}→${a * 10}`).join(', ')})` : '—'} — ${verdict(worst === undefined ? undefined : worst <= 12)}`,
  );
}

// ---------------------------------------------------------------------------------------------

/** Highest 1-minute load average seen before a run (the benchmark's own child counts ~1). */
let busiest = 0;

async function measure(size: number, o: Options): Promise<SizeResult> {
  const corpus = corpusFor(size, o);
  const result: SizeResult = {
    size,
    corpus,
    runs: 0,
    e2e: [],
    parse: [],
    rss: [],
    parseRss: [],
    quality: undefined,
    sameOutput: true,
  };
  let firstDigest: string | undefined;
  for (let run = 0; run < o.runs; run++) {
    busiest = Math.max(busiest, loadavg()[0]!);
    const out = join(scratch(), `report-${size}-${run}.json`);
    const e = await endToEnd(corpus.dir, out);
    if (e.code !== 0) {
      result.error = `analyze exited with ${e.code}: ${e.stderr.trim().split('\n').slice(-5).join(' | ')}`;
      break;
    }
    result.e2e.push(e.seconds);
    if (e.maxRss !== undefined) result.rss.push(e.maxRss);
    const text = readFileSync(out, 'utf8');
    const digest = createHash('sha1').update(text).digest('hex');
    if (firstDigest === undefined) {
      firstDigest = digest;
      result.quality = quality(JSON.parse(text) as { overlaps: ReportOverlap[] }, corpus.planted);
      if (o.keep) console.log(`  report kept: ${out}`);
    } else if (digest !== firstDigest) result.sameOutput = false;
    if (!o.keep) rmSync(out, { force: true });

    const p = await parseOnly(corpus.dir);
    const counts =
      p.code === 0 ? (JSON.parse(p.stdout) as { files: number; ok: number }) : undefined;
    if (!counts || counts.ok !== counts.files) {
      result.error = `parse-only failed (${p.code}): ${p.stdout.trim()} ${p.stderr.trim().slice(-300)}`;
      break;
    }
    result.parse.push(p.seconds);
    if (p.maxRss !== undefined) result.parseRss.push(p.maxRss);
    result.runs++;
    console.log(
      `  ${size} modules, run ${run + 1}: end to end ${e.seconds.toFixed(2)} s` +
        (e.maxRss !== undefined ? `, ${mb(e.maxRss).toFixed(0)} MB` : '') +
        `; parse only ${p.seconds.toFixed(2)} s`,
    );
    if (run === 0 && e.seconds > o.maxRunSeconds && o.runs > 1) {
      console.log(`  (over ${o.maxRunSeconds} s: not repeated, to keep the benchmark short)`);
      break;
    }
  }
  return result;
}

function staleBuildWarning(): string | undefined {
  const newest = (dir: string): number => {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
      if (e.isFile()) t = Math.max(t, statSync(join(e.parentPath, e.name)).mtimeMs);
    return t;
  };
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'cli', 'main.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  return newest(src) > newest(dist)
    ? 'warning: src/ has changed since the last build; this measures dist/ (run `npm run build`)'
    : undefined;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const stale = staleBuildWarning();
  if (stale) console.log(stale);
  const cpu = cpus();
  console.log(
    `curriculum-dedup benchmark: sizes ${o.sizes.join(', ')}; ${o.runs} run(s) each; seed ${o.seed}\n` +
      `machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? '?'}, ${(totalmem() / 1e9).toFixed(0)} GB, ` +
      `Node ${process.version}; peak RSS via ${hasTime ? timeBinary : 'process.resourceUsage() in a wrapper'}\n`,
  );
  const results: SizeResult[] = [];
  try {
    for (const size of o.sizes) {
      console.log(`size ${size}:`);
      const r = await measure(size, o);
      if (r.error) console.log(`  FAILED: ${r.error}`);
      results.push(r);
    }
  } finally {
    if (scratchDir && !o.keep) rmSync(scratchDir, { recursive: true, force: true });
  }
  console.log('');
  printResults(results);
  printDetails(results);
  printTargets(results);
  const cores = cpu.length;
  console.log(
    `\nbenchmark wall time: ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
      `1-minute load average at the start ${loadAtStart.toFixed(2)}, highest before a run ${busiest.toFixed(2)} ` +
      `(${cores} cores; the benchmark itself adds about 1)`,
  );
  if (loadAtStart > 0.5 || busiest > 1.5)
    console.log(
      'note: other processes were using the CPU during the benchmark; timings may be inflated.',
    );
  if (results.some((r) => r.error)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(
    `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exitCode = 1;
});
