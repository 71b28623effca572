/**
 * Every example in README.md and docs/ is real output, produced by this script and checked by
 * test/docs/examples.test.ts (as typescript-eslint does with its rule docs).
 *
 * A fenced block in docs/**\/*.md is preceded, on the line just before its opening fence, by
 * one of two markers:
 *
 *   <!-- example: curriculum-dedup ARGS -->
 *   <!-- example cwd=docs/examples/schema: curriculum-dedup ARGS -->
 *   <!-- example cwd=docs/examples/module-overlap select=findings: curriculum-dedup ARGS -->
 *   <!-- example cwd=@empty: curriculum-dedup init -->
 *       The block is what the built CLI (bin/curriculum-dedup.js) prints for ARGS, run in `cwd`
 *       (relative to the project root; the root by default) with NO_COLOR=1 and COLUMNS=80.
 *       `cwd=@empty` runs it in a new empty temporary folder, removed afterwards, for a
 *       command that writes (`init`): nothing it makes is left in the project.
 *       ARGS split on spaces; "double quotes" group. A `text` block starts with the line
 *       `$ curriculum-dedup ARGS`, then stdout, then stderr. A `json` block is stdout alone,
 *       which must be JSON; `select=a.b` keeps only that part of it (printed as the CLI
 *       prints JSON, two-space indented).
 *   <!-- file: docs/examples/schema/programmes/basic.yaml -->
 *       The block is that file, exactly (a path relative to the project root).
 *
 * Every other fenced block is an error unless its language is `sh` (a command to type, not
 * output), so no output can be pasted by hand.
 *
 * `npm run docs` builds the CLI and rewrites every marked block; `--check` only reports the
 * blocks that differ and exits 1 if any does.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const cli = join(projectRoot, 'bin', 'curriculum-dedup.js');
/** The `cwd` of an example run in a new empty temporary folder. */
export const emptyFolder = '@empty';
/** Languages a fenced block may have without a marker: commands a reader types. */
const unmarkedLanguages = new Set(['sh']);

export type Marker =
  | {
      readonly kind: 'example';
      /** The command as written in the marker, after `curriculum-dedup `. */
      readonly command: string;
      readonly args: readonly string[];
      /** Relative to the project root; '' for the root; `@empty` for a new empty folder. */
      readonly cwd: string;
      readonly select: string | undefined;
    }
  | { readonly kind: 'file'; readonly path: string };

export interface MarkedBlock {
  readonly marker: Marker;
  /** 1-based line of the marker in its markdown file. */
  readonly line: number;
  /** The fence's language (`text`, `json`, `yaml`…), '' for none. */
  readonly language: string;
  /** The block's text as it stands, each line ended by a newline. */
  readonly content: string;
  /** Lines of the markdown file the content occupies: [from, to), 0-based. */
  readonly lines: readonly [number, number];
}

export interface ParsedPage {
  readonly blocks: readonly MarkedBlock[];
  /** Problems with the page's markers and fences, each `line N: what`. */
  readonly problems: readonly string[];
}

const exampleMarker = /^<!-- example((?: [a-z]+=[^\s:]+)*): curriculum-dedup(?: (.*?))? -->$/;
const fileMarker = /^<!-- file: (\S+) -->$/;
const anyMarker = /^<!-- (example|file)\b/;
const fenceOpen = /^(`{3,}|~{3,})\s*([\w-]*)\s*$/;

/** The marked blocks of one markdown page, and whatever is wrong with its markers. */
export function parsePage(markdown: string): ParsedPage {
  const lines = markdown.split('\n');
  const blocks: MarkedBlock[] = [];
  const problems: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = fenceOpen.exec(lines[i]!);
    if (anyMarker.test(lines[i]!) && !fenceOpen.test(lines[i + 1] ?? ''))
      problems.push(`line ${i + 1}: a marker must be followed at once by a fenced block`);
    if (!open) continue;
    const [, fence, language = ''] = open;
    const closing = new RegExp(`^${fence!.startsWith('`') ? '`' : '~'}{${fence!.length},}\\s*$`);
    const close = lines.findIndex((l, j) => j > i && closing.test(l));
    const end = close === -1 ? lines.length : close;
    if (close === -1) problems.push(`line ${i + 1}: the fenced block is never closed`);
    const before = i > 0 ? lines[i - 1]! : '';
    const marker = parseMarker(before);
    if (typeof marker === 'string') problems.push(`line ${i}: ${marker}`);
    else if (marker) {
      blocks.push({
        marker,
        line: i,
        language,
        content: lines
          .slice(i + 1, end)
          .map((l) => l + '\n')
          .join(''),
        lines: [i + 1, end],
      });
    } else if (!unmarkedLanguages.has(language)) {
      problems.push(
        `line ${i + 1}: a \`\`\`${language} block without a marker; precede it with ` +
          '`<!-- example: curriculum-dedup ARGS -->` or `<!-- file: PATH -->` (output is never pasted by hand)',
      );
    }
    i = end;
  }
  return { blocks, problems };
}

/** The marker on a line; a message when the line is a marker written wrong; undefined if none. */
function parseMarker(line: string): Marker | string | undefined {
  const file = fileMarker.exec(line);
  if (file) return { kind: 'file', path: file[1]! };
  const example = exampleMarker.exec(line);
  if (!example) {
    return anyMarker.test(line)
      ? `cannot read the marker ${JSON.stringify(line)}; write <!-- example [cwd=DIR] [select=PATH]: curriculum-dedup ARGS --> or <!-- file: PATH -->`
      : undefined;
  }
  const options = new Map(
    (example[1] ?? '')
      .trim()
      .split(' ')
      .filter(Boolean)
      .map((o) => o.split('=') as [string, string]),
  );
  for (const key of options.keys())
    if (key !== 'cwd' && key !== 'select')
      return `unknown marker option ${JSON.stringify(key)} (known: cwd, select)`;
  const command = (example[2] ?? '').trim();
  return {
    kind: 'example',
    command,
    args: [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!),
    cwd: options.get('cwd') ?? '',
    select: options.get('select'),
  };
}

export interface CliOutput {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** How an example is run: its arguments, and the folder relative to the project root. */
export type ExampleRunner = (args: readonly string[], cwd: string) => Promise<CliOutput>;

/** The environment of every example: no colour, 80 columns. */
export const exampleEnv = { NO_COLOR: '1', COLUMNS: '80' } as const;

/** Runs the built CLI as a reader would, without a terminal: no colour, 80 columns. */
export function runExample(args: readonly string[], cwd: string): Promise<CliOutput> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: resolve(projectRoot, cwd),
      env: { PATH: process.env.PATH, ...exampleEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (status) =>
      done({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

/**
 * What a marked block must hold now. Throws when the example cannot be shown. Examples run
 * the built CLI; the docs test runs them in its own process instead (`runCli` of
 * test/helpers/cli.ts), through the function the CLI's process runs.
 */
export async function render(
  block: MarkedBlock,
  runner: ExampleRunner = runExample,
): Promise<string> {
  const { marker } = block;
  if (marker.kind === 'file') {
    const bytes = await readFile(resolve(projectRoot, marker.path));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return ensureNewline(text);
  }
  const run = await runIn(marker, runner);
  if (run.status === 70 || /^\s+at .+:\d+:\d+\)?$/m.test(run.stderr))
    throw new Error(`curriculum-dedup ${marker.command} failed inside:\n${run.stderr}`);
  if (block.language === 'json') {
    if (run.stderr !== '')
      throw new Error(`curriculum-dedup ${marker.command} wrote to stderr:\n${run.stderr}`);
    const value = JSON.parse(run.stdout) as unknown;
    if (marker.select === undefined) return ensureNewline(run.stdout);
    return JSON.stringify(pick(value, marker.select), null, 2) + '\n';
  }
  if (marker.select !== undefined) throw new Error('select= is only for json blocks');
  return ensureNewline(
    `$ curriculum-dedup ${marker.command}`.trimEnd() + '\n' + run.stdout + run.stderr,
  );
}

/** Runs an example in its folder; `@empty`: in a new temporary folder, removed afterwards. */
async function runIn(
  marker: Extract<Marker, { kind: 'example' }>,
  runner: ExampleRunner,
): Promise<CliOutput> {
  if (marker.cwd !== emptyFolder) return runner(marker.args, marker.cwd);
  const folder = await mkdtemp(join(tmpdir(), 'curriculum-dedup-docs-'));
  try {
    // An absolute folder: resolve(projectRoot, folder) is the folder itself.
    return await runner(marker.args, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function pick(value: unknown, path: string): unknown {
  let at = value;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(key in at))
      throw new Error(`select=${path}: the output has no ${JSON.stringify(key)}`);
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n';
}

/** The page with every marked block replaced by `contents` (one per block, in order). */
export function replaceBlocks(
  markdown: string,
  blocks: readonly MarkedBlock[],
  contents: readonly string[],
): string {
  const lines = markdown.split('\n');
  // From the last block up, so earlier line numbers stay right.
  for (let b = blocks.length - 1; b >= 0; b--) {
    const [from, to] = blocks[b]!.lines;
    const body = contents[b]!.replace(/\n$/, '');
    lines.splice(from, to - from, ...(body === '' ? [] : body.split('\n')));
  }
  return lines.join('\n');
}

/** README.md and every markdown file under docs/, relative to the project root, sorted. */
export async function docPages(): Promise<string[]> {
  const entries = await readdir(join(projectRoot, 'docs'), {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(projectRoot, join(e.parentPath, e.name)).split('\\').join('/'))
    .concat('README.md')
    .sort();
}

async function main(check: boolean): Promise<number> {
  let stale = 0;
  let failed = 0;
  for (const page of await docPages()) {
    const markdown = await readFile(join(projectRoot, page), 'utf8');
    const { blocks, problems } = parsePage(markdown);
    for (const p of problems) console.error(`${page}: ${p}`);
    failed += problems.length;
    const contents: string[] = [];
    for (const block of blocks) {
      try {
        contents.push(await render(block));
      } catch (error) {
        console.error(`${page}:${block.line}: ${(error as Error).message}`);
        failed++;
        contents.push(block.content);
      }
    }
    const changed = blocks.filter((b, i) => b.content !== contents[i]);
    stale += changed.length;
    for (const b of changed) console.log(`${page}:${b.line}: ${check ? 'out of date' : 'updated'}`);
    if (!check && changed.length > 0)
      await writeFile(join(projectRoot, page), replaceBlocks(markdown, blocks, contents));
  }
  if (failed > 0) return 2;
  if (stale === 0) console.log('docs: every example is current');
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.includes('--check'));
}
