import { render } from '../../src/messages/catalogue.js';
import type { Finding } from '../../src/findings/finding.js';
import { reporterOf } from '../../src/findings/rule.js';
import type { Overlap } from '../../src/overlap/types.js';
import type { Rule } from '../../src/rules/rule.js';
import { buildCatalog } from '../../src/load/build-catalog.js';
import type { Catalog } from '../../src/model/catalog.js';
import { curriculumDoc, lines } from '../load/support.js';

/**
 * A catalog from YAML texts, built as the loader builds it (real locations): a framework with
 * the political-theory ladder and a leadership ladder, and the programmes given.
 */
export function catalogOf(programmes: Record<string, string>, frameworkExtra = ''): Catalog {
  const framework =
    lines(
      'kind: framework',
      'id: demo',
      'title: Demo',
      'language: vi',
      'tracks:',
      '  - id: llct',
      '    title: Lý luận chính trị',
      '    levels: [so-cap, trung-cap, cao-cap]',
      '  - id: lanh-dao',
      '    title: Lãnh đạo, quản lý',
      '    levels:',
      '      - { id: cap-phong, title: Cấp phòng }',
      '      - { id: cap-so, title: Cấp sở }',
    ) + frameworkExtra;
  const docs = [
    curriculumDoc('framework.yaml', framework),
    ...Object.entries(programmes).map(([file, text]) => curriculumDoc(file, text)),
  ];
  const built = buildCatalog(
    docs,
    docs.map((d) => d.where.source.file),
  );
  if (!built.catalog || built.findings.length > 0) throw new Error(JSON.stringify(built.findings));
  return built.catalog;
}

/** A programme at `track/level` whose modules are `id: requires…` entries. */
export function programme(id: string, levelRef: string, modules: Record<string, string[]>): string {
  const [track, level] = levelRef.split('/');
  return lines(
    'kind: programme',
    `id: ${id}`,
    `title: ${id}`,
    `track: ${track}`,
    `level: ${level}`,
    'modules:',
    ...Object.entries(modules).flatMap(([m, requires]) => [
      `  - id: ${m}`,
      `    title: ${m}`,
      '    hours: 4',
      ...(requires.length > 0 ? [`    requires: [${requires.join(', ')}]`] : []),
    ]),
  );
}

/** A programme for every level, so that no level is missing unless a test leaves one out. */
export const everyLevel = {
  'so-cap.yaml': programme('so-cap', 'llct/so-cap', { a: [] }),
  'trung-cap.yaml': programme('trung-cap', 'llct/trung-cap', { a: [] }),
  'cao-cap.yaml': programme('cao-cap', 'llct/cao-cap', { a: [] }),
  'phong.yaml': programme('phong', 'lanh-dao/cap-phong', { a: [] }),
  'so.yaml': programme('so', 'lanh-dao/cap-so', { a: [] }),
};

/**
 * Findings as an English reader gets them: each message (and related message) in English,
 * without the `about` keys (which the baseline tests check): what the rule tests compare.
 */
export function english(findings: readonly Finding[]) {
  return findings.map(({ about: _about, ...f }) => ({
    ...f,
    message: render(f.message, 'en'),
    ...(f.related
      ? { related: f.related.map((r) => ({ ...r, message: render(r.message, 'en') })) }
      : {}),
  }));
}

/** The findings of one rule's check on a catalogue (and the overlaps given, for the analysis). */
export function check(rule: Rule, catalog: Catalog, overlaps: readonly Overlap[] = []): Finding[] {
  if (rule.stage === 'analyse')
    return rule.check({ catalog, overlaps, clusters: [], drift: [] }, reporterOf(rule));
  return rule.check ? rule.check(catalog, reporterOf(rule)) : [];
}
