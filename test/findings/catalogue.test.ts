import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docPages, parsePage } from '../../scripts/docs-examples.js';
import { allRules } from '../../src/findings/rules.js';
import { projectRoot } from '../helpers/cli.js';
import { parseScenario } from '../helpers/scenario.js';

// As in typescript-eslint: every rule has its code, its doc page and its tests, kept in step.
const docs = join(projectRoot, 'docs/rules');
const severityOf = new Map(allRules.map((r) => [r.id, r.severity]));

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
    const evidence = await collectEvidence();
    for (const rule of allRules)
      expect(
        evidence.get(rule.id) ?? [],
        `no test expects ${rule.id} to be reported: add a scenario whose expected stdout has ` +
          `a "path:line:column  ${rule.id}  message" line (and the exit status that goes with ` +
          `it), or an expectation such as toContainEqual(expect.objectContaining({ rule: ` +
          `'${rule.id}' }))`,
      ).not.toEqual([]);
  });
});

/** Where each rule id is expected to be reported: 'file' or 'file:line' entries, by rule. */
async function collectEvidence(): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const add = (ids: Iterable<string>, where: string) => {
    for (const id of ids) found.set(id, [...(found.get(id) ?? []), where]);
  };
  for (const file of await testFiles()) {
    const text = await readFile(file, 'utf8');
    const where = relative(projectRoot, file);
    if (file.endsWith('.scenario')) add(scenarioEvidence(parseScenario(where, text)), where);
    else add(unitTestEvidence(text), where);
  }
  // A rule page's examples count too: test/docs/examples.test.ts checks each against the CLI.
  for (const page of await docPages()) {
    if (!page.startsWith('docs/rules/')) continue;
    const { blocks } = parsePage(await readFile(join(projectRoot, page), 'utf8'));
    for (const block of blocks)
      if (block.marker.kind === 'example')
        add(reportedRules(block.content), `${page}:${block.line}`);
  }
  return found;
}

async function testFiles(): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/\.(test\.ts|scenario)$/.test(entry.name) && path !== thisFile) files.push(path);
    }
  };
  await walk(join(projectRoot, 'test'));
  return files.sort();
}
const thisFile = join(projectRoot, 'test/findings/catalogue.test.ts');

// ---------------------------------------------------------------------------------------------
// Scenarios: the rule in a finding line of the expected stdout, and the status to match.

/** Rules an expected output reports: `path:line:column  rule  …` lines and JSON `"rule"`s. */
function reportedRules(output: string): Set<string> {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const ids = new Set<string>();
  for (const m of plain.matchAll(/^\S+:\d+:\d+ {2}([a-z0-9-]+) {2}/gm)) ids.add(m[1]!);
  for (const m of plain.matchAll(/"rule": "([a-z0-9-]+)"/g)) ids.add(m[1]!);
  return ids;
}

/**
 * The rules a scenario expects reported: in its expected stdout, with an exit status that
 * reflects them (2 when any reported rule is an error, 0 when all are warnings).
 */
function scenarioEvidence(scenario: { stdout: string; status: number }): string[] {
  const ids = [...reportedRules(scenario.stdout)].filter((id) => severityOf.has(id));
  const status = ids.some((id) => severityOf.get(id) === 'error') ? 2 : 0;
  return scenario.status === status ? ids : [];
}

// ---------------------------------------------------------------------------------------------
// Unit tests: an expect(…) statement, not negated, whose expected value names the rule.

/** Matchers whose argument is the expected value. */
const positiveMatchers = new Set([
  'toBe',
  'toEqual',
  'toStrictEqual',
  'toMatchObject',
  'toContain',
  'toContainEqual',
]);

/**
 * The rules a test file expects reported. Counted: `rule: 'id'` in the expected value
 * (`toEqual([{ rule: 'id', … }])`, `toContainEqual(expect.objectContaining({ rule: 'id' }))`),
 * a finding line `file.yaml:1:2 id …` or `file.yaml id` as an expected string, and
 * `expect(x.rule).toBe('id')` or `expect(findings.map((f) => f.rule)).toContain('id')`.
 * Not counted: anything negated (`.not.`, `expect.not.…`), anything in the subject of the
 * expectation (`expect(fs.some((f) => f.rule === 'id')).toBe(false)`), comments, and strings
 * outside expectations.
 */
function unitTestEvidence(source: string): Set<string> {
  const ids = new Set<string>();
  for (const e of expectations(source)) {
    if (e.negated || !positiveMatchers.has(e.matcher)) continue;
    const quoted = [...e.expected.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]!);
    for (const m of e.expected.matchAll(/\brule:\s*(['"])([a-z0-9-]+)\1/g)) ids.add(m[2]!);
    for (const q of quoted) {
      const line = /\.ya?ml(?::\d+:\d+)?\s+(?:(?:error|warning)\s+)?([a-z0-9-]+)(?:\s|$)/.exec(q);
      if (line && severityOf.has(line[1]!)) ids.add(line[1]!);
    }
    if (/\.rule\)?\s*$/.test(e.subject) && ['toBe', 'toEqual', 'toContain'].includes(e.matcher))
      for (const q of quoted) if (severityOf.has(q)) ids.add(q);
  }
  return ids;
}

interface Expectation {
  /** The source of `expect(subject)`'s argument. */
  readonly subject: string;
  /** The last matcher called on it: `toEqual`… */
  readonly matcher: string;
  /** The source of the matcher's arguments. */
  readonly expected: string;
  /** `.not` in the chain, or a negated asymmetric matcher (`expect.not.…`) in the arguments. */
  readonly negated: boolean;
}

/** Every `expect(…)….matcher(…)` statement in TypeScript source. */
function expectations(source: string): Expectation[] {
  const code = mask(source);
  const text = mask(source, true);
  const found: Expectation[] = [];
  for (const m of code.matchAll(/(?<![\w$.])expect(?:\.soft)?\s*\(/g)) {
    const open = m.index + m[0].length - 1;
    const close = closing(code, open);
    const subject = text.slice(open + 1, close);
    const chain: string[] = [];
    let expected = '';
    let at = close + 1;
    for (;;) {
      const step = /^\s*(?:\.\s*([\w$]+)|\()/.exec(code.slice(at, at + 200));
      if (!step) break;
      if (step[1] !== undefined) {
        chain.push(step[1]);
        at += step[0].length;
      } else {
        const open = at + step[0].length - 1;
        const end = closing(code, open);
        expected = text.slice(open + 1, end);
        at = end + 1;
      }
    }
    found.push({
      subject,
      matcher: chain.at(-1) ?? '',
      expected,
      negated: chain.includes('not') || /\bnot\s*\./.test(mask(expected)),
    });
  }
  return found;
}

/** The index of the bracket closing the one at `open`, in masked code. */
function closing(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if ('([{'.includes(code[i]!)) depth++;
    else if (')]}'.includes(code[i]!) && --depth === 0) return i;
  }
  return code.length;
}

/**
 * The source with comments blanked and the insides of strings, template literals and regular
 * expressions replaced by `_` (the same length), so brackets and words in them do not count;
 * with `keepLiterals`, only the comments blanked.
 */
function mask(source: string, keepLiterals = false): string {
  let out = '';
  let i = 0;
  let last = ''; // the last significant character outside literals
  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    let end = i + 1;
    if (c === '/' && next === '/') {
      end = source.indexOf('\n', i);
      if (end === -1) end = source.length;
      out += ' '.repeat(end - i);
    } else if (c === '/' && next === '*') {
      end = source.indexOf('*/', i + 2) + 2;
      if (end === 1) end = source.length;
      out += source.slice(i, end).replace(/[^\n]/g, ' ');
    } else if (
      c === '"' ||
      c === "'" ||
      c === '`' ||
      (c === '/' && /^$|[(,=:[!&|?{};+\-*%<>~^]$/.test(last))
    ) {
      end = literalEnd(source, i);
      out += keepLiterals
        ? source.slice(i, end)
        : c + '_'.repeat(Math.max(0, end - i - 2)) + (end - i >= 2 ? source[end - 1] : '');
      last = 'x';
    } else {
      out += c;
      if (!/\s/.test(c)) last = c;
    }
    i = end;
  }
  return out;
}

/** The index just past the string, template or regular expression opening at `start`. */
function literalEnd(source: string, start: number): number {
  const quote = source[start]!;
  let inClass = false; // inside [...] of a regular expression, where `/` does not end it
  let i = start + 1;
  while (i < source.length) {
    const d = source[i]!;
    if (d === '\\') {
      i += 2;
      continue;
    }
    if (quote === '/' && (d === '[' || d === ']')) inClass = d === '[';
    else if (d === quote && !inClass) return i + 1;
    else if (d === '\n' && quote !== '`') return i + 1;
    i++;
  }
  return source.length;
}

// ---------------------------------------------------------------------------------------------

describe('what counts as a test that expects a rule to be reported', () => {
  const rule = allRules.find((r) => r.severity === 'error')!.id;
  const warning = allRules.find((r) => r.severity === 'warning')!.id;

  it.each([
    ['a finding object', `expect(result.findings).toEqual([{ rule: '${rule}', line: 1 }]);`],
    [
      'an asymmetric matcher',
      `expect(findings).toContainEqual(\n  expect.objectContaining({ rule: '${rule}' }),\n);`,
    ],
    ['a finding line', `expect(lines).toEqual(['programmes/a.yaml:1:7 ${rule} no framework']);`],
    ['a file and rule', `expect(found).toEqual(['b.yaml ${rule}']);`],
    ['the rule of a finding', `expect(result.findings[0]!.rule).toBe('${rule}');`],
    ['the rules of findings', `expect(findings.map((f) => f.rule)).toContain('${rule}');`],
  ])('counts %s', (_, source) => {
    expect([...unitTestEvidence(source)]).toEqual([rule]);
  });

  it('does not count a mention that is negative only', () => {
    const source = [
      `// expect(findings).toContainEqual(expect.objectContaining({ rule: '${rule}' }));`,
      `/* expect(f.rule).toBe('${rule}') */`,
      `expect(findings.map((f) => f.rule)).not.toContain('${rule}');`,
      `expect(result.findings).not.toContainEqual(expect.objectContaining({ rule: '${rule}' }));`,
      `expect(findings).toEqual(expect.not.arrayContaining([{ rule: '${rule}' }]));`,
      `expect(findings.some((f) => f.rule === '${rule}')).toBe(false);`,
      `expect(findings.filter((f) => f.rule === '${rule}')).toHaveLength(0);`,
      `expect(text).not.toMatch('a.yaml:1:1 ${rule} message');`,
      `const rules = ['${rule}', '${warning}'];`,
      `it('never reports ${rule} for a valid file', () => {});`,
      `const line = 'x.yaml:1:1 ${rule} message';`,
    ].join('\n');
    expect([...unitTestEvidence(source)]).toEqual([]);
  });

  it('is not fooled by brackets inside strings, regular expressions and comments', () => {
    const source = [
      `expect(text.split(')')).not.toContain(/[(]/); // )`,
      `expect(findings).toContainEqual({ rule: '${rule}', message: 'a ) b' });`,
      `expect(findings).toEqual([\n  // { rule: '${warning}' },\n]);`,
    ].join('\n');
    expect([...unitTestEvidence(source)]).toEqual([rule]);
  });

  const scenario = (status: number, stdout: string, stderr = '') =>
    parseScenario(
      'self-test.scenario',
      `====test====\nt\n====command====\nvalidate\n====status====\n${status}\n` +
        `====stdout====\n${stdout}====stderr====\n${stderr}`,
    );

  it('counts a scenario whose expected stdout reports the rule, with the status it implies', () => {
    expect(scenarioEvidence(scenario(2, `a.yaml:1:7  ${rule}  message\n✖ 1 file\n`))).toEqual([
      rule,
    ]);
    expect(scenarioEvidence(scenario(0, `a.yaml:1:1  ${warning}  skipped\n✔ 1 file\n`))).toEqual([
      warning,
    ]);
    expect(scenarioEvidence(scenario(2, `{\n  "rule": "${rule}",\n}\n`))).toEqual([rule]);
  });

  it('does not count a scenario that only mentions the rule, or whose status contradicts it', () => {
    expect(scenarioEvidence(scenario(0, `a.yaml:1:7  ${rule}  message\n`))).toEqual([]);
    expect(scenarioEvidence(scenario(2, '✖ 1 file\n', `a.yaml:1:7  ${rule}  message\n`))).toEqual(
      [],
    );
    expect(scenarioEvidence(scenario(2, `the ${rule} rule is not reported\n`))).toEqual([]);
  });
});
