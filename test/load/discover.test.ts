import { realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discover, displayPath } from '../../src/load/discover.js';
import { tempDir, writeFiles } from './support.js';

const yaml = 'kind: programme\n';

/** A repository with YAML files in several folders, and files that must never be read. */
let repo: string;
beforeAll(async () => {
  repo = await tempDir();
  await writeFiles(repo, {
    'framework.yaml': 'kind: framework\n',
    'programmes/b.yml': yaml,
    'programmes/a.yaml': yaml,
    'programmes/notes.txt': 'not yaml',
    'drafts/old.yaml': yaml,
    'nested/deep/drafts/z.yaml': yaml,
    'nested/deep/keep.yaml': yaml,
    'node_modules/pkg/package.yaml': yaml,
    'programmes/node_modules/x.yaml': yaml,
    '.git/config.yaml': yaml,
    'Zeta.yaml': yaml,
  });
});

const shown = async (paths: string[], ignore?: string[]) => {
  const result = await discover(paths, { cwd: repo, ...(ignore ? { ignore } : {}) });
  return { files: result.files.map((f) => f.display), unmatched: result.unmatched };
};

describe('discover: folders', () => {
  it('walks a folder for .yaml and .yml files, sorted by code unit, skipping node_modules and .git', async () => {
    expect(await shown(['.'])).toEqual({
      files: [
        'Zeta.yaml',
        'drafts/old.yaml',
        'framework.yaml',
        'nested/deep/drafts/z.yaml',
        'nested/deep/keep.yaml',
        'programmes/a.yaml',
        'programmes/b.yml',
      ],
      unmatched: [],
    });
  });

  it('walks a sub-folder given by name, with paths still relative to cwd', async () => {
    expect(await shown(['programmes'])).toEqual({
      files: ['programmes/a.yaml', 'programmes/b.yml'],
      unmatched: [],
    });
  });

  it('gives absolute paths for reading and relative ones for display', async () => {
    const { files } = await discover(['programmes'], { cwd: repo });
    expect(files).toEqual([
      { absolute: join(repo, 'programmes', 'a.yaml'), display: 'programmes/a.yaml' },
      { absolute: join(repo, 'programmes', 'b.yml'), display: 'programmes/b.yml' },
    ]);
  });

  it('accepts an absolute folder path', async () => {
    expect((await shown([join(repo, 'nested')])).files).toEqual([
      'nested/deep/drafts/z.yaml',
      'nested/deep/keep.yaml',
    ]);
  });

  it('lists a file once when it is reached through several of the given paths', async () => {
    expect(await shown(['programmes', 'programmes/a.yaml', '.', 'programmes/*.yaml'])).toEqual({
      files: [
        'Zeta.yaml',
        'drafts/old.yaml',
        'framework.yaml',
        'nested/deep/drafts/z.yaml',
        'nested/deep/keep.yaml',
        'programmes/a.yaml',
        'programmes/b.yml',
      ],
      unmatched: [],
    });
  });
});

describe('discover: files and globs', () => {
  it('takes a file path as it is', async () => {
    expect(await shown(['framework.yaml'])).toEqual({ files: ['framework.yaml'], unmatched: [] });
  });

  it('takes a file path through ./ and ..', async () => {
    expect(await shown(['./programmes/../framework.yaml'])).toEqual({
      files: ['framework.yaml'],
      unmatched: [],
    });
  });

  it('expands a glob relative to cwd', async () => {
    expect(await shown(['programmes/*.yaml'])).toEqual({
      files: ['programmes/a.yaml'],
      unmatched: [],
    });
    expect(await shown(['**/drafts/*.yaml'])).toEqual({
      files: ['drafts/old.yaml', 'nested/deep/drafts/z.yaml'],
      unmatched: [],
    });
  });

  it('keeps only YAML files from a glob', async () => {
    expect(await shown(['programmes/*'])).toEqual({
      files: ['programmes/a.yaml', 'programmes/b.yml'],
      unmatched: [],
    });
  });

  it('never returns node_modules or .git files from a glob', async () => {
    expect((await shown(['**/*.yaml'])).files).not.toContain('node_modules/pkg/package.yaml');
    expect((await shown(['**/*.yaml'])).files).not.toContain('programmes/node_modules/x.yaml');
    expect((await shown(['**/*.yaml'])).files).not.toContain('.git/config.yaml');
    expect((await shown(['**/*.yaml'])).files).toHaveLength(6);
  });
});

describe('discover: unmatched paths', () => {
  it('reports a path that does not exist, in the order given, and still finds the rest', async () => {
    expect(await shown(['missing.yaml', 'framework.yaml', 'missing-folder'])).toEqual({
      files: ['framework.yaml'],
      unmatched: ['missing.yaml', 'missing-folder'],
    });
  });

  it('reports a glob that matches nothing', async () => {
    expect(await shown(['programmes/*.json', 'nowhere/**/*.yaml'])).toEqual({
      files: [],
      unmatched: ['programmes/*.json', 'nowhere/**/*.yaml'],
    });
  });

  it('reports a folder that holds no YAML file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'empty/readme.txt': 'x', 'only-modules/node_modules/a.yaml': yaml });
    const result = await discover(['empty', 'only-modules'], { cwd: dir });
    expect(result).toEqual({ files: [], unmatched: ['empty', 'only-modules'] });
  });
});

describe('discover: --ignore', () => {
  it('leaves out a folder named without a slash, wherever it is', async () => {
    expect((await shown(['.'], ['drafts'])).files).toEqual([
      'Zeta.yaml',
      'framework.yaml',
      'nested/deep/keep.yaml',
      'programmes/a.yaml',
      'programmes/b.yml',
    ]);
  });

  it('leaves out a nested folder given by its path', async () => {
    expect((await shown(['.'], ['nested/deep'])).files).toEqual([
      'Zeta.yaml',
      'drafts/old.yaml',
      'framework.yaml',
      'programmes/a.yaml',
      'programmes/b.yml',
    ]);
  });

  it('leaves out files matching a glob', async () => {
    expect((await shown(['.'], ['*.yml'])).files).not.toContain('programmes/b.yml');
    expect((await shown(['.'], ['**/drafts/**'])).files).toEqual([
      'Zeta.yaml',
      'framework.yaml',
      'nested/deep/keep.yaml',
      'programmes/a.yaml',
      'programmes/b.yml',
    ]);
    expect((await shown(['.'], ['programmes/*.yaml', 'Z*'])).files).toEqual([
      'drafts/old.yaml',
      'framework.yaml',
      'nested/deep/drafts/z.yaml',
      'nested/deep/keep.yaml',
      'programmes/b.yml',
    ]);
  });

  it('applies to files named on the command line and to globs too', async () => {
    expect(
      (await shown(['framework.yaml', 'programmes/a.yaml'], ['framework.yaml'])).files,
    ).toEqual(['programmes/a.yaml']);
    expect(await shown(['**/*.yaml'], ['drafts', 'nested'])).toEqual({
      files: ['Zeta.yaml', 'framework.yaml', 'programmes/a.yaml'],
      unmatched: [],
    });
  });
});

describe.skipIf(process.platform === 'win32')('discover: symbolic links', () => {
  it('does not follow a link loop (a/loop -> ..) and lists each file once', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'framework.yaml': yaml, 'a/p.yaml': yaml });
    await symlink('..', join(dir, 'a', 'loop'));
    const result = await discover(['.'], { cwd: dir });
    expect(result.files.map((f) => f.display)).toEqual(['a/p.yaml', 'framework.yaml']);
    expect(result.unmatched).toEqual([]);
  });

  it('reads a linked folder named on the command line without walking into its own loop', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'framework.yaml': yaml, 'a/p.yaml': yaml });
    await symlink('..', join(dir, 'a', 'loop'));
    const result = await discover(['a/loop', '.'], { cwd: dir });
    // The two names of each file (through the link and directly) yield it once.
    expect(result.files).toHaveLength(2);
    const reals = await Promise.all(result.files.map((f) => realpath(f.absolute)));
    expect(reals.sort()).toEqual(
      [
        await realpath(join(dir, 'a', 'p.yaml')),
        await realpath(join(dir, 'framework.yaml')),
      ].sort(),
    );
  });

  it('lists a file once when it is named both directly and through a link to it', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'programmes/p.yaml': yaml });
    await symlink('programmes/p.yaml', join(dir, 'link.yaml'));
    const result = await discover(['link.yaml', 'programmes/p.yaml'], { cwd: dir });
    expect(result.files).toHaveLength(1);
    expect(await realpath(result.files[0]!.absolute)).toBe(
      await realpath(join(dir, 'programmes', 'p.yaml')),
    );
    expect(result.unmatched).toEqual([]);
  });

  it('reports a dangling link as unmatched instead of failing', async () => {
    const dir = await tempDir();
    await symlink('nowhere.yaml', join(dir, 'dangling.yaml'));
    expect(await discover(['dangling.yaml'], { cwd: dir })).toEqual({
      files: [],
      unmatched: ['dangling.yaml'],
    });
  });
});

describe('displayPath', () => {
  it('is relative to cwd with forward slashes inside it', () => {
    expect(displayPath(join('/repo', 'programmes', 'a.yaml'), '/repo')).toBe('programmes/a.yaml');
  });

  it('is absolute outside cwd', () => {
    expect(displayPath('/elsewhere/a.yaml', '/repo')).toBe('/elsewhere/a.yaml');
  });
});

describe('discover: links, case and folder patterns', () => {
  it('reads a symlinked YAML file inside a walked folder, once, and never enters a link loop', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'elsewhere/basic.yaml': yaml, 'repo/sub/own.yaml': yaml });
    await symlink(join(dir, 'elsewhere/basic.yaml'), join(dir, 'repo/basic.yaml'));
    await symlink('..', join(dir, 'repo/sub/loop'));
    const found = await discover(['repo'], { cwd: dir });
    expect(found.files.map((f) => f.display)).toEqual(['repo/basic.yaml', 'repo/sub/own.yaml']);
  });

  it('finds .YAML and .Yml in any case when walking a folder', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'a/UPPER.YAML': yaml, 'a/mixed.Yml': yaml, 'a/notes.txt': 'x' });
    expect((await discover(['a'], { cwd: dir })).files.map((f) => f.display)).toEqual([
      'a/UPPER.YAML',
      'a/mixed.Yml',
    ]);
  });

  it('reads `--ignore sub/` the .gitignore way, as the folder sub', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'keep.yaml': yaml, 'sub/drop.yaml': yaml });
    expect(
      (await discover(['.'], { cwd: dir, ignore: ['sub/'] })).files.map((f) => f.display),
    ).toEqual(['keep.yaml']);
  });
});
