import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import type { Scenario } from '../helpers/scenario.js';
import { checkScenario, readScenarios } from '../helpers/scenario-run.js';

// A scenario file the parser refuses (an unknown section, a misspelt marker…) fails as a test
// of its own, with the parser's message, and the other scenarios still run.
const parsed = await readScenarios();
const scenarios = parsed.filter((s): s is Scenario => !('error' in s));
const refused = parsed.filter((s): s is { name: string; error: Error } => 'error' in s);

// Run through the CLI's entry function in this process (test/helpers/cli.ts); a choice of them
// also runs as a process of its own in test/e2e/process.test.ts.
describe('scenarios', () => {
  it('has scenario files', () => expect(scenarios.length).toBeGreaterThan(10));

  for (const { name, error } of refused) {
    it(`${name}: is a valid scenario file`, () => {
      throw error;
    });
  }

  for (const scenario of scenarios) {
    it(`${scenario.name}: ${scenario.title}`, () => checkScenario(scenario, runCli));
  }
});
