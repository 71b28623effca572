import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/cli.js';

// action.yml and the documented workflows (docs/ci.md, docs/examples/github-workflow/): their
// structure, and the action's scripts run as the runner runs them, on a real repository.

interface Step {
  readonly id?: string;
  readonly name?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly env?: Record<string, string>;
  readonly with?: Record<string, unknown>;
  readonly 'working-directory'?: string;
  readonly 'continue-on-error'?: boolean;
}

interface Action {
  readonly inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  readonly outputs: Record<string, { description: string; value: string }>;
  readonly runs: { readonly using: string; readonly steps: readonly Step[] };
}

interface Workflow {
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly steps: readonly Step[] }>;
}

const actionText = await readFile(join(projectRoot, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const workflowFolder = join(projectRoot, 'docs/examples/github-workflow');
const workflows = await Promise.all(
  (await readdir(workflowFolder)).sort().map(async (name) => ({
    name,
    workflow: parse(await readFile(join(workflowFolder, name), 'utf8')) as Workflow,
  })),
);
const steps = action.runs.steps;
const step = (id: string): Step => {
  const found = steps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`action.yml has no step with id ${id}`);
  return found;
};

/** Every `${{ … }}` expression in a text, trimmed. */
function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{(.*?)\}\}/g)].map((m) => m[1]!.trim());
}

describe('action.yml', () => {
  it('is a composite action whose every input has a description and a string default', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'fail-on', 'baseline', 'lang', 'args']),
    );
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\S/);
      expect(typeof input.default, name).toBe('string');
    }
    expect(action.inputs.paths?.default).toBe('.');
  });

  it('uses every input it declares, and declares every input it uses', () => {
    const conditions = steps.flatMap((s) => (s.if === undefined ? [] : [s.if]));
    const used = new Set(
      [...expressions(actionText), ...conditions].flatMap((e) =>
        [...e.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]!),
      ),
    );
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('pastes no expression into a script: inputs reach run steps through env only', () => {
    const scripts = steps.filter((s) => s.run !== undefined);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const s of scripts) {
      expect(s.run, s.name).not.toContain('${{');
      expect(s.shell, s.name).toBe('bash');
    }
  });

  it('pins every action it uses to a major version', () => {
    for (const s of steps.filter((s) => s.uses !== undefined)) {
      expect(s.uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+|[0-9a-f]{40})$/);
    }
  });

  it('gives each output from a value the analyze step writes', () => {
    const script = step('analyze').run ?? '';
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(output.value).toBe(`\${{ steps.analyze.outputs.${name} }}`);
      expect(script).toContain(`echo "${name}=`);
    }
  });

  it('uploads SARIF and returns the exit code even when the check fails', () => {
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.if).toMatch(/^always\(\) && /);
    expect(upload?.with?.sarif_file).toBe('${{ steps.analyze.outputs.sarif }}');
    const last = steps.at(-1)!;
    expect(last.if).toBe('always()');
    expect(last.env?.EXIT_CODE).toBe('${{ steps.analyze.outputs.exit-code }}');
    expect(steps.indexOf(upload!)).toBeLessThan(steps.length - 1);
  });
});

describe('the documented workflows', () => {
  it('are the two files docs/ci.md shows', async () => {
    expect(workflows.map((w) => w.name)).toEqual(['curriculum-dedup.yml', 'without-action.yml']);
    const page = await readFile(join(projectRoot, 'docs/ci.md'), 'utf8');
    for (const { name } of workflows) {
      expect(page).toContain(`<!-- file: docs/examples/github-workflow/${name} -->`);
    }
  });

  it.each(workflows)(
    '$name may upload SARIF and pastes no expression into a script',
    ({ workflow }) => {
      expect(workflow.permissions).toEqual({
        contents: 'read',
        'security-events': 'write',
        actions: 'read',
      });
      const all = Object.values(workflow.jobs).flatMap((j) => j.steps);
      expect(all.length).toBeGreaterThan(1);
      for (const s of all) if (s.run !== undefined) expect(s.run, s.name).not.toContain('${{');
      for (const s of all)
        if (s.uses !== undefined) expect(s.uses).toMatch(/@(v\d+|[0-9a-f]{40})$/);
    },
  );

  it('passes the action only inputs it has', () => {
    const workflow = workflows.find((w) => w.name === 'curriculum-dedup.yml')!.workflow;
    const uses = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('OWNER/curriculum-dedup@'));
    expect(uses).toHaveLength(1);
    for (const key of Object.keys(uses[0]!.with ?? {})) expect(action.inputs).toHaveProperty(key);
  });

  it('documents every input of the action with its default in docs/ci.md', async () => {
    const page = await readFile(join(projectRoot, 'docs/ci.md'), 'utf8');
    const rows = [...page.matchAll(/^\| `([\w-]+)` \| (`[^`]*`|empty) \|/gm)].map((m) => [
      m[1]!,
      m[2] === 'empty' ? '' : m[2]!.slice(1, -1),
    ]);
    expect(Object.fromEntries(rows)).toEqual(
      Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
    );
  });
});

// The action's steps run as the runner runs a composite action: bash -eo pipefail, inputs
// through env, `if:` conditions, outputs through $GITHUB_OUTPUT. Steps that use other
// actions (setup-node, upload-sarif) and the install (npm ci: the test setup has built the
// tool) are left out.

interface ActionRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Exit code of each step that ran, by name. */
  readonly statuses: Record<string, number>;
}

const scratchDirs: string[] = [];
afterAll(() => Promise.all(scratchDirs.map((d) => rm(d, { recursive: true, force: true }))));

async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-action-'));
  scratchDirs.push(dir);
  return dir;
}

type Context = Record<string, Record<string, unknown>>;

function lookup(context: Context, expression: string): string {
  if (!/^[a-z_][\w-]*(\.[a-z_][\w-]*)+$/i.test(expression)) {
    throw new Error(`expression not supported by this test: ${expression}`);
  }
  let value: unknown = context;
  for (const key of expression.split('.')) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  }
  return typeof value === 'string' ? value : '';
}

function substitute(context: Context, text: string): string {
  return text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => lookup(context, e.trim()));
}

/** `if:` as this action writes it: `always()` and `a.b != 'x'` terms joined by `&&`. */
function condition(context: Context, text: string | undefined, failed: boolean): boolean {
  if (text === undefined) return !failed;
  const terms = text.split('&&').map((t) => t.trim());
  if (!terms.includes('always()') && failed) return false;
  return terms.every((term) => {
    if (term === 'always()') return true;
    const m = /^([\w.-]+) (==|!=) '([^']*)'$/.exec(term);
    if (!m) throw new Error(`condition not supported by this test: ${term}`);
    return (lookup(context, m[1]!) === m[3]) === (m[2] === '==');
  });
}

function bash(script: string, cwd: string, env: Record<string, string>) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve, reject) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script],
      { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number')
          reject(new Error(error.message, { cause: error }));
        else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

async function runAction(
  workspace: string,
  given: Readonly<Record<string, string | undefined>>,
): Promise<ActionRun> {
  const temp = await scratch();
  const outputFile = join(temp, 'output');
  const summaryFile = join(temp, 'summary.md');
  await writeFile(summaryFile, '');
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']),
  );
  const stepOutputs: Record<string, { outputs: Record<string, string> }> = {};
  const context: Context = {
    inputs,
    github: { action_path: projectRoot },
    runner: { temp },
    steps: stepOutputs,
  };
  let failed = false;
  let stdout = '';
  let stderr = '';
  const statuses: Record<string, number> = {};
  for (const s of steps) {
    if (s.run === undefined || s.id === 'install') continue;
    if (!condition(context, s.if, failed)) continue;
    await writeFile(outputFile, '');
    const env: Record<string, string> = {
      PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
      HOME: temp,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_WORKSPACE: workspace,
    };
    for (const [k, v] of Object.entries(s.env ?? {})) env[k] = substitute(context, v);
    const result = await bash(s.run, workspace, env);
    stdout += result.stdout;
    stderr += result.stderr;
    statuses[s.name ?? ''] = result.status;
    if (result.status !== 0) failed = true;
    if (s.id !== undefined) {
      const lines = (await readFile(outputFile, 'utf8')).split('\n').filter((l) => l !== '');
      stepOutputs[s.id] = {
        outputs: Object.fromEntries(
          lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        ),
      };
    }
  }
  return {
    stdout,
    stderr,
    outputs: stepOutputs.analyze?.outputs ?? {},
    summary: await readFile(summaryFile, 'utf8'),
    statuses,
  };
}

async function curriculumRepository(folder = '.'): Promise<string> {
  const workspace = await scratch();
  await cp(join(projectRoot, 'examples/vn-cadre'), join(workspace, folder), { recursive: true });
  return workspace;
}

describe('the action, run on a curriculum repository', () => {
  it('annotates, writes SARIF and markdown, fills the summary, and passes by default', async () => {
    const workspace = await curriculumRepository();
    const run = await runAction(workspace, {});
    expect(run.stderr).toBe('');
    expect(run.statuses).toEqual({
      'Check the curricula': 0,
      'Add the report to the job summary': 0,
      Result: 0,
    });
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.stdout).toMatch(/^::warning file=framework\.yaml,line=\d+,col=\d+,title=/);
    const sarif = JSON.parse(await readFile(run.outputs.sarif!, 'utf8')) as { version: string };
    expect(sarif.version).toBe('2.1.0');
    const markdown = await readFile(run.outputs.markdown!, 'utf8');
    expect(markdown).toContain('\n## Tóm tắt\n');
    expect(run.summary).toBe(markdown);
    // Nothing is written into the checked-out repository.
    expect((await readdir(workspace)).sort()).toEqual(
      (await readdir(join(projectRoot, 'examples/vn-cadre'))).sort(),
    );
  });

  it('fails on warnings with fail-on: warning, after writing every report', async () => {
    const workspace = await curriculumRepository();
    const run = await runAction(workspace, { 'fail-on': 'warning', lang: 'en' });
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.statuses).toEqual({
      'Check the curricula': 0,
      'Add the report to the job summary': 0,
      Result: 1,
    });
    expect(run.stdout).toContain('(missing-level)::');
    expect(run.stdout).toMatch(/\ncurriculum-dedup: \d+ findings \(\d+ warnings/);
    expect(run.summary).toContain('\n## Summary\n');
  });

  it('reads paths one a line, spaces included, and extra options split on spaces', async () => {
    const workspace = await curriculumRepository('Chương trình đào tạo');
    const run = await runAction(workspace, {
      paths: '  Chương trình đào tạo/framework.yaml  \n\nChương trình đào tạo/programmes\n',
      args: '--threshold 0.95\n--lang en',
    });
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.stdout).toContain('::warning file=Chương trình đào tạo/framework.yaml,');
    expect(run.summary).toContain('\n## Summary\n');
  });

  it.each([
    {
      paths: '.\n$(touch pwned-1)\n`touch pwned-2`',
      baseline: '$(touch pwned-3)',
      args: '$(touch pwned-4) ;touch pwned-5 *',
    },
    { lang: '"; touch pwned-6; "' },
  ])('never runs an input as shell code: %o', async (inputs) => {
    const workspace = await curriculumRepository();
    const run = await runAction(workspace, inputs);
    // Each value reaches the tool as one argument: a usage error, exit 2, nothing else.
    expect(run.outputs['exit-code']).toBe('2');
    expect(run.stderr).toContain(inputs.lang ?? '$(touch pwned-');
    expect(run.statuses.Result).toBe(2);
    expect((await readdir(workspace)).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });

  it('fails the run when the check did not run at all', async () => {
    const workspace = await scratch();
    const last = steps.at(-1)!;
    const result = await bash(last.run!, workspace, {
      PATH: process.env.PATH ?? '',
      EXIT_CODE: '',
    });
    expect(result.status).toBe(1);
  });
});
