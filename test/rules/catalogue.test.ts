import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/messages/catalogue.js';
import { ruleDocsHeader } from './docs-header.js';
import { allRules } from '../../src/rules/index.js';
import { projectRoot } from '../helpers/cli.js';

// As in ESLint: every rule has its module, its doc page and its tests, kept in step.
describe('rule catalogue', () => {
  const ids = allRules.map((r) => r.id);

  it('has one module per rule, named by its id', () => {
    const modules = readdirSync(join(projectRoot, 'src/rules'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    for (const id of ids) expect(modules).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('documents every rule on its own page, headed by its metadata, and no other', () => {
    const pages = readdirSync(join(projectRoot, 'docs/rules'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(pages).toEqual([...ids].sort());
    for (const rule of allRules) {
      const [title, blank, header] = readFileSync(
        join(projectRoot, 'docs/rules', `${rule.id}.md`),
        'utf8',
      ).split('\n');
      expect([title, blank, header]).toEqual([`# ${rule.id}`, '', ruleDocsHeader(rule)]);
    }
  });

  it('tests every rule with the RuleTester', () => {
    for (const id of ids) {
      const file = join(projectRoot, 'test/rules', `${id}.test.ts`);
      expect(existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/^ruleTester\(\w+, \{$/m);
    }
  });

  it('names and sums up every rule in every language', () => {
    for (const [lang, catalogue] of Object.entries(catalogues))
      for (const id of ids)
        for (const part of ['title', 'summary'])
          expect(catalogue, `${lang}: rule.${id}.${part}`).toHaveProperty([`rule.${id}.${part}`]);
  });
});
