import { realpath, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { discover, displayPath } from '../../src/load/discover.js';
import { render } from '../../src/messages/catalogue.js';
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
    'curriculum-dedup.config.yaml': 'failOn: warning\n',
    'programmes/curriculum-dedup.config.yaml': 'failOn: warning\n',
    'Zeta.yaml': yaml,
  });
});

const shown = async (paths: string[], ignore?: string[]) => {
  const result = await discover(paths, { cwd: repo, ...(ignore ? { ignore } : {}) });
  return { files: result.files.map((f) => f.display), unmatched: result.unmatched };
};

describe('discover: folders', () => {
  it('walks a folder for .yaml and .yml files, sorted by code unit, skipping node_modules, .git and the config file', async () => {
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
    expect(result).toEqual({
      files: [],
      unmatched: ['empty', 'only-modules'],
      unusedIgnores: [],
      unreadableFolders: [],
    });
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
      unusedIgnores: [],
      unreadableFolders: [],
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

describe('discover: --ignore relative to the folder being read', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeFiles(dir, {
      'some/folder/framework.yaml': yaml,
      'some/folder/programmes/a.yaml': yaml,
      'some/folder/drafts/old.yaml': yaml,
      'some/folder/drafts/deep/older.yaml': yaml,
      'drafts/top.yaml': yaml,
    });
  });
  const read = async (paths: string[], ignore: string[]) => {
    const result = await discover(paths, { cwd: dir, ignore });
    return { files: result.files.map((f) => f.display), unusedIgnores: result.unusedIgnores };
  };
  const kept = ['some/folder/framework.yaml', 'some/folder/programmes/a.yaml'];

  it('matches a glob against paths inside the folder named on the command line', async () => {
    expect(await read(['some/folder'], ['drafts/**'])).toEqual({ files: kept, unusedIgnores: [] });
    expect(await read(['some/folder'], ['drafts/*.yaml'])).toEqual({
      files: ['some/folder/drafts/deep/older.yaml', ...kept],
      unusedIgnores: [],
    });
  });

  it('still takes globs written from the working folder, and absolute ones', async () => {
    expect((await read(['some/folder'], ['some/folder/drafts/**'])).files).toEqual(kept);
    expect((await read(['some/folder'], [`${dir}/some/folder/drafts`])).files).toEqual(kept);
    expect((await read(['some/folder'], ['drafts'])).files).toEqual(kept);
  });

  it('matches relative to the fixed part of a glob given as a path', async () => {
    expect((await read(['some/**/*.yaml'], ['folder/drafts/**'])).files).toEqual(kept);
  });

  it('applies a folder ignore to a folder read from the working folder', async () => {
    expect((await read(['.'], ['drafts/'])).files).toEqual([
      'some/folder/framework.yaml',
      'some/folder/programmes/a.yaml',
    ]);
  });

  it('returns the globs that left out nothing, as written, in the order given', async () => {
    expect(await read(['some/folder'], ['nothing/**', 'drafts/**', 'old/', 'nothing/**'])).toEqual({
      files: kept,
      unusedIgnores: ['nothing/**', 'old/'],
    });
    // A glob that matches only files no path reaches is unused too.
    expect((await read(['some/folder/programmes'], ['drafts'])).unusedIgnores).toEqual(['drafts']);
  });

  it('counts an ignore that leaves out a file named on the command line as used', async () => {
    expect(await read(['drafts/top.yaml', 'some/folder/framework.yaml'], ['top.yaml'])).toEqual({
      files: ['some/folder/framework.yaml'],
      unusedIgnores: [],
    });
  });

  it('never reads node_modules or .git, without any ignore', async () => {
    await writeFiles(dir, {
      'some/folder/node_modules/x.yaml': yaml,
      'some/folder/.git/y.yaml': yaml,
    });
    expect(await read(['some/folder'], ['drafts'])).toEqual({ files: kept, unusedIgnores: [] });
  });
});

describe.skipIf(process.platform === 'win32')('discover: why a link is not read', () => {
  it('says it in every language', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'outside/x.yaml': yaml, 'repo/own.yaml': yaml });
    await symlink(join(dir, 'outside/x.yaml'), join(dir, 'repo/link.yaml'));
    await symlink(join(dir, 'nowhere.yaml'), join(dir, 'repo/broken.yaml'));
    const found = await discover(['repo'], { cwd: dir });
    expect(found.files.map((f) => [f.display, f.refused && render(f.refused, 'vi')])).toEqual([
      ['repo/broken.yaml', 'liên kết tượng trưng bị hỏng: đích của nó không tồn tại'],
      [
        'repo/link.yaml',
        'liên kết tượng trưng trỏ tới một tệp nằm ngoài thư mục đang đọc: không đọc (muốn đọc tệp đó, hãy ghi chính tên tệp)',
      ],
      ['repo/own.yaml', undefined],
    ]);
    expect(found.files[0]?.refused && render(found.files[0].refused, 'en')).toBe(
      'broken symbolic link: its target does not exist',
    );
  });
});
