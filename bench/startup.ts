// How long the built CLI takes to analyse a small repository, start-up included: what a user
// waits for on every run in an editor or a pre-commit hook. Runs `node bin/curriculum-dedup.js
// analyze DIR --format FORMAT` (stdout discarded) RUNS times and, interleaved with it, a bare
// `node -e 0`, so that the floor Node itself sets is measured under the same load. With several
// --cli (another build, say a copy of bin/, dist/, schemas/ and package.json made before a
// change), their runs are interleaved too, in alternating order, so that they share the load.
//
// Prints one JSON document: for each command the median, minimum and maximum, in seconds, of
// - `wall`: the wall time, what a user waits;
// - `cpu`: the CPU time of the process, every thread (user + system);
// - `mainThreadCpu` (Linux only): the CPU time of its main thread, the critical path. Other
//   processes on the machine inflate it least: the figure to compare builds by on a busy one;
// and the machine, with the load average before and after.
//
//   npm run build && npx tsx bench/startup.ts                  # examples/vn-cadre, 21 runs
//   npx tsx bench/startup.ts --runs 41 --dir examples/minimal --format json
//   npx tsx bench/startup.ts --cli bin/curriculum-dedup.js --cli /tmp/before/bin/curriculum-dedup.js
//   npx tsx bench/startup.ts --version                         # `--version`: start-up alone

import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '21' },
    dir: { type: 'string', default: 'examples/vn-cadre' },
    cli: { type: 'string', multiple: true },
    format: { type: 'string', default: 'console' },
    version: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: not a count`);

/**
 * Preloaded into every measured child: writes to stderr, on exit, its CPU time and, where
 * Linux tells it (schedstat, in ns), its main thread's.
 */
const cpuHook =
  'data:text/javascript,' +
  encodeURIComponent(
    [
      "import { readFileSync } from 'node:fs';",
      "process.on('exit', () => {",
      '  const u = process.resourceUsage();',
      '  let main = -1;',
      "  try { main = Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]); } catch {}",
      '  process.stderr.write(`startup-bench ${u.userCPUTime + u.systemCPUTime} ${main}\\n`);',
      '});',
    ].join('\n'),
  );

interface Timing {
  readonly wall: number;
  readonly cpu: number;
  /** NaN where the system does not tell. */
  readonly mainThreadCpu: number;
}

/** The times of `node ARGS`, in seconds; throws unless it exits 0 or 1 (findings). */
function time(args: readonly string[]): Promise<Timing> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', cpuHook, ...args], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      const [, cpu, main] = /^startup-bench (\d+) (-?\d+)$/m.exec(stderr) ?? [];
      if ((code === 0 || code === 1) && cpu !== undefined && main !== undefined)
        done({
          wall,
          cpu: Number(cpu) / 1e6,
          mainThreadCpu: main === '-1' ? NaN : Number(main) / 1e9,
        });
      else fail(new Error(`node ${args.join(' ')} exited ${code}:\n${stderr}`));
    });
  });
}

function summary(times: readonly number[]): { median: number; min: number; max: number } | null {
  if (times.some((t) => Number.isNaN(t))) return null;
  const sorted = [...times].sort((a, b) => a - b);
  const s = (x: number) => Number(x.toFixed(3));
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: s(median), min: s(sorted[0]!), max: s(sorted.at(-1)!) };
}

// `--version`: start-up alone, what a command that reads nothing costs.
const analyse = values.version
  ? ['--version']
  : ['analyze', resolve(root, values.dir), '--format', values.format];
const commands = [
  ...(values.cli ?? [join(root, 'bin/curriculum-dedup.js')]).map((cli) => ({
    command: `node ${resolve(cli)} ${analyse.join(' ')}`,
    args: [resolve(cli), ...analyse],
  })),
  { command: 'node -e 0', args: ['-e', '0'] },
];
const loadBefore = loadavg()[0]!;
// One run of each first, unmeasured: the file system cache, not the tool, would show in it.
for (const c of commands) await time(c.args);
const timings = commands.map(() => [] as Timing[]);
for (let i = 0; i < runs; i++) {
  const order = commands.map((_, k) => k);
  if (i % 2 === 1) order.reverse();
  for (const k of order) timings[k]!.push(await time(commands[k]!.args));
}
console.log(
  JSON.stringify(
    {
      runs,
      results: commands.map((c, k) => ({
        command: c.command,
        wallSeconds: summary(timings[k]!.map((t) => t.wall)),
        cpuSeconds: summary(timings[k]!.map((t) => t.cpu)),
        mainThreadCpuSeconds: summary(timings[k]!.map((t) => t.mainThreadCpu)),
      })),
      machine: {
        cpus: cpus().length,
        node: process.version,
        loadAverageBefore: Number(loadBefore.toFixed(2)),
        loadAverageAfter: Number(loadavg()[0]!.toFixed(2)),
      },
    },
    null,
    2,
  ),
);
