import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ExampleRunner,
  type MarkedBlock,
  docPages,
  exampleEnv,
  parsePage,
  projectRoot,
  render,
  replaceBlocks,
} from '../../scripts/docs-examples.js';
import { runCli } from '../helpers/cli.js';

// As in typescript-eslint, every example in the docs is real: `npm run docs` writes each
// marked block from the built CLI or from a fixture file, and this test fails when one no
// longer matches, or when a block has no marker (output pasted by hand).
const pages = await Promise.all(
  (await docPages()).map(async (page) => {
    const markdown = await readFile(join(projectRoot, page), 'utf8');
    return { page, markdown, ...parsePage(markdown) };
  }),
);
const fixtures = join(projectRoot, 'docs/examples');
/** The chapters of the Vietnamese guide, each with examples the CLI prints. */
const vietnameseChapters = [
  'bat-dau.md',
  'viet-chuong-trinh.md',
  'doc-bao-cao.md',
  'kiem-tra-tu-dong.md',
  'loi-thuong-gap.md',
];
/**
 * The examples run in this process, through the function the CLI's process runs, with the
 * same folder and environment as `npm run docs` gives the built CLI: a process per example
 * took most of this file's time. test/e2e/process.test.ts checks that the process prints
 * what this function prints.
 */
const inProcess: ExampleRunner = (args, cwd) =>
  runCli(args, { cwd: resolve(projectRoot, cwd), env: exampleEnv });

describe('docs examples', () => {
  it('finds the pages and their examples', () => {
    expect(pages.map((p) => p.page)).toContain('docs/rules/schema.md');
    expect(pages.flatMap((p) => p.blocks).length).toBeGreaterThan(10);
  });

  // The Vietnamese guide (docs/vi/) is checked as the English pages are: every page of it is
  // listed, and each chapter shows the CLI at work, so none of it can drift from the tool.
  it.each(vietnameseChapters)('checks the Vietnamese guide page docs/vi/%s', (name) => {
    const page = pages.find((p) => p.page === `docs/vi/${name}`);
    expect(page, `docs/vi/${name} is not among the pages docPages() lists`).toBeDefined();
    expect(
      page!.blocks.filter((b) => b.marker.kind === 'example').length,
      `docs/vi/${name} shows no example printed by the CLI`,
    ).toBeGreaterThan(0);
  });

  describe.each(pages)('$page', ({ page, blocks, problems }) => {
    it('marks every fenced block, so none is pasted by hand', () => {
      expect(problems).toEqual([]);
    });

    it.each(blocks.map((block) => ({ block, at: `${page}:${block.line}` })))(
      'shows what it says at $at (npm run docs rewrites it)',
      async ({ block, at }) => {
        expect(block.content, `${at} is out of date: run \`npm run docs\``).toBe(
          await render(block, inProcess),
        );
      },
    );
  });

  // A rule page shows its rule at work: an error page the error, a warning page the warning.
  // (That every rule has a page is test/findings/catalogue.test.ts's to check.)
  const rulePages = pages.filter((p) => p.page.startsWith('docs/rules/'));
  it.each(rulePages.map((p) => ({ page: p.page, id: p.page.slice('docs/rules/'.length, -3) })))(
    '$page shows its rule reported',
    ({ page, id }) => {
      const shown = rulePages
        .find((p) => p.page === page)!
        .blocks.filter((b) => b.marker.kind === 'example')
        .map((b) => b.content);
      expect(
        shown.some((text) => reports(text, id)),
        `${page} has no example whose output reports ${id}`,
      ).toBe(true);
    },
  );

  it('uses every fixture folder under docs/examples, and only folders that exist', async () => {
    const folders = (await readdir(fixtures, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => `docs/examples/${e.name}`)
      .sort();
    const blocks = pages.flatMap((p) => p.blocks);
    const used = new Set(blocks.map(usedFolder).filter((f) => f !== undefined));
    expect(folders).toEqual([...used].sort());
  });
});

describe('the marker convention (scripts/docs-examples.ts)', () => {
  const page = [
    '# page',
    '',
    '<!-- example cwd=docs/examples/schema: curriculum-dedup validate --ignore "a b" -->',
    '```text',
    'stale',
    '```',
    '',
    '<!-- file: docs/examples/schema/programmes/x.yaml -->',
    '```yaml',
    '```',
    '',
    '```sh',
    'npm run docs',
    '```',
    '',
  ].join('\n');

  it('reads examples and files, and lets `sh` commands go unmarked', () => {
    const { blocks, problems } = parsePage(page);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => [b.line, b.marker, b.language, b.content])).toEqual([
      [
        3,
        {
          kind: 'example',
          command: 'validate --ignore "a b"',
          args: ['validate', '--ignore', 'a b'],
          cwd: 'docs/examples/schema',
          select: undefined,
        },
        'text',
        'stale\n',
      ],
      [8, { kind: 'file', path: 'docs/examples/schema/programmes/x.yaml' }, 'yaml', ''],
    ]);
    expect(replaceBlocks(page, blocks, ['one\ntwo\n', 'kind: x\n'])).toBe(
      page.replace('stale', 'one\ntwo').replace('```yaml\n', '```yaml\nkind: x\n'),
    );
  });

  it.each([
    [
      'pasted output',
      '```text\nx.yaml:1:1  schema  pasted\n```\n',
      /line 1: a ```text block without a marker/,
    ],
    ['pasted JSON', '```json\n{}\n```\n', /line 1: a ```json block without a marker/],
    ['an unlabelled block', '```\nout\n```\n', /line 1: a ``` block without a marker/],
    [
      'a marker with a gap',
      '<!-- file: a.yaml -->\n\n```yaml\n```\n',
      /line 1: a marker must be followed at once/,
    ],
    [
      'a misspelt marker',
      '<!-- example: curriculum-dedupe validate -->\n```text\n```\n',
      /line 1: cannot read the marker/,
    ],
    [
      'an unknown option',
      '<!-- example dir=x: curriculum-dedup validate -->\n```text\n```\n',
      /unknown marker option "dir"/,
    ],
  ])('refuses %s', (_, markdown, problem) => {
    expect(parsePage(markdown).problems).toContainEqual(expect.stringMatching(problem));
  });

  it('runs a `cwd=@empty` example in a new empty folder, and leaves nothing behind', async () => {
    const [block] = parsePage(
      '<!-- example cwd=@empty: curriculum-dedup init -->\n```text\n```\n',
    ).blocks;
    const folders: string[] = [];
    const runner: ExampleRunner = async (args, cwd) => {
      folders.push(cwd);
      expect(await readdir(cwd)).toEqual([]);
      return inProcess(args, cwd);
    };
    expect(await render(block!, runner)).toMatch(/^\$ curriculum-dedup init\n.*framework\.yaml/s);
    expect(folders).toHaveLength(1);
    await expect(readdir(folders[0]!)).rejects.toThrow(/ENOENT/);
  });

  it('renders a text example as the command, then what the built CLI prints', async () => {
    const [block] = parsePage(
      '<!-- example cwd=docs/examples/yaml-syntax: curriculum-dedup validate -->\n```text\n```\n',
    ).blocks;
    expect(await render(block!)).toMatch(
      /^\$ curriculum-dedup validate\nprogrammes\/a\.yaml:\d+:\d+ {2}yaml-syntax {2}khóa "hours" bị lặp lại\n✖ /,
    );
  });
});

/** Whether shown output reports the rule: a `path:line:column  rule  message` line, or JSON. */
function reports(text: string, id: string): boolean {
  return (
    // One a line (`path:line:column  rule  message`), or under its rule's heading on the
    // console (`  path:line:column  rule`, the message below).
    text
      .split('\n')
      .some((line) => new RegExp(`^ {0,2}\\S+:\\d+:\\d+ {2}${id}( {2}|$)`).test(line)) ||
    text.includes(`"rule": "${id}"`)
  );
}

/** The fixture folder under docs/examples a block reads, if any. */
function usedFolder(block: MarkedBlock): string | undefined {
  const paths =
    block.marker.kind === 'file' ? [block.marker.path] : [block.marker.cwd, ...block.marker.args];
  const inside = paths.find((p) => p.startsWith('docs/examples/'));
  return inside?.split('/').slice(0, 3).join('/');
}
