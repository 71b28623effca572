import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/findings/rules.js';
import { projectRoot } from '../helpers/cli.js';

// As in typescript-eslint: every rule has its code, its doc page and its tests, kept in step.
const docs = join(projectRoot, 'docs/rules');

async function testTexts(): Promise<string> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(test\.ts|scenario)$/.test(entry.name) && !path.endsWith('catalogue.test.ts'))
        files.push(path);
    }
  };
  await walk(join(projectRoot, 'test'));
  return (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
}

describe('rule catalogue', () => {
  it('documents every rule on its own page, and documents no rule that does not exist', async () => {
    const pages = (await readdir(docs))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(pages).toEqual(allRules.map((r) => r.id).sort());
    for (const rule of allRules) {
      const page = await readFile(join(docs, `${rule.id}.md`), 'utf8');
      expect(page.startsWith(`# ${rule.id}\n`)).toBe(true);
      expect(page).toContain(`**Severity:** ${rule.severity}`);
    }
  });

  it('has a test that expects each rule to be reported', async () => {
    const tests = await testTexts();
    for (const rule of allRules) {
      const reported = new RegExp(
        `(rule: '${rule.id}'|rule\\)\\.toBe\\('${rule.id}'|  ${rule.id}  |'${rule.id}')`,
      );
      expect(tests, rule.id).toMatch(reported);
    }
  });
});
