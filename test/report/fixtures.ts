import { analyze } from '../../src/analysis.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ReportInput } from '../../src/report/report-input.js';
import type { LocalText } from '../../src/model/local-text.js';
import { makeCatalog } from '../helpers/catalog.js';

/**
 * Results for the reporter tests, made in memory as the pipeline would make them (after
 * Spectral's formatter fixtures): two programmes sharing one module, one lesson apart.
 */
export function overlapResult(): ReportInput {
  const party = {
    id: 'lich-su-dang',
    title: 'Lịch sử Đảng Cộng sản Việt Nam',
    hours: 30,
    topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến', 'Đổi mới'],
  };
  const catalog = makeCatalog([
    {
      id: 'so-cap',
      level: 'so-cap',
      modules: [party, { id: 'dao-duc', title: 'Đạo đức công vụ', hours: 8 }],
    },
    {
      id: 'trung-cap',
      level: 'trung-cap',
      modules: [
        { ...party, hours: 40 },
        { id: 'phap-luat', title: 'Pháp luật đại cương', hours: 12 },
      ],
    },
  ]);
  const skipped: Finding = {
    rule: 'not-curriculum',
    severity: 'warning',
    message: {
      vi: 'không có `kind`: bỏ qua (không phải tệp chương trình)',
      en: 'no `kind`: skipped (not a curriculum file)',
    },
    file: 'notes.yaml',
    line: 1,
    column: 1,
  };
  const analysis = analyze(catalog, [skipped]);
  return {
    analysis,
    findings: analysis.findings,
    stats: { files: 3, programmes: 2, modules: 4, hours: 90 },
    skipped: ['notes.yaml'],
  };
}

/** Invalid input: findings and counts, no analysis. */
export function invalidResult(
  message: LocalText = {
    vi: 'modules[0] thiếu thuộc tính bắt buộc "hours"',
    en: 'modules[0] is missing required property "hours"',
  },
): ReportInput {
  return {
    analysis: undefined,
    findings: [
      {
        rule: 'schema',
        severity: 'error',
        message,
        file: 'programmes/so-cap.yaml',
        line: 7,
        column: 5,
        related: [
          {
            file: 'framework.yaml',
            line: 3,
            column: 1,
            message: { vi: 'khung chương trình', en: 'the framework' },
          },
        ],
      },
    ],
    stats: { files: 2, programmes: 0, modules: 0, hours: 0 },
    skipped: [],
  };
}
