import { join } from 'node:path';
import { analyze } from '../../src/analysis.js';
import { loadRepository } from '../../src/load/load-repository.js';
import type { ReportInput } from '../../src/report/report-input.js';
import { projectRoot } from './cli.js';

/** A bundled example (`examples/<name>`) loaded and analysed, as reporters receive it. */
export async function exampleReportInput(name: string): Promise<ReportInput> {
  const dir = join(projectRoot, 'examples', name);
  const load = await loadRepository([dir], { cwd: dir });
  if (!load.catalog) throw new Error(`examples/${name} does not load`);
  const analysis = analyze(load.catalog, load.findings);
  return { analysis, findings: analysis.findings, stats: load.stats, skipped: load.skipped };
}
