import { render } from '../../src/messages/catalogue.js';
import { renderAll } from '../helpers/messages.js';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandLineFlags, reportFormats, resolveOptions } from '../../src/cli/config.js';
import type { LoadedConfig } from '../../src/load/config-types.js';
import {
  configSearchStart,
  findConfigFile,
  loadConfig,
  parseConfig,
} from '../../src/load/config-file.js';
import { configurableRules } from '../../src/gate/rule-settings.js';
import { projectRoot } from '../helpers/cli.js';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'config-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(path: string, text: string): Promise<string> {
  const absolute = join(root, path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, text);
  return absolute;
}

/** Problems as `line:column message` (English), as a user reads them. */
function problems(text: string): string[] {
  const parsed = parseConfig(text, 'c.yaml');
  if (parsed.ok) return [];
  return parsed.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${render(f.message, 'en')}`);
}

describe('finding the config file', () => {
  it('walks up from the scanned folder', async () => {
    const config = await put('repo/curriculum-dedup.config.yaml', 'threshold: 0.5\n');
    await mkdir(join(root, 'repo/curricula/programmes'), { recursive: true });
    expect(await findConfigFile(join(root, 'repo/curricula/programmes'))).toEqual({
      ok: true,
      path: config,
    });
    const loaded = await loadConfig({ cwd: join(root, 'repo'), paths: ['curricula/programmes'] });
    expect(loaded).toEqual({
      ok: true,
      loaded: expect.objectContaining({
        file: 'curriculum-dedup.config.yaml',
        folder: join(root, 'repo'),
        config: { threshold: 0.5 },
      }) as LoadedConfig,
    });
  });

  it('finds the dot-file name too', async () => {
    const config = await put('repo/.curriculum-dedup.yaml', 'lang: vi\n');
    expect(await findConfigFile(join(root, 'repo'))).toEqual({ ok: true, path: config });
  });

  it('stops at the repository root: a config above the folder holding .git is not read', async () => {
    await put('curriculum-dedup.config.yaml', 'threshold: 0.5\n');
    await mkdir(join(root, 'repo/.git'), { recursive: true });
    await mkdir(join(root, 'repo/curricula'), { recursive: true });
    expect(await findConfigFile(join(root, 'repo/curricula'))).toEqual({
      ok: true,
      path: undefined,
    });
    // A worktree or submodule has a .git file: it is a repository root too.
    await put('other/.git', 'gitdir: ../elsewhere\n');
    expect(await findConfigFile(join(root, 'other'))).toEqual({ ok: true, path: undefined });
    expect(await loadConfig({ cwd: join(root, 'repo'), paths: [] })).toEqual({
      ok: true,
      loaded: undefined,
    });
  });

  it('finds nothing in an empty tree without a repository', async () => {
    await mkdir(join(root, 'a/b'), { recursive: true });
    const found = await findConfigFile(join(root, 'a/b'));
    // The walk goes on to the file-system root, where the machine may hold anything but ours.
    expect(found.ok && found.path?.startsWith(root)).toBeFalsy();
  });

  it('starts from the first path: a folder, a file, the static part of a glob, else cwd', async () => {
    await mkdir(join(root, 'repo/programmes'), { recursive: true });
    await put('repo/programmes/a.yaml', 'kind: programme\n');
    const cwd = join(root, 'repo');
    expect(await configSearchStart(cwd, ['programmes'])).toBe(join(cwd, 'programmes'));
    expect(await configSearchStart(cwd, ['programmes/a.yaml'])).toBe(join(cwd, 'programmes'));
    expect(await configSearchStart(cwd, ['programmes/**/*.yaml'])).toBe(join(cwd, 'programmes'));
    expect(await configSearchStart(cwd, ['**/*.yaml'])).toBe(cwd);
    expect(await configSearchStart(cwd, ['missing'])).toBe(cwd);
    expect(await configSearchStart(cwd, [])).toBe(cwd);
  });

  it('--config wins over the file found by walking up', async () => {
    await put('repo/curriculum-dedup.config.yaml', 'threshold: 0.5\n');
    await put('repo/ci/strict.yaml', 'failOn: warning\n');
    const loaded = await loadConfig({
      cwd: join(root, 'repo'),
      paths: ['.'],
      config: 'ci/strict.yaml',
    });
    expect(loaded.ok && loaded.loaded?.config).toEqual({ failOn: 'warning' });
    expect(loaded.ok && loaded.loaded?.file).toBe('ci/strict.yaml');
  });

  it('a missing --config file is an error', async () => {
    const loaded = await loadConfig({ cwd: root, paths: [], config: 'nope.yaml' });
    expect(loaded).toEqual({
      ok: false,
      error: {
        message: { id: 'cli.config.not-found', data: { file: 'nope.yaml' } },
        findings: [],
      },
    });
    expect(!loaded.ok && renderAll(loaded.error.message)).toEqual({
      vi: 'không tìm thấy tệp cấu hình nope.yaml',
      en: 'config file nope.yaml not found',
    });
  });

  it('both names in one folder is an error naming both', async () => {
    await put('repo/curriculum-dedup.config.yaml', '');
    await put('repo/.curriculum-dedup.yaml', '');
    const loaded = await loadConfig({ cwd: join(root, 'repo'), paths: [] });
    expect(loaded).toEqual({
      ok: false,
      error: {
        message: {
          id: 'cli.config.two-files',
          data: { a: 'curriculum-dedup.config.yaml', b: '.curriculum-dedup.yaml' },
        },
        findings: [],
      },
    });
    expect(!loaded.ok && renderAll(loaded.error.message)).toEqual({
      vi: 'có hai tệp cấu hình trong cùng một thư mục: curriculum-dedup.config.yaml và .curriculum-dedup.yaml; hãy giữ lại một tệp',
      en: 'two config files in one folder: curriculum-dedup.config.yaml and .curriculum-dedup.yaml; keep one',
    });
  });

  it('an invalid file is an error with its located problems', async () => {
    await put('repo/curriculum-dedup.config.yaml', 'threshold: 2\n');
    const loaded = await loadConfig({ cwd: join(root, 'repo'), paths: [] });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(renderAll(loaded.error.message)).toEqual({
      vi: 'tệp cấu hình curriculum-dedup.config.yaml không hợp lệ',
      en: 'invalid config file curriculum-dedup.config.yaml',
    });
    expect(loaded.error.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        file: 'curriculum-dedup.config.yaml',
        line: 1,
        column: 12,
      }),
    ]);
  });
});

describe('parseConfig', () => {
  it('reads every option', () => {
    const text = [
      'threshold: 0.4',
      'duplicateThreshold: 0.95',
      'include: [fieldwork]',
      'ignore: ["drafts/**"]',
      'reports:',
      '  - format: markdown',
      '    output: report.md',
      '  - format: console',
      'failOn: warning',
      'baseline: curriculum-dedup.baseline.json',
      'lang: vi',
      'rules:',
      '  module-overlap: error',
      '  not-curriculum: off',
      '',
    ].join('\n');
    expect(parseConfig(text, 'c.yaml')).toEqual({
      ok: true,
      config: {
        threshold: 0.4,
        duplicateThreshold: 0.95,
        include: ['fieldwork'],
        ignore: ['drafts/**'],
        reports: [{ format: 'markdown', output: 'report.md' }, { format: 'console' }],
        failOn: 'warning',
        baseline: 'curriculum-dedup.baseline.json',
        lang: 'vi',
        rules: { 'module-overlap': 'error', 'not-curriculum': 'off' },
      },
      locations: expect.any(Function) as unknown,
    });
  });

  it('an empty file is an empty config', () => {
    expect(parseConfig('# nothing yet\n', 'c.yaml')).toEqual({
      ok: true,
      config: {},
      locations: expect.any(Function) as unknown,
    });
  });

  it('locates schema errors at line:column, in both languages', () => {
    const parsed = parseConfig('lang: vi\nthreshold: "high"\nfailOn: warnings\n', 'c.yaml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(
      parsed.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, renderAll(f.message)]),
    ).toEqual([
      [
        2,
        12,
        2,
        18,
        {
          vi: 'threshold phải là một số, hiện là văn bản "high"',
          en: 'threshold must be a number, not the text "high"',
        },
      ],
      [
        3,
        9,
        3,
        17,
        {
          vi: 'failOn phải là một trong các giá trị error, warning, info, none; có phải ý bạn là "warning"?',
          en: 'failOn must be one of error, warning, info, none; did you mean "warning"?',
        },
      ],
    ]);
  });

  it('writes numbers as the reader does', () => {
    const parsed = parseConfig('threshold: 0.05\n', 'c.yaml');
    expect(!parsed.ok && parsed.findings[0] && renderAll(parsed.findings[0].message)).toEqual({
      vi: 'threshold phải từ 0,1 trở lên, hiện là 0,05',
      en: 'threshold must be at least 0.1, not 0.05',
    });
  });

  it('names an unknown rule at its key and suggests the closest', () => {
    expect(problems('rules:\n  modul-overlap: off\n')).toEqual([
      '2:3 schema unknown rule "modul-overlap"; did you mean "module-overlap"?',
    ]);
    const parsed = parseConfig('rules:\n  modul-overlap: off\n', 'c.yaml');
    expect(!parsed.ok && render(parsed.findings[0]!.message, 'vi')).toBe(
      'quy tắc không xác định "modul-overlap"; có phải ý bạn là "module-overlap"?',
    );
    expect(problems('rules:\n  whatever: off\n')).toEqual(['2:3 schema unknown rule "whatever"']);
  });

  it('refuses to change the severity of a rule about unreadable or invalid input', () => {
    expect(problems('rules:\n  schema: warning\n')).toEqual([
      '2:3 schema the severity of rule "schema" cannot be changed: it reports input that cannot be read or breaks the format, which leaves the document out of the analysis',
    ]);
  });

  it('refuses a bad rule setting', () => {
    expect(problems('rules:\n  module-overlap: warnig\n')).toEqual([
      '2:19 schema rules.module-overlap must be one of error, warning, info, off; did you mean "warning"?',
    ]);
  });

  it('suggests an option for a misspelt one, or for the flag spelling', () => {
    expect(problems('thresold: 0.5\nfail-on: error\nwhat: 1\n')).toEqual([
      '1:1 schema unknown option "thresold"; did you mean "threshold"?',
      '2:1 schema unknown option "fail-on"; did you mean "failOn"?',
      expect.stringMatching(/^3:1 schema unknown option "what" \(allowed: \$schema, threshold, /),
    ]);
  });

  it('refuses reports beside format or output', () => {
    expect(problems('format: json\nreports:\n  - format: sarif\noutput: a.md\n')).toEqual([
      '1:1 schema `format` cannot stand beside `reports`: give either `reports` or `format`/`output`, not both',
      '4:1 schema `output` cannot stand beside `reports`: give either `reports` or `format`/`output`, not both',
    ]);
    expect(problems('reports: []\n')).toEqual(['1:10 schema reports must not be empty']);
    expect(problems('reports:\n  - output: a.md\n')).toEqual([
      '2:5 schema reports[0] is missing required property "format"',
    ]);
  });

  it('reports YAML syntax errors as the curriculum files do', () => {
    expect(problems('threshold: [0.5\n')).toEqual([expect.stringMatching(/^1:12 yaml-syntax /)]);
    expect(problems('- threshold\n')).toEqual([
      '1:1 schema the config file must be a mapping, not a list',
    ]);
  });
});

describe('resolveOptions', () => {
  const loaded = (config: LoadedConfig['config'], folder = '/repo'): LoadedConfig => ({
    file: 'curriculum-dedup.config.yaml',
    folder,
    identity: { dev: 1, ino: 1 },
    config,
  });

  it('defaults without a config or flags', () => {
    expect(resolveOptions(undefined, {}, '/repo')).toEqual({
      threshold: 0.3,
      duplicateThreshold: 0.9,
      include: [],
      ignore: [],
      reports: undefined,
      failOn: 'error',
      baseline: undefined,
      lang: undefined,
      rules: {},
    });
  });

  it('the config overrides the defaults; flags override the config; ignore globs add up', () => {
    const config = loaded({
      threshold: 0.5,
      duplicateThreshold: 0.95,
      include: ['fieldwork'],
      ignore: ['drafts/**'],
      failOn: 'warning',
      lang: 'vi',
      rules: { 'module-overlap': 'error' },
    });
    expect(resolveOptions(config, {}, '/repo')).toEqual(
      expect.objectContaining({
        threshold: 0.5,
        duplicateThreshold: 0.95,
        include: ['fieldwork'],
        ignore: ['drafts/**'],
        failOn: 'warning',
        lang: 'vi',
        rules: { 'module-overlap': 'error' },
      }),
    );
    expect(
      resolveOptions(
        config,
        {
          threshold: 0.6,
          include: ['assessment'],
          ignore: ['old/**'],
          failOn: 'none',
          lang: 'en',
          reports: [{ format: 'json' }],
        },
        '/repo',
      ),
    ).toEqual(
      expect.objectContaining({
        threshold: 0.6,
        duplicateThreshold: 0.95,
        include: ['assessment'],
        ignore: ['drafts/**', 'old/**'],
        failOn: 'none',
        lang: 'en',
        reports: [{ format: 'json' }],
      }),
    );
  });

  it("reads the config's paths from its folder and gives them relative to cwd", () => {
    const config = loaded(
      { baseline: 'ci/baseline.json', format: 'markdown', output: 'out/report.md' },
      '/repo',
    );
    const options = resolveOptions(config, {}, '/repo/curricula');
    expect(options.baseline).toBe('../ci/baseline.json');
    expect(options.reports).toEqual([{ format: 'markdown', output: '../out/report.md' }]);
    // A flag's path is the user's, relative to cwd.
    expect(resolveOptions(config, { baseline: 'b.json' }, '/repo/curricula').baseline).toBe(
      'b.json',
    );
    const several = loaded({
      reports: [{ format: 'sarif', output: 'r.sarif' }, { format: 'console' }],
    });
    expect(resolveOptions(several, {}, '/repo').reports).toEqual([
      { format: 'sarif', output: 'r.sarif' },
      { format: 'console' },
    ]);
  });
});

describe('commandLineFlags', () => {
  function command(): Command {
    return new Command('analyze')
      .exitOverride()
      .option('--threshold <n>', '', Number, 0.3)
      .option('--duplicate-threshold <n>', '', Number, 0.9)
      .option('--include <a>', '', (v: string, p: string[] = []) => [...p, v])
      .option('--ignore <g>', '', (v: string, p: string[] = []) => [...p, v])
      .addOption(
        new Option('--fail-on <s>').choices(['error', 'warning', 'info', 'none']).default('error'),
      )
      .option('--baseline <file>')
      .addOption(new Option('--lang <l>').choices(['vi', 'en']))
      .action(() => undefined);
  }

  it('takes only what the user typed, not the defaults', () => {
    const c = command();
    c.parse(['--ignore', 'a/**', '--lang', 'vi'], { from: 'user' });
    expect(commandLineFlags(c)).toEqual({ ignore: ['a/**'], lang: 'vi' });
    const d = command();
    d.parse(
      [
        '--threshold',
        '0.5',
        '--duplicate-threshold',
        '0.8',
        '--include',
        'fieldwork',
        '--fail-on',
        'none',
        '--baseline',
        'b.json',
      ],
      { from: 'user' },
    );
    expect(commandLineFlags(d)).toEqual({
      threshold: 0.5,
      duplicateThreshold: 0.8,
      include: ['fieldwork'],
      failOn: 'none',
      baseline: 'b.json',
    });
  });
});

describe('schemas/config.schema.json', () => {
  async function schema(): Promise<Record<string, unknown>> {
    return JSON.parse(
      await readFile(join(projectRoot, 'schemas/config.schema.json'), 'utf8'),
    ) as Record<string, unknown>;
  }

  it('is a draft 2020-12 schema with an $id and a title, like the others', async () => {
    const s = await schema();
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe('https://curriculum-dedup.dev/schemas/v1/config.schema.json');
    expect(s.title).toBeTruthy();
  });

  it('describes every option and closes every object', async () => {
    const s = (await schema()) as {
      properties: Record<
        string,
        {
          description?: string;
          properties?: Record<string, { description?: string }>;
          items?: { properties?: Record<string, { description?: string }> };
        }
      >;
      additionalProperties: unknown;
    };
    expect(s.additionalProperties).toBe(false);
    for (const [name, prop] of Object.entries(s.properties)) {
      expect(prop.description, name).toMatch(/\S/);
      for (const [inner, p] of Object.entries(prop.properties ?? prop.items?.properties ?? {}))
        expect(p.description, `${name}.${inner}`).toMatch(/\S/);
    }
    expect(JSON.stringify(s)).not.toContain('"additionalProperties":true');
  });

  it('lists exactly the rules a config may set, and the report formats', async () => {
    const s = (await schema()) as {
      properties: { rules: { properties: Record<string, unknown> } };
      $defs: { format: { enum: string[] } };
    };
    expect(Object.keys(s.properties.rules.properties)).toEqual(configurableRules);
    expect(s.$defs.format.enum).toEqual(reportFormats);
  });

  it('accepts the example in docs/config.md', async () => {
    const page = await readFile(join(projectRoot, 'docs/config.md'), 'utf8');
    const examples = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(problems(example), example).toEqual([]);
  });
});
