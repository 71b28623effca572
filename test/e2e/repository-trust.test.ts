/**
 * The second hostile sweep (issue 16), through the real CLI: what a repository holds, or a
 * colleague gets wrong, can't make the tool write outside the repository, read a secret into
 * a report, stall the run or lose a baseline. Each case failed before its fix.
 */
import { spawn } from 'node:child_process';
import {
  chmod,
  chown,
  cp,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, projectRoot, runCli, spawnCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const isRoot = process.getuid?.() === 0;
/** An unprivileged user, for the cases where root would be allowed anything. */
const nobody = { uid: 65534, gid: 65534 };

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-trust-'));
  dirs.push(dir);
  await chmod(dir, 0o755);
  return dir;
}

/** A copy of an example as a git repository (a `.git` folder bounds the config search). */
async function repository(example = 'minimal'): Promise<string> {
  const repo = join(await scratch(), 'repo');
  await cp(join(projectRoot, 'examples', example), repo, { recursive: true });
  await mkdir(join(repo, '.git', 'hooks'), { recursive: true });
  return repo;
}

async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

describe('1. a config file cannot write outside its repository', () => {
  it('refuses output into .git, .github, .., an absolute path, at its place, writing nothing', async () => {
    const repo = await repository();
    const hook = join(repo, '.git/hooks/pre-commit');
    await writeFile(hook, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const outside = join(repo, '..');
    await writeFile(join(repo, 'curriculum-dedup.config.yaml'), '');
    const before = await listing(outside);
    const cases: Array<[string, string]> = [
      [
        'format: csv\noutput: .git/hooks/pre-commit\n',
        'curriculum-dedup.config.yaml:2:9  schema  output ".git/hooks/pre-commit": may not name a hidden file or folder (".git"), where git and other tools keep their own files',
      ],
      [
        'reports:\n  - format: json\n    output: .github/r.json\n',
        'curriculum-dedup.config.yaml:3:13  schema  reports[0].output ".github/r.json": may not name a hidden file or folder (".github"), where git and other tools keep their own files',
      ],
      [
        'output: ../home/.bashrc\n',
        'curriculum-dedup.config.yaml:1:9  schema  output "../home/.bashrc": may not climb out of the config file\'s folder ("..")',
      ],
      [
        `output: ${join(outside, 'abs.md')}\n`,
        `curriculum-dedup.config.yaml:1:9  schema  output ${JSON.stringify(join(outside, 'abs.md'))}: must be a path relative to the config file's folder`,
      ],
      [
        'baseline: ../b.json\n',
        'curriculum-dedup.config.yaml:1:11  schema  baseline "../b.json": may not climb out of the config file\'s folder ("..")',
      ],
    ];
    for (const [config, finding] of cases) {
      await writeFile(join(repo, 'curriculum-dedup.config.yaml'), config);
      const run = await runCli(['analyze', '.'], { cwd: repo });
      expect(run.status, config).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `curriculum-dedup: invalid config file curriculum-dedup.config.yaml\n${finding}\n`,
      );
    }
    expect(await readFile(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
    expect(await listing(outside)).toEqual(before);
  });

  it('refuses a path that leads out through a symbolic link in the repository', async () => {
    const repo = await repository();
    const away = await scratch();
    await symlink(away, join(repo, 'reports'));
    await writeFile(join(repo, 'curriculum-dedup.config.yaml'), 'output: reports/r.md\n');
    const run = await runCli(['analyze', '.'], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'output "reports/r.md": leads through a symbolic link out of the config file\'s folder or into a hidden folder',
    );
    expect(await readdir(away)).toEqual([]);
  });

  it('still writes where the command line says: the user typed it', async () => {
    const repo = await repository();
    const run = await runCli(['analyze', '-o', '../typed.md', '.'], { cwd: repo });
    expect(run.status).toBe(0);
    expect(await readFile(join(repo, '../typed.md'), 'utf8')).toContain('Summary');
  });
});

describe('2. a config file another user could have planted is not obeyed', () => {
  /** A folder outside any repository holding a config, and a repository below it without `.git`. */
  async function planted(config: string): Promise<{ top: string; work: string }> {
    const top = await scratch();
    const work = join(top, 'work');
    await cp(join(projectRoot, 'examples/minimal'), work, { recursive: true });
    await writeFile(join(top, '.curriculum-dedup.yaml'), config);
    return { top, work };
  }

  it.runIf(isRoot)(
    "ignores, with a warning, a config of another user's; --config reads it",
    async () => {
      const { top, work } = await planted('output: planted.md\n');
      await chown(join(top, '.curriculum-dedup.yaml'), nobody.uid, nobody.gid);
      const run = await runCli(['analyze', '.'], { cwd: work });
      expect(run.stderr).toBe(
        `curriculum-dedup: warning: ignoring the config file ${top}/.curriculum-dedup.yaml: it belongs to another user (uid 65534); to use it, name it with --config ${top}/.curriculum-dedup.yaml\n`,
      );
      expect(run.stdout).toContain('Summary');
      expect(await readdir(top)).toEqual(['.curriculum-dedup.yaml', 'work']);
      const named = await runCli(['analyze', '--config', '../.curriculum-dedup.yaml', '.'], {
        cwd: work,
      });
      expect(named.status).toBe(0);
      expect(named.stderr).toBe('');
      expect(await readFile(join(top, 'planted.md'), 'utf8')).toContain('Summary');
    },
  );

  it('ignores a config in a folder everybody may write without the sticky bit', async () => {
    const { top, work } = await planted('failOn: none\noutput: planted.md\n');
    await chmod(top, 0o777);
    const run = await runCli(['analyze', '.'], { cwd: work });
    expect(run.stderr).toContain(
      'its folder is writable by everyone, without the sticky bit; to use it, name it with --config',
    );
    expect(await readdir(top)).toEqual(['.curriculum-dedup.yaml', 'work']);
  });
});

describe('3. no secret is echoed', () => {
  it('refuses a config file that is a symbolic link, quoting nothing of its target', async () => {
    const repo = await repository();
    const secret = join(await scratch(), 'shadow');
    await writeFile(secret, 'root:$6$hunter2secretsalt:19000:0:99999:7:::\n');
    await symlink(secret, join(repo, 'curriculum-dedup.config.yaml'));
    const run = await runCli(['analyze', '.'], { cwd: repo });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'curriculum-dedup: the config file curriculum-dedup.config.yaml is a symbolic link: not read (name the file it points to with --config)\n',
    );
    expect(run.stdout + run.stderr).not.toContain('hunter2');
  });

  it('refuses a curriculum file that links into .git, in every report', async () => {
    const repo = await repository();
    await writeFile(
      join(repo, '.git/config'),
      '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu\n',
    );
    await symlink('../.git/config', join(repo, 'programmes/x.yaml'));
    const run = await runCli(
      ['analyze', '-f', 'console', '-f', 'markdown=r.md', '-f', 'sarif=r.sarif', '.'],
      { cwd: repo },
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(
      'programmes/x.yaml:1:1  unreadable-file  symbolic link to a hidden file or into a hidden folder (such as .git): not read (name the file itself to read it)',
    );
    const reports = [run.stdout, await readFile(join(repo, 'r.md'), 'utf8')];
    reports.push(await readFile(join(repo, 'r.sarif'), 'utf8'));
    for (const text of reports) expect(text).not.toContain('c2VjcmV0LXRva2Vu');
  });

  it('quotes a short escaped excerpt of a config or baseline, never a whole line', async () => {
    const repo = await repository();
    // YAML takes keys up to 1,024 characters.
    const long = `x${'y'.repeat(990)}hunter2`;
    await writeFile(join(repo, 'curriculum-dedup.config.yaml'), `${long}: 1\n`);
    const config = await runCli(['analyze', '.'], { cwd: repo });
    expect(config.status).toBe(2);
    expect(config.stderr).toContain(`unknown option "x${'y'.repeat(38)}…"`);
    expect(config.stderr).not.toContain('hunter2');
    await rm(join(repo, 'curriculum-dedup.config.yaml'));
    await writeFile(join(repo, 'b.json'), `{"version": 1, "entries": [], "${long}": 1}`);
    const baseline = await runCli(['analyze', '--baseline', 'b.json', '.'], { cwd: repo });
    expect(baseline.status).toBe(2);
    expect(baseline.stderr).toContain(`unknown property "x${'y'.repeat(38)}…"`);
    expect(baseline.stderr).not.toContain('hunter2');
  });
});

describe('4. a baseline is never lost', () => {
  it('refuses a report written to the baseline or the config file, writing nothing', async () => {
    const repo = await repository();
    const made = await runCli(['analyze', '--baseline', 'b.json', '--update-baseline', '.'], {
      cwd: repo,
    });
    expect(made.status).toBe(0);
    const baseline = await readFile(join(repo, 'b.json'), 'utf8');
    const attempts = [
      ['-o', 'b.json', '--baseline', 'b.json'],
      ['--format', 'json=./b.json', '--baseline', 'b.json'],
      ['-o', 'r.md', '-o', 'sub/../b.json', '--baseline', 'b.json'],
    ];
    for (const args of attempts) {
      const run = await runCli(['analyze', ...args, '.'], { cwd: repo });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(
        /^curriculum-dedup: cannot write \S+: it is the baseline file of this run; choose another output file\n$/,
      );
    }
    await writeFile(
      join(repo, 'curriculum-dedup.config.yaml'),
      'baseline: b.json\noutput: b.json\n',
    );
    const fromConfig = await runCli(['analyze', '.'], { cwd: repo });
    expect(fromConfig.status).toBe(2);
    expect(fromConfig.stderr).toContain('it is the baseline file of this run');
    await writeFile(join(repo, 'curriculum-dedup.config.yaml'), 'failOn: none\n');
    const overConfig = await runCli(['analyze', '-o', 'curriculum-dedup.config.yaml', '.'], {
      cwd: repo,
    });
    expect(overConfig.status).toBe(2);
    expect(overConfig.stderr).toContain('it is the config file of this run');
    expect(await readFile(join(repo, 'b.json'), 'utf8')).toBe(baseline);
    expect(await readFile(join(repo, 'curriculum-dedup.config.yaml'), 'utf8')).toBe(
      'failOn: none\n',
    );
    expect(await readdir(repo)).not.toContain('r.md');
  });

  it('writes no baseline while an input fails to load, and says why without advising to update', async () => {
    const repo = await repository('vn-cadre');
    const made = await runCli(['analyze', '--baseline', 'b.json', '--update-baseline', '.'], {
      cwd: repo,
    });
    expect(made.status).toBe(0);
    const baseline = await readFile(join(repo, 'b.json'), 'utf8');
    const entries = (JSON.parse(baseline) as { entries: unknown[] }).entries.length;
    expect(entries).toBeGreaterThan(20);
    const file = join(repo, 'programmes/so-cap-llct.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('modules:', 'modules: [\n'));
    for (const flag of ['--prune-baseline', '--update-baseline']) {
      const run = await runCli(['analyze', '--baseline', 'b.json', flag, '--lang', 'en', '.'], {
        cwd: repo,
      });
      expect(run.status, flag).toBe(2);
      const verb = flag === '--prune-baseline' ? 'pruned' : 'updated';
      expect(run.stderr).toBe(
        `curriculum-dedup: the baseline b.json was not ${verb}: 1 input file has errors (see below), and a baseline written now would lose their findings; fix it and run again\n`,
      );
      expect(run.stdout).toContain('programmes/so-cap-llct.yaml');
      expect(await readFile(join(repo, 'b.json'), 'utf8')).toBe(baseline);
    }
    await writeFile(join(repo, 'b.json'), '{"version": 1, "entries": [}');
    const corrupt = await runCli(
      ['analyze', '--baseline', 'b.json', '--update-baseline', '--lang', 'en', '.'],
      { cwd: repo },
    );
    expect(corrupt.status).toBe(2);
    expect(corrupt.stderr).toContain('invalid baseline file b.json, so it is not written over');
    expect(corrupt.stderr).not.toContain('--update-baseline');
  });
});

describe('5. nothing stalls', () => {
  it('finds a duplicate key among 40 mappings of 2,000 keys, at its place', async () => {
    const dir = await scratch();
    const block = (m: number) =>
      `  m${m}:\n` + Array.from({ length: 2_000 }, (_, i) => `    k${i}: ${i}\n`).join('');
    const blocks = Array.from({ length: 40 }, (_, m) => block(m)).join('');
    await writeFile(join(dir, 'big.yaml'), `kind: programme\nx:\n${blocks}    k1999: again\n`);
    const run = await runCli(['validate', 'big.yaml'], { cwd: dir });
    expect(run.stdout).toContain(
      `big.yaml:${3 + 40 * 2_001}:5  yaml-syntax  duplicate key "k1999"`,
    );
    expect(run.status).toBe(2);
  });

  it('refuses a mapping of 80,000 keys before composing it', { timeout: 30_000 }, async () => {
    const dir = await scratch();
    const keys = Array.from({ length: 80_000 }, (_, i) => `  k${i}: ${i}\n`).join('');
    await writeFile(join(dir, 'big.yaml'), `kind: programme\nx:\n${keys}`);
    // yaml's duplicate check, which compares each key with every earlier one of its mapping,
    // took 75 s on this file; refused at its size, it takes about a second.
    const run = await runCli(['validate', 'big.yaml'], { cwd: dir });
    expect(run.stdout).toContain(
      'big.yaml:3:3  yaml-syntax  a mapping of more than 10,000 keys; no curriculum document needs that',
    );
    expect(run.status).toBe(2);
  });

  it('ends a busy parse at once on SIGTERM, SIGINT and SIGHUP', { timeout: 60_000 }, async () => {
    const dir = await scratch();
    const block = (m: number) =>
      `  m${m}:\n` + Array.from({ length: 9_000 }, (_, i) => `    k${i}: ${i}\n`).join('');
    const blocks = Array.from({ length: 40 }, (_, m) => block(m)).join('');
    await writeFile(join(dir, 'big.yaml'), `kind: programme\nx:\n${blocks}`);
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
      const child = spawn(process.execPath, [cliPath, 'validate', 'big.yaml'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const closed = new Promise<{ code: number | null; signal: string | null; at: number }>(
        (resolve) =>
          child.on('close', (code, sig) => resolve({ code, signal: sig, at: Date.now() })),
      );
      // The parse of this file takes several seconds: the signal lands in the middle of it.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const sent = Date.now();
      child.kill(signal);
      const end = await closed;
      expect(end.signal, signal).toBe(signal);
      // A handler that waited for the parse took 8 s and more; the default action, at once.
      expect(end.at - sent, signal).toBeLessThan(3000);
    }
  });
});

describe('6. an unreadable folder is an error, never a silent skip', () => {
  it('names the folder, exit 2, whether it is inside the folder read or named itself', async () => {
    const repo = await repository();
    await mkdir(join(repo, 'secret'));
    await cp(join(repo, 'programmes/induction.yaml'), join(repo, 'secret/copy.yaml'));
    await chmod(join(repo, 'secret'), 0o700);
    await chmod(repo, 0o755);
    // As root every folder is readable: run as an unprivileged user there.
    const asUser = { cwd: repo, ...(isRoot ? nobody : {}) };
    if (!isRoot) await chmod(join(repo, 'secret'), 0o000);
    const walk = await spawnCli(['validate', '.'], asUser);
    expect(walk.stdout).toContain(
      'secret:1:1  unreadable-file  folder cannot be read: permission denied (EACCES); the files in it were not checked\n',
    );
    expect(walk.status).toBe(2);
    const named = await spawnCli(['validate', 'secret'], asUser);
    expect(named.stdout).toBe(
      [
        'secret:1:1  unreadable-file  folder cannot be read: permission denied (EACCES); the files in it were not checked',
        '✖ 0 files, 0 programmes, 0 modules, 0 periods: 1 error',
        '',
      ].join('\n'),
    );
    expect(named.stderr).toBe('');
    expect(named.status).toBe(2);
    await chmod(join(repo, 'secret'), 0o700);
  });
});

describe('7. invisible characters do not hide a copy', () => {
  const framework = `kind: framework
id: demo
title: Demo
language: vi
tracks:
  - id: llct
    title: Lý luận chính trị
    levels: [so-cap, trung-cap]
`;
  const programme = (id: string, level: string, text: (s: string) => string) => `kind: programme
id: ${id}
title: Chương trình ${id}
track: llct
level: ${level}
modules:
  - id: m
    title: "${text('Xây dựng Đảng về chính trị, tư tưởng và đạo đức')}"
    hours: 20
    description: "${text('Nội dung cơ bản về công tác xây dựng Đảng trong giai đoạn hiện nay')}"
    topics:
      - "${text('Xây dựng Đảng về chính trị')}"
      - "${text('Công tác tư tưởng của Đảng')}"
      - "${text('Xây dựng Đảng về đạo đức')}"
`;
  const between = (mark: string) => (s: string) => [...s].join(mark);
  const fullwidth = (s: string) =>
    s.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

  it('finds a verbatim copy through U+200B, U+00AD, U+2060 and fullwidth letters, shown escaped', async () => {
    for (const [name, hide] of [
      ['U+200B', between('\\u200b')],
      ['U+00AD', between('\\u00ad')],
      ['U+2060', between('\\u2060')],
      ['fullwidth', fullwidth],
    ] as const) {
      const dir = await scratch();
      await writeFile(join(dir, 'framework.yaml'), framework);
      await writeFile(
        join(dir, 'a.yaml'),
        programme('a', 'so-cap', (s) => s),
      );
      await writeFile(join(dir, 'b.yaml'), programme('b', 'trung-cap', hide));
      const json = await runCli(['analyze', '-f', 'json', '.'], { cwd: dir });
      const { overlaps } = JSON.parse(json.stdout) as { overlaps: Array<{ score: number }> };
      expect(
        overlaps.map((o) => o.score),
        name,
      ).toEqual([1]);
      if (name === 'fullwidth') continue;
      const shown = `\\u${name.slice(2).toLowerCase()}`;
      const consoleRun = await runCli(['analyze', '.'], { cwd: dir });
      const markdown = await runCli(['report', '.'], { cwd: dir });
      for (const text of [consoleRun.stdout, markdown.stdout]) {
        expect(text, name).toContain(shown);
        expect(text, name).not.toContain(String.fromCodePoint(parseInt(name.slice(2), 16)));
      }
    }
  });
});

describe('8. -o replaces only what its user may write', () => {
  it.runIf(isRoot)('refuses, as another user, a root file in a folder all may write', async () => {
    const dir = await scratch();
    const repo = join(dir, 'repo');
    await cp(join(projectRoot, 'examples/minimal'), repo, { recursive: true });
    const open = join(dir, 'open');
    await mkdir(open);
    await chmod(open, 0o777);
    const target = join(open, 'root.md');
    await writeFile(target, 'root owns this\n', { mode: 0o644 });
    const run = await spawnCli(['analyze', '-o', target, '.'], { cwd: repo, ...nobody });
    expect(run.stderr).toBe(
      `curriculum-dedup: cannot write ${target}: permission denied (EACCES)\n`,
    );
    expect(run.status).toBe(2);
    expect(await readFile(target, 'utf8')).toBe('root owns this\n');
  });

  it.runIf(isRoot)("keeps the owner and group of another user's file root replaces", async () => {
    const repo = await repository();
    const target = join(repo, '..', 'theirs.md');
    await writeFile(target, 'old\n', { mode: 0o640 });
    await chown(target, nobody.uid, nobody.gid);
    const run = await runCli(['analyze', '-o', target, '.'], { cwd: repo });
    expect(run.status).toBe(0);
    const info = await stat(target);
    expect([info.uid, info.gid, info.mode & 0o777]).toEqual([nobody.uid, nobody.gid, 0o640]);
    expect(await readFile(target, 'utf8')).toContain('Summary');
  });
});

describe('9. numbers stay finite', () => {
  it('refuses learnersPerYear and periodMinutes beyond their maxima, and prints no Infinity at them', async () => {
    const repo = await repository();
    const file = join(repo, 'framework.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('periodMinutes: 60', 'periodMinutes: 1e308')
        .replace('learnersPerYear: 40', 'learnersPerYear: 1e308'),
    );
    const refused = await runCli(['validate', '.'], { cwd: repo });
    expect(refused.stdout).toContain(
      'framework.yaml:7:16  schema  periodMinutes must be at most 600, not 1e+308',
    );
    expect(refused.stdout).toContain(
      'schema  positions[0].learnersPerYear must be at most 10,000,000, not 1e+308',
    );
    expect(refused.status).toBe(2);
    await writeFile(
      file,
      text
        .replace('periodMinutes: 60', 'periodMinutes: 600')
        .replace('learnersPerYear: 40', 'learnersPerYear: 10000000'),
    );
    for (const format of ['console', 'json', 'markdown', 'csv', 'sarif']) {
      const run = await runCli(['analyze', '-f', format, '.'], { cwd: repo });
      expect(run.status, format).toBe(0);
      expect(run.stdout, format).not.toMatch(/Infinity|NaN|null/);
    }
  });
});

describe('10. smaller ones', () => {
  it('refuses two reports that are one file however written', async () => {
    const repo = await repository();
    await mkdir(join(repo, 'a'));
    const run = await runCli(['analyze', '-f', 'json=a/r.json', '-f', 'sarif=a/../a/r.json', '.'], {
      cwd: repo,
    });
    expect(run.stderr).toBe(
      'curriculum-dedup: a/r.json and a/../a/r.json are one file, named for two reports\n',
    );
    expect(run.status).toBe(2);
  });

  it('refuses a config output that names a folder, naming it', async () => {
    const repo = await repository();
    for (const [output, column] of [
      ['"sub/"', 9],
      ['"."', 9],
    ] as const) {
      await writeFile(join(repo, 'curriculum-dedup.config.yaml'), `output: ${output}\n`);
      const run = await runCli(['analyze', '.'], { cwd: repo });
      expect(run.stderr).toContain(
        `curriculum-dedup.config.yaml:1:${column}  schema  output ${output}: names a folder; give a file name\n`,
      );
      expect(run.status).toBe(2);
    }
  });

  it('lists drift in ref order, whatever the order of the modules in the files', async () => {
    const repo = await repository('vn-cadre');
    const copy = join(repo, 'programmes/trung-cap-llct-nghe-an.yaml');
    const national = join(repo, 'programmes/trung-cap-llct.yaml');
    // Three modules of the copy with other hours than the national ones.
    let text = await readFile(copy, 'utf8');
    for (const id of ['triet-hoc', 'xay-dung-dang', 'nha-nuoc-phap-luat'])
      text = text.replace(
        new RegExp(`(- id: ${id}\\n(?:.*\\n)*?\\s+hours: )(\\d+)`),
        (_, a, h) => `${a}${Number(h) + 2}`,
      );
    await writeFile(copy, text);
    const drift = async () => {
      const run = await runCli(['analyze', '-f', 'json', '.'], { cwd: repo });
      return (JSON.parse(run.stdout) as { drift: unknown }).drift;
    };
    const before = await drift();
    expect(JSON.stringify(before)).toContain(
      '"hoursChanged":["trung-cap-llct-nghe-an/he-thong-chinh-tri","trung-cap-llct-nghe-an/nha-nuoc-phap-luat","trung-cap-llct-nghe-an/triet-hoc","trung-cap-llct-nghe-an/xay-dung-dang"]',
    );
    for (const file of [copy, national]) {
      const [head = '', ...blocks] = (await readFile(file, 'utf8')).split(/(?=^ {2}- id: )/m);
      await writeFile(file, head + blocks.reverse().join(''));
    }
    expect(await drift()).toEqual(before);
  });

  it('starts no more threads than there are cores, whatever CURRICULUM_DEDUP_THREADS says', async () => {
    const dir = await scratch();
    const framework = await readFile(join(projectRoot, 'examples/minimal/framework.yaml'), 'utf8');
    await writeFile(join(dir, 'framework.yaml'), framework);
    const programme = await readFile(
      join(projectRoot, 'examples/minimal/programmes/induction.yaml'),
      'utf8',
    );
    for (let i = 0; i < 400; i++)
      await writeFile(join(dir, `p${i}.yaml`), programme.replace('id: induction', `id: p${i}`));
    // Counts the worker threads the CLI starts, through the module every worker comes from.
    const counter = join(dir, 'count-workers.mjs');
    await writeFile(
      counter,
      [
        "import threads from 'node:worker_threads';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'let started = 0;',
        'const Original = threads.Worker;',
        'threads.Worker = class extends Original { constructor(...a) { super(...a); started++; } };',
        'syncBuiltinESMExports();',
        "process.on('exit', () => process.stderr.write(`workers started: ${started}\\n`));",
        '',
      ].join('\n'),
    );
    const run = await spawnCli(['validate', '.'], {
      cwd: dir,
      nodeOptions: ['--import', counter],
      env: { CURRICULUM_DEDUP_THREADS: '64' },
    });
    // Each worker runs the counter too, and says 0: the main thread's count is the largest.
    const counts = [...run.stderr.matchAll(/workers started: (\d+)/g)].map((m) => Number(m[1]));
    const started = Math.max(...counts);
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThanOrEqual(availableParallelism());
  });

  it('refuses --threshold 0x1', async () => {
    const repo = await repository();
    const run = await runCli(['analyze', '--threshold', '0x1', '.'], { cwd: repo });
    expect(run.stderr).toContain("argument '0x1' is invalid. expected a number from 0 to 1");
    expect(run.status).toBe(2);
  });

  it('names the baseline limit for an oversized baseline, and checks its rule ids', async () => {
    const repo = await repository();
    await writeFile(join(repo, 'big.json'), '');
    await truncate(join(repo, 'big.json'), 65 * 1024 * 1024);
    const big = await runCli(['analyze', '--baseline', 'big.json', '.'], { cwd: repo });
    expect(big.stderr).toContain('file is over the 64.0 MiB limit for a baseline file');
    expect(big.status).toBe(2);
    const entry = {
      rule: 'module-overlapp',
      file: 'x.yaml',
      message: 'm',
      count: 1,
      fingerprint: 'a'.repeat(64),
    };
    await writeFile(
      join(repo, 'b.json'),
      JSON.stringify({ version: 1, entries: [entry] }, null, 2),
    );
    const unknown = await runCli(['analyze', '--baseline', 'b.json', '.'], { cwd: repo });
    expect(unknown.stderr).toContain(
      'b.json:5:15  schema  entries[0].rule "module-overlapp" is no rule\'s id (see docs/rules)',
    );
    expect(unknown.status).toBe(2);
  });
});
