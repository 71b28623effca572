import { describe, expect, it } from 'vitest';
import { reportTerms, withTerms } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { exampleReportInput } from '../helpers/report-input.js';

describe('reportTerms', () => {
  it("gives the framework's module term to a report in the data's language only", async () => {
    const input = await exampleReportInput('vn-cadre');
    expect(input.analysis?.catalog.framework.moduleTerm).toBe('chuyên đề');
    expect(reportTerms(input, 'vi')).toEqual({ module: 'chuyên đề' });
    expect(reportTerms(input, 'en')).toEqual({});
    expect(reportTerms({ ...input, analysis: undefined }, 'vi')).toEqual({});
  });

  it('leaves terms given in the options as they are', async () => {
    const input = await exampleReportInput('vn-cadre');
    const options = { lang: 'vi' as const, style: plain, width: 80 };
    expect(withTerms(input, options).terms).toEqual({ module: 'chuyên đề' });
    expect(withTerms(input, { ...options, terms: {} }).terms).toEqual({});
  });
});
