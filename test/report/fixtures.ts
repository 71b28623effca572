import { bilingual } from '../helpers/bilingual.js';
import { message } from '../../src/messages/catalogue.js';
import type { Message } from '../../src/messages/types.js';
import { analyze } from '../../src/analysis.js';
import type { Finding } from '../../src/findings/finding.js';
import type { ReportInput } from '../../src/report/report-input.js';
import { makeCatalog } from '../helpers/catalog.js';

/**
 * Results for the reporter tests, made in memory as the pipeline would make them (after
 * Spectral's formatter fixtures): two programmes sharing one module, one lesson apart.
 */
/** `overlapResult`, with this many pairs found and not listed (`savings/listed.ts`). */
export function withPairsNotListed(count: number): ReportInput {
  const input = overlapResult();
  const a = input.analysis;
  if (!a) throw new Error('overlapResult has no analysis');
  return { ...input, analysis: { ...a, summary: { ...a.summary, overlapsNotListed: count } } };
}

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
    message: message('load.file.no-kind'),
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
  problem: Message = message('load.schema.required', { path: 'modules[0]', key: 'hours' }),
): ReportInput {
  return {
    analysis: undefined,
    findings: [
      {
        rule: 'schema',
        severity: 'error',
        message: problem,
        file: 'programmes/so-cap.yaml',
        line: 7,
        column: 5,
        related: [
          {
            file: 'framework.yaml',
            line: 3,
            column: 1,
            message: bilingual('khung chương trình', 'the framework'),
          },
        ],
      },
    ],
    stats: { files: 2, programmes: 0, modules: 0, hours: 0 },
    skipped: [],
  };
}

/** The national module of `copiedArchive`. */
export const copiedArchiveModule = {
  id: 'lich-su-dang',
  title: 'Lịch sử Đảng Cộng sản Việt Nam',
  topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến chống thực dân', 'Công cuộc đổi mới đất nước'],
};

/**
 * A national module and 24 providers' copies of it (four with other hours), and at the level
 * above the same subject taken further, copied by 21 providers: one cluster of 47 modules.
 */
export function copiedArchive() {
  const party = copiedArchiveModule;
  const above = {
    ...party,
    topics: [...party.topics, 'Hội nhập quốc tế và bảo vệ Tổ quốc', 'Xây dựng Đảng trong sạch'],
  };
  const number = (i: number) => String(i).padStart(2, '0');
  return makeCatalog([
    { id: 'quoc-gia', modules: [party] },
    ...Array.from({ length: 24 }, (_, i) => ({
      id: `tinh-${number(i)}`,
      provider: `truong-${number(i)}`,
      modules: [{ ...party, hours: i < 4 ? 12 : 10 }],
    })),
    { id: 'quoc-gia-cao', level: 'two', modules: [above] },
    ...Array.from({ length: 21 }, (_, i) => ({
      id: `tinh-${number(i)}-cao`,
      provider: `truong-${number(i)}`,
      level: 'two',
      modules: [above],
    })),
  ]);
}

/** `copiedArchive` analysed, as reporters receive it. */
export function copiedArchiveResult(): ReportInput {
  const catalog = copiedArchive();
  const analysis = analyze(catalog, []);
  return {
    analysis,
    findings: analysis.findings,
    stats: { files: 47, programmes: 47, modules: 47, hours: 472 },
    skipped: [],
  };
}
