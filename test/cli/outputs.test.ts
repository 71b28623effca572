import { describe, expect, it } from 'vitest';
import { outputTargets, reportsFromFlags } from '../../src/cli/outputs.js';

const plan = (formats: string[], files: string[]) =>
  outputTargets(reportsFromFlags(formats, files) ?? [{ format: 'console' }], 'console');

describe('reportsFromFlags and outputTargets', () => {
  it("writes the plan command's own text to a .txt file: plan -o plan.txt", () => {
    const targets = (files: string[]) =>
      outputTargets(reportsFromFlags([], files) ?? [{ format: 'plan' }], 'plan');
    expect(targets(['de-xuat.txt'])).toEqual([{ format: 'plan', file: 'de-xuat.txt' }]);
    expect(targets(['de-xuat.md'])).toEqual([{ format: 'markdown', file: 'de-xuat.md' }]);
    expect(plan([], ['r.txt'])).toEqual([{ format: 'console', file: 'r.txt' }]);
  });

  it('leaves the choice to the config or the default when no flag is given', () => {
    expect(reportsFromFlags([], [])).toBeUndefined();
    expect(plan([], [])).toEqual([{ format: 'console' }]);
  });

  it('pairs a bare --format with -o, as before: --format json -o out.json', () => {
    expect(plan(['json'], ['out.json'])).toEqual([{ format: 'json', file: 'out.json' }]);
    expect(plan(['console'], ['out.log'])).toEqual([{ format: 'console', file: 'out.log' }]);
    expect(plan(['console'], ['r.md', 'r.csv'])).toEqual([
      { format: 'markdown', file: 'r.md' },
      { format: 'csv', file: 'r.csv' },
      { format: 'console' },
    ]);
    expect(plan(['json'], ['out.data'])).toEqual([{ format: 'json', file: 'out.data' }]);
    // A file's extension names its format: the other format goes to stdout.
    expect(plan(['github'], ['x.sarif'])).toEqual([
      { format: 'sarif', file: 'x.sarif' },
      { format: 'github' },
    ]);
    expect(plan(['github=x.sarif'], [])).toEqual([{ format: 'github', file: 'x.sarif' }]);
  });

  it('takes the format of a lone -o from its extension', () => {
    expect(plan([], ['r.md', 'r.sarif', 'R.CSV', 'r.json'])).toEqual([
      { format: 'markdown', file: 'r.md' },
      { format: 'sarif', file: 'r.sarif' },
      { format: 'csv', file: 'R.CSV' },
      { format: 'json', file: 'r.json' },
    ]);
  });

  it('writes a Word report to a .docx file: -o report.docx', () => {
    expect(plan([], ['bao-cao.docx'])).toEqual([{ format: 'docx', file: 'bao-cao.docx' }]);
    expect(plan(['docx'], ['R.DOCX'])).toEqual([{ format: 'docx', file: 'R.DOCX' }]);
  });

  it('writes several reports in one run: name=file, and one left for stdout', () => {
    expect(plan(['console', 'sarif=out/r.sarif', 'markdown=r.md'], [])).toEqual([
      { format: 'sarif', file: 'out/r.sarif' },
      { format: 'markdown', file: 'r.md' },
      { format: 'console' },
    ]);
  });

  it('refuses what it cannot honour, naming the way out', () => {
    expect(() => plan(['nope'], [])).toThrow(/unknown format "nope"; expected/);
    expect(() => plan(['console', 'json'], [])).toThrow(/only one report can go to stdout/);
    // A file whose extension names no format gets the command's own format.
    expect(plan([], ['report'])).toEqual([{ format: 'console', file: 'report' }]);
    expect(outputTargets([{ output: 'report' }], 'markdown')).toEqual([
      { format: 'markdown', file: 'report' },
    ]);
    expect(() => plan(['json=a.json', 'sarif=a.json'], [])).toThrow(/a.json is named for two/);
    expect(() => plan(['json='], [])).toThrow(/no file after "="/);
  });
});
