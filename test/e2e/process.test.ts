/**
 * The CLI as a process of its own prints what its entry function prints. Most end-to-end
 * tests and the docs examples run `run` (src/cli/main.ts) in the test's process with text
 * streams (`runCli`); here a choice of the same cases runs the built CLI as a user runs it
 * (`runCliProcess`): each command, each exit status, help, version, a usage error, colour, a
 * binary file. What only the process does (signals, a closed or full stdout, threads, another
 * user, the stack size) is tested where that behaviour is (hostile.test.ts,
 * repository-trust.test.ts, threads.test.ts, pack.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli, runCliProcess } from '../helpers/cli.js';
import type { Scenario } from '../helpers/scenario.js';
import { checkScenario, readScenarios } from '../helpers/scenario-run.js';

/** Scenarios run as a process too: every command and exit status, and the process's edges. */
const chosen = [
  'analyze-missing-level.scenario', // analyze, 0, the console report
  'analyze-format-markdown.scenario', // analyze, 1 (--fail-on warning)
  'analyze-invalid-input-json.scenario', // analyze, 2, JSON on stdout
  'analyze-bad-threshold.scenario', // an option commander refuses: 2, stderr only
  'validate-valid-repo.scenario', // validate, 0
  'validate-yaml-syntax-error.scenario', // validate, 2
  'validate-color-code-frame.scenario', // FORCE_COLOR from the environment
  'validate-invalid-utf8.scenario', // bytes that are not text
  'validate-path-not-found.scenario', // a usage error, 2
  'validate-unknown-option.scenario', // commander's own error
  'validate-help.scenario', // --help, 0
  'validate-version.scenario', // --version, 0
];

const scenarios = (await readScenarios()).filter(
  (s): s is Scenario => !('error' in s) && chosen.includes(s.name),
);

describe('the CLI as a process', () => {
  it('finds every chosen scenario', () => {
    expect(scenarios.map((s) => s.name).sort()).toEqual([...chosen].sort());
  });

  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.title}`, () =>
      checkScenario(scenario, runCliProcess, { rewrite: false }));
  }

  it.each([
    ['report', 'docs/examples/module-overlap'],
    ['analyze', 'docs/examples/module-overlap', '--format', 'json', '--lang', 'en'],
    ['analyze', 'docs/examples/module-overlap', '--fail-on', 'warning', '--format', 'sarif'],
  ])('prints for %s %s what its entry function prints', async (...args) => {
    const options = { cwd: projectRoot, env: { NO_COLOR: '1' } };
    const spawned = await runCliProcess(args, options);
    expect(spawned.stdout.length).toBeGreaterThan(0);
    expect(spawned).toEqual(await runCli(args, options));
  });

  it('reads and writes files relative to its working folder', async () => {
    const cwd = join(projectRoot, 'docs/examples');
    const args = ['validate', 'module-overlap', '--format', 'json'];
    const spawned = await runCliProcess(args, { cwd });
    expect(spawned.status).toBe(0);
    expect(spawned).toEqual(await runCli(args, { cwd }));
  });
});
