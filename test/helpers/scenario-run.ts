import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliRun } from './cli.js';
import { type Scenario, parseScenario, rewriteScenario } from './scenario.js';
import { removeAfterTestFile } from './temp-dirs.js';

/** The folder of the scenario files. */
export const scenarioFolder = fileURLToPath(new URL('../e2e/scenarios/', import.meta.url));

/** Every scenario file, parsed; a file the parser refuses comes with its error instead. */
export async function readScenarios(): Promise<Array<Scenario | { name: string; error: Error }>> {
  const names = (await readdir(scenarioFolder)).filter((f) => f.endsWith('.scenario')).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(scenarioFolder, name), 'utf8');
      try {
        return parseScenario(name, text);
      } catch (error) {
        return { name, error: error as Error };
      }
    }),
  );
}

export type Runner = (
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
) => Promise<CliRun>;

/**
 * Writes a scenario's documents to a fresh folder, runs its command there with `runner`, and
 * checks status, stdout and stderr exactly, that no stack trace is printed and that no input
 * file is written. With UPDATE_SCENARIOS=1 and `rewrite`, it rewrites the file's expected
 * output instead.
 */
export async function checkScenario(
  scenario: Scenario,
  runner: Runner,
  { rewrite = true } = {},
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-scenario-'));
  removeAfterTestFile(dir);
  for (const doc of scenario.documents) {
    await mkdir(dirname(join(dir, doc.path)), { recursive: true });
    await writeFile(join(dir, doc.path), doc.content);
  }
  const paths = scenario.documents.map((d) => d.path);
  const before = await snapshot(dir, paths);
  const result = await runner(scenario.args, { cwd: dir, env: scenario.env });
  if (rewrite && process.env.UPDATE_SCENARIOS === '1') {
    const file = join(scenarioFolder, scenario.name);
    await writeFile(file, rewriteScenario(await readFile(file, 'utf8'), result));
    return;
  }
  // Exactly: a scenario without ====stdout==== or ====stderr==== expects that stream empty.
  expect(result.stdout).toBe(scenario.stdout);
  expect(result.stderr).toBe(scenario.stderr);
  expect(result.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m); // never a stack trace
  expect(result.status).toBe(scenario.status);
  // Input files are never written.
  expect(await snapshot(dir, paths)).toEqual(before);
}

async function snapshot(dir: string, paths: string[]): Promise<string[]> {
  return Promise.all(paths.map(async (p) => (await readFile(join(dir, p))).toString('base64')));
}
