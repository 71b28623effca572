import { message, render } from '../../src/messages/catalogue.js';
import { renderAll } from '../helpers/messages.js';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  baselineFileNames,
  emptyBaseline,
  parseBaseline,
  readBaselineFile,
  writeBaselineFile,
} from '../../src/cli/baseline-file.js';
import { UsageError } from '../../src/cli/io.js';
import { analyze } from '../../src/analysis.js';
import { applyBaseline, makeBaseline, serializeBaseline } from '../../src/gate/baseline.js';
import { catalogContent } from '../../src/gate/fingerprint.js';
import { loadRepository } from '../../src/load/load-repository.js';
import { projectRoot } from '../helpers/cli.js';
import { finding } from '../helpers/findings.js';

const fingerprint = 'ab'.repeat(32);
const valid = `{
  "version": 1,
  "entries": [
    {
      "rule": "missing-level",
      "about": [
        "level:t/x"
      ],
      "message": "no programme provides t/x",
      "count": 1,
      "fingerprint": "${fingerprint}"
    }
  ]
}
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'baseline-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseBaseline', () => {
  it('reads a baseline file', () => {
    const parsed = parseBaseline(valid, 'b.json');
    expect(parsed).toEqual({
      ok: true,
      baseline: {
        version: 1,
        entries: [
          {
            rule: 'missing-level',
            about: ['level:t/x'],
            message: 'no programme provides t/x',
            count: 1,
            fingerprint,
          },
        ],
      },
    });
  });

  it('locates a problem in the data at its line and column', () => {
    const parsed = parseBaseline(valid.replace('"count": 1', '"count": "one"'), 'b.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        file: 'b.json',
        line: 10,
        column: 16,
        message: {
          id: 'gate.baseline.field',
          data: { index: 0, field: 'count', problem: { id: 'gate.baseline.field.count' } },
        },
      }),
    ]);
    expect(renderAll(parsed.findings[0]!.message)).toEqual({
      vi: 'entries[0].count phải là một số nguyên từ 1 trở lên',
      en: 'entries[0].count must be a whole number of at least 1',
    });
  });

  it('points at the key of an unknown property', () => {
    const parsed = parseBaseline(valid.replace('"count": 1', '"cuont": 1'), 'b.json');
    expect(
      !parsed.ok && parsed.findings.map((f) => [f.line, f.column, render(f.message, 'en')]),
    ).toEqual([
      [10, 7, 'unknown property "cuont" in entries[0]'],
      [4, 5, 'entries[0] is missing required property "count"'],
    ]);
  });

  it('locates a syntax error', () => {
    const parsed = parseBaseline(valid.replace('"count": 1,', '"count": 1'), 'b.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings[0]).toEqual(
      expect.objectContaining({ rule: 'yaml-syntax', file: 'b.json' }),
    );
    expect(parsed.findings[0]?.line).toBeGreaterThanOrEqual(10);
  });

  it('refuses YAML that is not JSON (a trailing comma), saying so', () => {
    const parsed = parseBaseline(valid.replace(`"${fingerprint}"`, `"${fingerprint}",`), 'b.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.findings).toHaveLength(1);
    expect(render(parsed.findings[0]!.message, 'en')).toMatch(/^not valid JSON/);
    expect(render(parsed.findings[0]!.message, 'vi')).toMatch(/^tệp không phải JSON hợp lệ/);
  });

  it('refuses an empty file and a list', () => {
    expect(parseBaseline('', 'b.json').ok).toBe(false);
    expect(parseBaseline('[]', 'b.json').ok).toBe(false);
  });
});

describe('readBaselineFile', () => {
  it('reads the file relative to the working directory', async () => {
    await writeFile(join(dir, 'b.json'), valid);
    const read = await readBaselineFile(dir, 'b.json');
    expect(read.ok && read.baseline.entries).toHaveLength(1);
    expect(read.ok && read.identity?.ino).toBe((await stat(join(dir, 'b.json'))).ino);
  });

  it('a missing file is an error that says how to create it, unless creating', async () => {
    const read = await readBaselineFile(dir, 'none.json');
    expect(read).toEqual({
      ok: false,
      error: {
        message: { id: 'cli.baseline.not-found', data: { file: 'none.json' } },
        findings: [],
      },
    });
    expect(!read.ok && renderAll(read.error.message)).toEqual({
      vi: 'không tìm thấy tệp baseline none.json; tạo tệp này bằng --update-baseline',
      en: 'baseline file none.json not found; create it with --update-baseline',
    });
    expect(await readBaselineFile(dir, 'none.json', { create: true })).toEqual({
      ok: true,
      baseline: emptyBaseline,
      identity: undefined,
    });
  });

  it('a corrupt file is an error with its located problems, even when creating', async () => {
    await writeFile(join(dir, 'b.json'), '{"version": 1, "entries": [1]}');
    const read = await readBaselineFile(dir, 'b.json', { create: true });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    // Not "write it again with --update-baseline": that is the run that was refused.
    expect(read.error.message).toEqual({
      id: 'cli.baseline.invalid-kept',
      data: { file: 'b.json' },
    });
    expect(render(read.error.message, 'en')).toBe(
      'invalid baseline file b.json, so it is not written over; fix it (a merge conflict?), or remove it to record a new one',
    );
    expect(read.error.findings.map((f) => [f.line, f.column, render(f.message, 'en')])).toEqual([
      [1, 28, 'entries[0] must be an object'],
    ]);
  });

  it('a folder is not a baseline file', async () => {
    await mkdir(join(dir, 'folder.json'));
    const read = await readBaselineFile(dir, 'folder.json', { create: true });
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.findings[0]?.rule).toBe('unreadable-file');
  });
});

describe('writeBaselineFile', () => {
  const findings = [
    finding(
      'missing-level',
      { file: 'f.yaml', line: 1, column: 1 },
      message('common.verbatim', { text: 'a' }),
      [],
      ['level:t/x'],
    ),
  ];
  const baseline = makeBaseline(findings, () => undefined);

  it('writes the serialised baseline, which reads back', async () => {
    await expect(writeBaselineFile(dir, 'out/b.json', baseline, [])).rejects.toThrow(
      /cannot write out\/b.json: folder out does not exist/,
    );
    await mkdir(join(dir, 'out'));
    await writeBaselineFile(dir, 'out/b.json', baseline, []);
    const text = await readFile(join(dir, 'out/b.json'), 'utf8');
    expect(text).toBe(serializeBaseline(baseline));
    expect(parseBaseline(text, 'b.json')).toEqual({ ok: true, baseline });
  });

  it('never writes over an input file', async () => {
    const input = join(dir, 'programme.yaml');
    await writeFile(input, 'kind: programme\n');
    const info = await stat(input);
    await expect(
      writeBaselineFile(dir, 'programme.yaml', baseline, [{ dev: info.dev, ino: info.ino }]),
    ).rejects.toThrow(UsageError);
    expect(await readFile(input, 'utf8')).toBe('kind: programme\n');
  });
});

describe('baselineFileNames', () => {
  it("names files relative to the baseline's folder, with forward slashes", () => {
    const name = baselineFileNames('/repo/sub', '../baseline.json');
    expect(name('programmes/a.yaml')).toBe('sub/programmes/a.yaml');
    expect(baselineFileNames('/repo', 'baseline.json')('programmes/a.yaml')).toBe(
      'programmes/a.yaml',
    );
    expect(baselineFileNames('/repo', 'ci/baseline.json')('/repo/programmes/a.yaml')).toBe(
      '../programmes/a.yaml',
    );
  });
});

describe('the baseline shown in docs/baseline.md', () => {
  const file = 'docs/examples/baseline/curriculum-dedup.baseline.json';

  it('is a canonical baseline file, written as the tool writes it', async () => {
    const text = await readFile(join(projectRoot, file), 'utf8');
    const parsed = parseBaseline(text, file);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(serializeBaseline(parsed.baseline)).toBe(text);
  });

  it('accepts every finding of docs/examples/module-overlap, and nothing in it is stale', async () => {
    const loaded = await loadRepository(['docs/examples/module-overlap'], { cwd: projectRoot });
    if (loaded.catalog === undefined) throw new Error('the example does not load');
    const { findings } = analyze(loaded.catalog, loaded.findings);
    const read = await readBaselineFile(projectRoot, file);
    if (!read.ok) throw new Error(render(read.error.message, 'en'));
    const result = applyBaseline(findings, read.baseline, catalogContent(loaded.catalog));
    expect(result.kept).toEqual([]);
    expect(result.stale).toEqual([]);
    expect(result.suppressed).toHaveLength(2);
  });
});
