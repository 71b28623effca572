import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { CurriculumDocument } from '../../src/load/build-catalog.js';
import type { LocationIndex } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse.js';
import type { ParsedDocument } from '../../src/load/parse.js';
import { makeSource } from '../../src/load/source.js';
import { checkDocument } from '../../src/load/validate-schema.js';
import { renderAll } from '../helpers/messages.js';
import { removeAfterTestFile } from '../helpers/temp-dirs.js';

/**
 * Helpers shared by the loader's unit tests: real temporary folders, and documents parsed from
 * YAML text the way the loader parses them.
 */

/** A fresh folder under the OS temp folder, removed after the test file has run. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-load-'));
  removeAfterTestFile(dir);
  return dir;
}

/** Writes files (text or bytes) under `dir`, creating folders as needed. */
export async function writeFiles(
  dir: string,
  files: Record<string, string | Uint8Array>,
): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}

/** Parses YAML text that must be well-formed; fails the test otherwise. */
export function parsed(text: string, file = 'doc.yaml'): ParsedDocument {
  const result = parseYaml(makeSource(file, text));
  if (!result.ok) throw new Error(`${file} does not parse: ${JSON.stringify(result.findings)}`);
  return result.parsed;
}

/** The location index and plain value of well-formed YAML text. */
export function indexed(text: string, file = 'doc.yaml'): { where: LocationIndex; value: unknown } {
  const doc = parsed(text, file);
  return { where: doc.locations(), value: doc.value };
}

/** A document that matches the schema of its kind, as buildCatalog receives it. */
export function curriculumDoc(file: string, text: string): CurriculumDocument {
  const { where, value } = indexed(text, file);
  const kind = typeof value === 'object' && value !== null && 'kind' in value ? value.kind : '';
  if (kind !== 'framework' && kind !== 'programme') throw new Error(`${file}: no known kind`);
  const checked = checkDocument(value, kind, where);
  expect(checked.ok ? [] : checked.findings, `${file} must match its schema`).toEqual([]);
  if (!checked.ok) throw new Error(`${file} does not match its schema`);
  return checked.document;
}

/** Joins lines with \n and ends with one. */
export function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}

/** The smallest framework the loader tests share: one track, two levels. `extra` lines follow. */
export const demoFramework = (...extra: string[]): string =>
  lines(
    'kind: framework',
    'id: demo',
    'title: Demo framework',
    'tracks:',
    '  - id: admin',
    '    title: Public administration',
    '    levels: [basic, advanced]',
    ...extra,
  );

/**
 * A finding with its messages (and those of its related locations) in words, in every
 * language: `{ vi, en }`, to compare with the texts a reader is shown.
 */
export function inWords(f: Finding) {
  return {
    ...f,
    message: renderAll(f.message),
    ...(f.related
      ? { related: f.related.map((r) => ({ ...r, message: renderAll(r.message) })) }
      : {}),
  };
}
