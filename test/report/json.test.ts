import { describe, expect, it } from 'vitest';
import { message } from '../../src/messages/catalogue.js';
import { jsonReporter } from '../../src/report/json.js';
import { joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { invalidResult, overlapResult } from './fixtures.js';

const report = (input = overlapResult()) =>
  JSON.parse(joinReport(jsonReporter(input, { lang: 'en', style: plain, width: 80 }))) as Record<
    string,
    unknown
  >;

describe('json reporter', () => {
  it('holds the sections of docs/json-report.md, version 1, and the copy groups', () => {
    expect(Object.keys(report())).toEqual([
      'version',
      'plan',
      'overlaps',
      'clusters',
      'pathways',
      'exemptions',
      'drift',
      'copies',
      'programmes',
      'findings',
      'summary',
    ]);
    expect(report().version).toBe(1);
  });

  it('gives each pair, cluster and finding its fields', () => {
    const r = report() as {
      overlaps: Array<Record<string, unknown>>;
      clusters: Array<Record<string, unknown>>;
      findings: Array<Record<string, unknown>>;
      summary: Record<string, unknown>;
    };
    expect(r.overlaps).toEqual([
      expect.objectContaining({
        a: 'so-cap/lich-su-dang',
        b: 'trung-cap/lich-su-dang',
        score: 1,
        kind: 'duplicate',
        hoursSaved: 30,
        scope: 'cross-level',
      }),
    ]);
    expect(r.clusters).toEqual([
      expect.objectContaining({
        modules: ['so-cap/lich-su-dang', 'trung-cap/lich-su-dang'],
        hours: 70,
        hoursSaved: 30,
        representative: 'so-cap/lich-su-dang',
      }),
    ]);
    expect(r.findings.map((f) => f.rule)).toEqual([
      'cross-level-repeat',
      'module-overlap',
      'not-curriculum',
    ]);
    expect(r.summary).toMatchObject({
      programmes: 2,
      modules: 4,
      hours: 90,
      hoursSaved: 30,
      files: 3,
      skipped: 1,
      clusters: 1,
      overlaps: 1,
      errors: 0,
    });
  });

  it('reports invalid input: findings with their related places, no overlaps, the counts read', () => {
    const r = report(invalidResult());
    expect(r.overlaps).toEqual([]);
    expect(r.clusters).toEqual([]);
    expect(r.findings).toEqual([
      {
        rule: 'schema',
        severity: 'error',
        message: 'modules[0] is missing required property "hours"',
        file: 'programmes/so-cap.yaml',
        line: 7,
        column: 5,
        related: [{ file: 'framework.yaml', line: 3, column: 1, message: 'the framework' }],
      },
    ]);
    expect(r.summary).toMatchObject({ programmes: 0, modules: 0, hours: 0, files: 2, errors: 1 });
  });

  it('keeps hostile text as data: escaped, and read back unchanged', () => {
    const hostile = '"}\u001b[2J\n</script>\u2028';
    const text = joinReport(
      jsonReporter(invalidResult(message('common.verbatim', { text: hostile })), {
        lang: 'en',
        style: plain,
        width: 80,
      }),
    );
    expect(text).not.toContain('\u001b');
    expect(text.endsWith('}\n')).toBe(true);
    const r = JSON.parse(text) as { findings: Array<{ message: string }> };
    expect(r.findings[0]?.message).toBe(hostile);
  });

  it('is JSON.stringify with two-space indentation, byte for byte, though written in pieces', () => {
    for (const input of [overlapResult(), invalidResult()]) {
      const pieces = [...jsonReporter(input, { lang: 'en', style: plain, width: 80 })];
      expect(pieces.length).toBeGreaterThan(3);
      const text = pieces.join('');
      expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    }
  });

  it('is the same text for the same results', () => {
    const options = { lang: 'en' as const, style: plain, width: 80 };
    expect(joinReport(jsonReporter(overlapResult(), options))).toBe(
      joinReport(jsonReporter(overlapResult(), options)),
    );
  });
});
