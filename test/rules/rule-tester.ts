import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeAfterTestFile } from '../helpers/temp-dirs.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import type { Finding } from '../../src/findings/finding.js';
import { loadRepository } from '../../src/load/load-repository.js';
import { type MessageId, render } from '../../src/messages/catalogue.js';
import type { MessageRecord } from '../../src/messages/types.js';
import type { Rule } from '../../src/rules/rule.js';

/**
 * A rule's tests as ESLint's RuleTester writes them: repositories where the rule must stay
 * silent, and repositories where it must report exactly the findings listed, by message id,
 * data and place. Each case runs the real pipeline (files on disk → load → validate →
 * analyse), so a rule is tested as users meet it, whatever stage finds it.
 */

/**
 * A symbolic link, for what plain files cannot show (a broken link, a link out of the folder):
 * its target as written, relative to the link's folder or absolute; it need not exist.
 */
export interface Symlink {
  readonly symlink: string;
}

/** A repository: file path → its text, bytes for what is not text, or a symbolic link. */
export type Files = Readonly<Record<string, string | Uint8Array | Symlink>>;

export interface ValidCase {
  readonly name: string;
  readonly files: Files;
}

export interface ExpectedFinding {
  readonly messageId: MessageId;
  /** The data the message is made from; only the keys given are compared. */
  readonly data?: MessageRecord;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly about?: readonly string[];
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in report order. */
  readonly findings: readonly ExpectedFinding[];
}

/** Writes the files into a new folder and runs the pipeline: every finding of every rule. */
export async function findingsFor(files: Files): Promise<readonly Finding[]> {
  const root = await mkdtemp(join(tmpdir(), 'rule-tester-'));
  removeAfterTestFile(root);
  for (const [path, content] of Object.entries(files)) {
    const at = join(root, path);
    await mkdir(dirname(at), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(at, content);
    else await symlink(content.symlink, at);
  }
  const loaded = await loadRepository(['.'], { cwd: root });
  return loaded.catalog ? analyze(loaded.catalog, loaded.findings).findings : loaded.findings;
}

export function ruleTester(
  rule: Rule,
  cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  describe(`rule ${rule.id}`, () => {
    it('has cases where it reports and cases where it stays silent', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      for (const c of cases.invalid) expect(c.findings.length).toBeGreaterThan(0);
    });

    for (const c of cases.valid)
      it(`stays silent: ${c.name}`, async () => {
        const found = (await findingsFor(c.files)).filter((f) => f.rule === rule.id);
        expect(found.map((f) => render(f.message, 'en'))).toEqual([]);
      });

    for (const c of cases.invalid)
      it(`reports: ${c.name}`, async () => {
        const found = (await findingsFor(c.files)).filter((f) => f.rule === rule.id);
        expect(found.map((f, i) => shaped(f, c.findings[i]))).toEqual(c.findings);
        for (const f of found) {
          expect(f.severity).toBe(rule.severity);
          // Both languages say something, and neither leaves a template's placeholder.
          for (const lang of ['vi', 'en'] as const)
            expect(render(f.message, lang)).toMatch(/^(?![\s\S]*(?:undefined|\[object))\S/);
        }
      });
  });
}

/** A finding as the expectation describes it: the keys it gives, nothing more. */
function shaped(f: Finding, expected: ExpectedFinding | undefined): ExpectedFinding {
  const want = expected ?? { messageId: f.message.id as MessageId };
  const data = f.message.data ?? {};
  return {
    messageId: f.message.id as MessageId,
    ...(want.data
      ? {
          data: Object.fromEntries(
            Object.keys(want.data).map((k) => [k, data[k]]),
          ) as MessageRecord,
        }
      : {}),
    ...(want.file !== undefined ? { file: f.file } : {}),
    ...(want.line !== undefined ? { line: f.line } : {}),
    ...(want.column !== undefined ? { column: f.column } : {}),
    ...(want.about !== undefined ? { about: f.about ?? [] } : {}),
  };
}
