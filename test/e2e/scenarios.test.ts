import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { type Scenario, parseScenario, rewriteScenario } from '../helpers/scenario.js';

const folder = fileURLToPath(new URL('./scenarios/', import.meta.url));
const names = (await readdir(folder)).filter((f) => f.endsWith('.scenario')).sort();
// A scenario file the parser refuses (an unknown section, a misspelt marker…) fails as a test
// of its own, with the parser's message, and the other scenarios still run.
const parsed = await Promise.all(
  names.map(async (name) => {
    const text = await readFile(join(folder, name), 'utf8');
    try {
      return parseScenario(name, text);
    } catch (error) {
      return { name, error: error as Error };
    }
  }),
);
const scenarios = parsed.filter((s): s is Scenario => !('error' in s));
const refused = parsed.filter((s): s is { name: string; error: Error } => 'error' in s);
const workdirs: string[] = [];
afterAll(() => Promise.all(workdirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('scenarios', () => {
  it('has scenario files', () => expect(scenarios.length).toBeGreaterThan(10));

  for (const { name, error } of refused) {
    it(`${name}: is a valid scenario file`, () => {
      throw error;
    });
  }

  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.title}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'cdedup-scenario-'));
      workdirs.push(dir);
      for (const doc of scenario.documents) {
        await mkdir(dirname(join(dir, doc.path)), { recursive: true });
        await writeFile(join(dir, doc.path), doc.content);
      }
      const before = await snapshot(
        dir,
        scenario.documents.map((d) => d.path),
      );
      const result = await runCli(scenario.args, { cwd: dir, env: scenario.env });
      if (process.env.UPDATE_SCENARIOS === '1') {
        const file = join(folder, scenario.name);
        await writeFile(file, rewriteScenario(await readFile(file, 'utf8'), result));
        return;
      }
      // Exactly: a scenario without ====stdout==== or ====stderr==== expects that stream empty.
      expect(result.stdout).toBe(scenario.stdout);
      expect(result.stderr).toBe(scenario.stderr);
      expect(result.stderr).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m); // never a stack trace
      expect(result.status).toBe(scenario.status);
      // Input files are never written.
      expect(
        await snapshot(
          dir,
          scenario.documents.map((d) => d.path),
        ),
      ).toEqual(before);
    });
  }
});

async function snapshot(dir: string, paths: string[]): Promise<string[]> {
  return Promise.all(paths.map(async (p) => (await readFile(join(dir, p))).toString('base64')));
}
