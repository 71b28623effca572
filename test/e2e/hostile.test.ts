/**
 * The hostile corpus: each case of the input sweep (issue 6) run through the real CLI, as a
 * user or a CI job would run it, with the promise it must keep: never write over an input or
 * anything but a regular file, never hang, never crash with a stack trace, never let a file
 * drive the terminal or leak a file from outside the repository.
 */
import { spawn } from 'node:child_process';
import {
  chmod,
  cp,
  link,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, projectRoot, runCli, spawnCli } from '../helpers/cli.js';

const minimal = join(projectRoot, 'examples/minimal');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-hostile-'));
  dirs.push(dir);
  await chmod(dir, 0o755); // readable by the unprivileged user of the permission case
  return dir;
}

/** A copy of examples/minimal to attack. */
async function repository(): Promise<string> {
  const dir = await scratch();
  await cp(minimal, join(dir, 'repo'), { recursive: true });
  return join(dir, 'repo');
}

const framework = `kind: framework
id: demo
title: Demo
tracks:
  - id: admin
    title: Administration
    levels: [basic, advanced]
`;

const programme = (extra = '', moduleExtra = '') => `kind: programme
id: basic
title: Basic course
track: admin
level: basic
${extra}modules:
  - id: intro
    title: Introduction
    hours: 8
${moduleExtra}`;

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await scratch();
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('1–2. output is never written over an input or anything but a regular file', () => {
  it('refuses an input file as --output, by path', async () => {
    const repo = await repository();
    const target = join(repo, 'programmes/induction.yaml');
    const before = await readFile(target);
    const run = await runCli(['analyze', '-o', target, repo], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `curriculum-dedup: cannot write ${target}: is one of the input files; choose another output file\n`,
    );
    expect(await readFile(target)).toEqual(before);
  });

  it('refuses a hard link to an input file (the same inode under another name)', async () => {
    const repo = await repository();
    await link(join(repo, 'programmes/induction.yaml'), join(repo, '..', 'report.txt'));
    const run = await runCli(['analyze', '-o', '../report.txt', '.'], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is one of the input files');
  });

  it('refuses a symbolic link, a device and a folder, and leaves them as they were', async () => {
    const repo = await repository();
    await symlink('/dev/null', join(repo, '..', 'null-link'));
    const cases: Array<[string, string]> = [
      ['../null-link', 'cannot write ../null-link: is a symbolic link; give the real file'],
      ['/dev/null', 'cannot write /dev/null: is a device, not a regular file'],
      ['programmes', 'cannot write programmes: is a folder; give a file name'],
      ['newdir/', 'cannot write newdir/: names a folder; give a file name'],
    ];
    for (const [target, message] of cases) {
      const run = await runCli(['analyze', '-o', target, '.'], { cwd: repo });
      expect(run.status, target).toBe(2);
      expect(run.stderr).toBe(`curriculum-dedup: ${message}\n`);
    }
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
    await expect(stat(join(repo, 'newdir'))).rejects.toThrow();
  });

  it('refuses a read-only file, as the shell would, and keeps its content and mode', async () => {
    const repo = await repository();
    const target = join(repo, '..', 'locked.json');
    await writeFile(target, 'keep\n');
    await chmod(target, 0o444);
    const run = await runCli(['analyze', '-f', 'json', '-o', target, '.'], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is read-only');
    expect(await readFile(target, 'utf8')).toBe('keep\n');
    expect((await stat(target)).mode & 0o777).toBe(0o444);
  });

  it('keeps the permissions of a report it replaces', async () => {
    const repo = await repository();
    const target = join(repo, '..', 'report.json');
    await writeFile(target, 'old\n');
    await chmod(target, 0o600);
    const run = await runCli(['analyze', '-f', 'json', '-o', target, '.'], { cwd: repo });
    expect(run.status).toBe(0);
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ version: 1 });
    expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('says clearly when a part of the path is a file, or the folder is missing', async () => {
    const repo = await repository();
    await writeFile(join(repo, '..', 'A.json'), '{}');
    const under = await runCli(['analyze', '-o', '../A.json/x', '.'], { cwd: repo });
    expect(under.status).toBe(2);
    expect(under.stderr).toBe(
      'curriculum-dedup: cannot write ../A.json/x: a part of the path is a file, not a folder (ENOTDIR)\n',
    );
    const missing = await runCli(['analyze', '-o', 'no/such/r.txt', '.'], { cwd: repo });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'curriculum-dedup: cannot write no/such/r.txt: folder no/such does not exist (ENOENT)\n',
    );
  });

  it('leaves no temporary file behind, however early it is stopped', async () => {
    const repo = await repository();
    const out = join(repo, '..', 'out');
    await mkdir(out);
    // Signals at spread-out moments of the run, the write among them: whatever moment a
    // signal lands on, the folder ends with the whole report or none, and no temporary file.
    for (const delay of [0, 40, 80, 120, 160, 200, 240, 280]) {
      const child = spawn(process.execPath, [cliPath, 'analyze', '-o', join(out, 'r.txt'), '.'], {
        cwd: repo,
        stdio: 'ignore',
      });
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGTERM');
      const status = await closed;
      expect([0, 143, null]).toContain(status);
      const names = await readdir(out);
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (names.includes('r.txt')) {
        expect(await readFile(join(out, 'r.txt'), 'utf8')).toMatch(/Summary\n[^]*\n$/);
        await rm(join(out, 'r.txt'));
      }
    }
  });
});

describe('3. a file with CR-only line ends', () => {
  it('is read as the programme it is, not skipped as empty', async () => {
    const dir = await folder({
      'framework.yaml': framework,
      'basic.yaml': programme().replace(/\n/g, '\r'),
    });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toBe('✔ 2 files, 1 programme, 1 module, 8 periods: no findings\n');
    expect(run.status).toBe(0);
  });
});

describe('4. files that cannot be read', () => {
  it('reports a file the user may not read, as a located error', async () => {
    const dir = await folder({ 'framework.yaml': framework, 'basic.yaml': programme() });
    await chmod(join(dir, 'basic.yaml'), 0o000);
    // As root every file is readable: run as an unprivileged user there.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    for (const args of [['validate'], ['validate', 'basic.yaml']]) {
      const run = await spawnCli(args, { cwd: dir, ...asUser });
      expect(run.stdout).toContain(
        'basic.yaml:1:1  unreadable-file  cannot be read: permission denied (EACCES)\n',
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('');
    }
  });

  it('refuses a FIFO at once, and a link to a file outside the folder, and a broken link', async () => {
    const dir = await folder({ 'framework.yaml': framework, 'basic.yaml': programme() });
    await new Promise((resolve, reject) =>
      spawn('mkfifo', [join(dir, 'pipe.yaml')])
        .on('close', resolve)
        .on('error', reject),
    );
    await symlink('/proc/self/pagemap', join(dir, 'pm.yaml'));
    await symlink('/etc/hostname', join(dir, 'host.yaml'));
    await symlink(join(dir, 'gone.yaml'), join(dir, 'broken.yaml'));
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'broken.yaml:1:1  unreadable-file  broken symbolic link: its target does not exist',
        'host.yaml:1:1  unreadable-file  symbolic link to a file outside the folder being read: not read (name the file itself to read it)',
        'pipe.yaml:1:1  unreadable-file  a FIFO (named pipe), not a regular file: not read',
        'pm.yaml:1:1  unreadable-file  symbolic link to a file outside the folder being read: not read (name the file itself to read it)',
        '✖ 6 files, 1 programme, 1 module, 8 periods: 4 errors',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(2);
  });

  it('reads a named /proc file only up to the size limit, however much it offers', async () => {
    const run = await runCli(['validate', '/proc/self/pagemap'], { cwd: await scratch() });
    expect(run.stdout).toContain(
      '/proc/self/pagemap:1:1  input-encoding  file is over the 64.0 MiB limit for one curriculum file\n',
    );
    expect(run.status).toBe(2);
  });

  it('never shows a line of a file outside the repository in a code frame', async () => {
    const dir = await folder({ 'framework.yaml': framework });
    const secret = join(await scratch(), 'secret.yaml');
    // Read, this file gets a code frame showing its second line (an unknown key)…
    await writeFile(secret, 'kind: programme\npassword: hunter2\n');
    const named = await runCli(['validate', secret], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(named.stdout).toContain('hunter2');
    // …but reached through a link out of the folder being read, it is not read at all.
    await symlink(secret, join(dir, 'programme.yaml'));
    const run = await runCli(['validate'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(run.stdout).toContain('unreadable-file');
    expect(run.stdout).not.toContain('hunter2');
    expect(run.status).toBe(2);
  });
});

describe('5. cyclic aliases and deep nesting', () => {
  it('refuses an alias inside the node it names, at the alias', async () => {
    const dir = await folder({
      'framework.yaml': framework,
      'basic.yaml': programme('', '    requires: &a [*a]\n'),
    });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toContain(
      'basic.yaml:10:19  yaml-syntax  the alias *a stands inside the node it names (&a): a cycle\n',
    );
    expect(run.status).toBe(2);
    noStackTrace(run.stderr);
  });

  it('refuses 7,000-deep block nesting at the same place whatever the stack size', async () => {
    let text = 'kind: programme\nx:\n';
    for (let i = 1; i <= 7000; i++) text += `${' '.repeat(i)}a:\n`;
    const dir = await folder({ 'framework.yaml': framework, 'deep.yaml': text });
    const expected = 'deep.yaml:67:66  yaml-syntax  nesting deeper than 64 levels\n';
    for (const stack of ['--stack-size=400', '--stack-size=2000']) {
      const run = await spawnCli(['validate', 'deep.yaml'], { cwd: dir, nodeOptions: [stack] });
      expect(run.stdout).toContain(expected);
      expect(run.stdout).not.toContain('call stack');
      expect(run.status).toBe(2);
    }
  });
});

describe('6. writing to standard output', () => {
  it('stops quietly when the reader goes away (| head -c1)', async () => {
    const child = spawn(process.execPath, [cliPath, 'analyze', '-f', 'json', minimal], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('reports a full disk on stdout in one line, exit 2', async () => {
    const run = await spawnCli(['analyze', minimal], { cwd: projectRoot, stdoutPath: '/dev/full' });
    expect(run.stderr).toBe(
      'curriculum-dedup: cannot write the report to standard output: no space left on device (ENOSPC)\n',
    );
    expect(run.status).toBe(2);
  });
});

describe('7–9. values and sizes that would overflow, hang or blow up', () => {
  it('refuses hours too large to add up (1e308), at the value', async () => {
    const dir = await folder({
      'framework.yaml': framework,
      'basic.yaml': programme().replace('hours: 8', 'hours: 1e308'),
    });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toContain(
      'basic.yaml:9:12  schema  modules[0].hours must be at most 10,000, not 1e+308\n',
    );
    expect(run.status).toBe(2);
  });

  it('refuses a 200,000-letter text, a 5,000-letter word and 20,000 topics, each at its place', async () => {
    const word = 'a'.repeat(5_000);
    const topics = Array.from({ length: 20_000 }, (_, i) => `      - topic ${i}\n`).join('');
    const dir = await folder({
      'framework.yaml': framework.replace('title: Demo', 'title: Demo\nlanguage: en'),
      'a.yaml': programme('', `    description: ${word}\n`),
      'b.yaml': programme().replace('basic', 'other').replace('Introduction', 'b'.repeat(200_000)),
      'c.yaml': programme().replace('basic', 'third') + `    topics:\n${topics}`,
    });
    const run = await runCli(['validate'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'a.yaml:10:18  long-word  modules[0].description has a word of more than 1,000 characters ("aaaaaaaaaaaaaaaaaaaaaaaa…"); put spaces between words',
        'b.yaml:8:12  schema  modules[0].title is 200,000 characters long; at most 10,000 are allowed',
        'c.yaml:11:7  schema  modules[0].topics has 20,000 items; at most 200 are allowed',
        '✖ 4 files, 0 programmes, 0 modules, 0 periods: 3 errors',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(2);
  });

  it('reports 4,000 broken refs, with hints for the first 200', async () => {
    const modules = Array.from(
      { length: 4000 },
      (_, i) => `  - id: m${i}\n    title: Module ${i}\n    hours: 1\n    requires: [n${i}]\n`,
    ).join('');
    const dir = await folder({
      'framework.yaml': framework,
      'p.yaml': programme().replace(/modules:[^]*$/, `modules:\n${modules}`),
    });
    const run = await runCli(['validate', '--no-color'], { cwd: dir });
    const lines = run.stdout.split('\n').filter((l) => l.includes('unresolved-ref'));
    expect(lines).toHaveLength(4000);
    expect(lines.filter((l) => l.includes('did you mean'))).toHaveLength(200);
    expect(run.status).toBe(2);
  });

  it('refuses a threshold so low that every pair would be reported', async () => {
    const run = await runCli(['analyze', '--threshold', '0', minimal], { cwd: projectRoot });
    expect(run.stderr).toBe(
      "error: option '--threshold <score>' argument '0' is invalid. expected a number from 0.1 to 1 (below 0.1 nearly every pair of modules would be reported)\n",
    );
    expect(run.status).toBe(2);
  });
});

describe('10. terminal escapes in what files hold', () => {
  it('shows control characters as escapes in every human report, keeping its own colours', async () => {
    const escape = '\u001b]0;PWNED\u0007\u001b[2J';
    const dir = await folder({
      'framework.yaml': framework,
      [`basic${'\u001b[31m'}.yaml`]: programme().replace(
        'hours: 8',
        `hours: 8\n    "bad${escape}key": 1 # comment ${escape}`,
      ),
      'other.yaml': `kind: "x${escape}"\n`,
    });
    for (const env of [{}, { FORCE_COLOR: '1' }]) {
      const run = await runCli(['validate'], { cwd: dir, env });
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      const colours = /\u001b\[\d+m/g;
      // eslint-disable-next-line no-control-regex -- the test looks for control characters
      expect(run.stdout.replace(colours, '')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      expect(run.stdout).toContain('\\u001b]0;PWNED\\u0007\\u001b[2J');
      expect(run.status).toBe(2);
    }
  });
});

describe('11. results do not depend on the order of modules in a file', () => {
  it('gives the same overlaps and clusters when two module blocks are swapped', async () => {
    const dir = await scratch();
    const repo = join(dir, 'vn');
    await cp(join(projectRoot, 'examples/vn-cadre'), repo, { recursive: true });
    const before = await runCli(['analyze', '-f', 'json', '.'], { cwd: repo });
    const file = join(repo, 'programmes/so-cap-llct.yaml');
    const text = await readFile(file, 'utf8');
    const blocks = text.split(/(?=^ {2}- id: )/m);
    [blocks[1], blocks[2]] = [blocks[2]!, blocks[1]!];
    await writeFile(file, blocks.join(''));
    const after = await runCli(['analyze', '-f', 'json', '.'], { cwd: repo });
    const analysis = (out: string) => {
      const { overlaps, clusters, summary } = JSON.parse(out) as Record<string, unknown>;
      return { overlaps, clusters, summary };
    };
    expect(after.status).toBe(0);
    expect(analysis(after.stdout)).toEqual(analysis(before.stdout));
  });
});

describe('--debug', () => {
  it('is accepted by every command and changes nothing when all goes well', async () => {
    const plain = await runCli(['validate', minimal], { cwd: projectRoot });
    const debug = await runCli(['validate', '--debug', minimal], { cwd: projectRoot });
    expect(debug).toEqual(plain);
  });
});
