import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { message, render } from '../../src/messages/catalogue.js';
import type { Lang } from '../../src/model/lang.js';
import { isRuleId, ruleTitle } from '../../src/rules/index.js';
import { textIn } from '../../src/report/text.js';
import { docxReporter } from '../../src/report/docx.js';
import { withFixedTimes } from '../../src/report/docx-package.js';
import { markdownContext } from '../../src/report/markdown-context.js';
import { findingGroups, maxFindingsPerRule } from '../../src/report/markdown-findings.js';
import { markdownReporter } from '../../src/report/markdown.js';
import { maxPlanRows } from '../../src/report/markdown-plan.js';
import { studyTime } from '../../src/report/pathway-rows.js';
import { planRows } from '../../src/report/plan-rows.js';
import { documentReporters, reporterNames } from '../../src/report/registry.js';
import { type ReportInput, joinReport, reportTerms } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { invalidSummaryRows, summaryRows } from '../../src/report/summary-rows.js';
import {
  type DocxFile,
  type XmlElement,
  bodyParagraphs,
  find,
  first,
  hasHeaderRow,
  numberAttribute,
  ownText,
  parseXml,
  readDocx,
  tableText,
  textOf,
} from '../helpers/docx.js';
import { exampleReportInput } from '../helpers/report-input.js';
import { invalidResult } from './fixtures.js';

const options = (lang: Lang) => ({ lang, style: plain, width: 80 });
const word = async (input: ReportInput, lang: Lang) =>
  readDocx(await docxReporter(input, options(lang)));

/** The tables of the body, as text, with the heading frame (the first) and the signature last. */
const bodyTables = (file: DocxFile): XmlElement[] => {
  const body = first(file.document, 'w:body');
  return (body?.children ?? []).filter(
    (c): c is XmlElement => typeof c !== 'string' && c.name === 'w:tbl',
  );
};

/** The data tables: every table but the heading's frame and the signature's. */
const dataTables = (file: DocxFile) => bodyTables(file).slice(1, -1);

/** The table whose header row is `head`. */
function tableWithHead(file: DocxFile, head: readonly string[]): string[][] {
  const table = dataTables(file)
    .map(tableText)
    .find((rows) => JSON.stringify(rows[0]) === JSON.stringify(head));
  if (table === undefined) throw new Error(`no table headed ${head.join(' | ')}`);
  return table;
}

describe('docx reporter on examples/vn-cadre, in Vietnamese', () => {
  let input: ReportInput;
  let file: DocxFile;
  let paragraphs: string[];
  const t = textIn('vi');

  beforeAll(async () => {
    input = await exampleReportInput('vn-cadre');
    file = await word(input, 'vi');
    paragraphs = bodyParagraphs(file.document);
  });

  it('is registered as `docx`, a document reporter', () => {
    expect(documentReporters.docx).toBe(docxReporter);
    expect(reporterNames).toContain('docx');
  });

  it('is an A4 page with the margins of Nghị định 30/2020/NĐ-CP', () => {
    const size = first(file.document, 'w:pgSz');
    expect([numberAttribute(size, 'w:w'), numberAttribute(size, 'w:h')]).toEqual([11906, 16838]);
    const margin = first(file.document, 'w:pgMar');
    const mm = (name: string) => numberAttribute(margin, name) / 56.6929;
    // Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    for (const [side, low, high] of [
      ['w:top', 20, 25],
      ['w:bottom', 20, 25],
      ['w:left', 30, 35],
      ['w:right', 15, 20],
    ] as const) {
      expect(mm(side), side).toBeGreaterThanOrEqual(low - 0.01);
      expect(mm(side), side).toBeLessThanOrEqual(high + 0.01);
    }
  });

  it('sets the text in Times New Roman, 14 pt, tables in 13 pt', () => {
    const defaults = first(file.styles, 'w:docDefaults');
    const fonts = first(defaults ?? file.styles, 'w:rFonts');
    expect(fonts?.attributes['w:ascii']).toBe('Times New Roman');
    expect(fonts?.attributes['w:hAnsi']).toBe('Times New Roman');
    expect(numberAttribute(first(defaults ?? file.styles, 'w:sz'), 'w:val')).toBe(28);
    // No run names another font; every size of the data tables is 13 pt.
    expect(find(file.document, 'w:rFonts')).toEqual([]);
    for (const table of dataTables(file))
      for (const sz of find(table, 'w:sz')) expect(numberAttribute(sz, 'w:val')).toBe(26);
    // The headings are the body's size, in black.
    for (const id of ['Heading1', 'Heading2']) {
      const style = find(file.styles, 'w:style').find((s) => s.attributes['w:styleId'] === id);
      expect(numberAttribute(first(style ?? file.styles, 'w:sz'), 'w:val')).toBe(28);
      expect(first(style ?? file.styles, 'w:color')?.attributes['w:val']).toBe('000000');
      expect(first(style ?? file.styles, 'w:rFonts')?.attributes['w:ascii']).toBe(
        'Times New Roman',
      );
    }
  });

  it('numbers pages from the second, centred in the header', () => {
    expect(first(file.document, 'w:titlePg')).toBeDefined();
    const references = find(file.document, 'w:headerReference');
    expect(references.map((r) => r.attributes['w:type']).sort()).toEqual(['default', 'first']);
    const headers = [...file.parts.entries()].filter(([path]) =>
      /^word\/header\d+\.xml$/.test(path),
    );
    // Two headers: the first page's, empty, and the others', a centred PAGE field.
    const parsed = headers.map(([, xml]) => parseXml(xml));
    const fields = parsed.map((h) => find(h, 'w:instrText').map((f) => ownText(f).trim()));
    expect(fields.sort()).toEqual([[], ['PAGE']]);
    const numbered = parsed.find((h) => find(h, 'w:instrText').length > 0);
    expect(first(numbered ?? file.document, 'w:jc')?.attributes['w:val']).toBe('center');
  });

  it('heads the page as the decree does: issuing body, national title, place and date', () => {
    const [frame] = bodyTables(file);
    const [row] = tableText(frame ?? file.document);
    expect(row?.[0]).toContain(t('report.docx.number'));
    expect(row?.[1]?.split('\n')).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '',
      t('report.docx.place-date'),
    ]);
    // A borderless frame.
    const borders = find(frame ?? file.document, 'w:tblBorders')[0];
    expect(
      find(borders ?? file.document, 'w:top').every((b) => b.attributes['w:val'] === 'none'),
    ).toBe(true);
    // Then the kind, bold and centred, and the subject under it.
    const kind = find(file.document, 'w:p').find((p) => textOf(p) === 'BÁO CÁO');
    expect(first(kind ?? file.document, 'w:b')).toBeDefined();
    expect(first(kind ?? file.document, 'w:jc')?.attributes['w:val']).toBe('center');
    expect(paragraphs[paragraphs.indexOf('BÁO CÁO') + 1]).toBe(t('report.docx.subject'));
  });

  it('writes no date, agency or signer: the office fills in the blanks', () => {
    const all = [...file.parts.values()].join('\n');
    expect(all).not.toMatch(/20\d\d-\d\d-\d\dT/);
    expect(file.parts.get('docProps/core.xml')).not.toContain('dcterms:created');
    expect(textOf(file.document)).toContain('……');
    const signature = tableText(bodyTables(file).at(-1) ?? file.document);
    expect(signature[0]?.[0]).toContain('Nơi nhận:');
    expect(signature[0]?.[1]).toContain(t('report.docx.signature'));
  });

  it('holds the summary, row by row, as the markdown report counts it', () => {
    const ctx = markdownContext(input.analysis!, 'vi', reportTerms(input, 'vi'));
    const rows = summaryRows(input, ctx, (d) => t('report.plan-total', d));
    const table = tableWithHead(file, ['Chỉ tiêu', 'Số liệu']);
    expect(table.slice(1)).toEqual(rows.map((r) => [...r]));
    expect(table.slice(1).map((r) => r[1])).toContain('4.900 tiết');
    // The same figures as the markdown report's summary.
    const markdown = joinReport(markdownReporter(input, options('vi'))).replace(/\*\*/g, '');
    for (const [measure, value] of rows.slice(0, 6))
      expect(markdown).toContain(`| ${measure} | ${value} |`);
    expect(markdown).toContain(String(rows[6]?.[1]));
  });

  it('holds the plan: action, what changes, why, the hours a year and how they are counted', () => {
    const rows = planRows(input.analysis!);
    expect(rows.length).toBeGreaterThan(maxPlanRows);
    const table = tableWithHead(file, [
      'TT',
      'Hình thức xử lý',
      'Nội dung',
      'Lý do đề xuất',
      'Giờ tiết kiệm/năm',
      'Cách tính',
    ]);
    expect(table).toHaveLength(1 + maxPlanRows);
    const [firstRow] = rows;
    expect(table[1]).toEqual([
      '1',
      'Hợp nhất',
      render(firstRow!.what, 'vi', reportTerms(input, 'vi')),
      render(firstRow!.reason, 'vi'),
      '5.400',
      '6 tiết × 1.200 học viên/năm × 45 phút ÷ 60 = 5.400 giờ',
    ]);
    // Titles, never refs.
    expect(table[1]?.[2]).toContain('“Kỹ năng lập kế hoạch” (Bồi dưỡng kỹ năng lãnh đạo');
    expect(paragraphs).toContain(
      'Tổng thời gian học tiết kiệm được cho học viên: 20.925 giờ (60 phút) mỗi năm, tính từ 11 đề xuất dưới đây; 26 đề xuất còn lại không được tính vào tổng này (chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy).',
    );
    expect(paragraphs).toContain(
      render(message('report.more', { n: rows.length - maxPlanRows, noun: 'noun.action' }), 'vi'),
    );
  });

  it('holds study time by position, with titles and the markdown figures', () => {
    const time = studyTime(input.analysis!);
    const table = tableWithHead(file, [
      'Vị trí việc làm',
      'Chương trình phải học',
      'Phải học (tiết)',
      'Học lặp lại (tiết)',
      'Học viên/năm',
      'Giờ tiết kiệm/năm',
    ]);
    expect(table).toHaveLength(1 + (time?.national.length ?? 0));
    expect(table[1]).toEqual([
      'Chuyên viên và tương đương',
      'Chương trình bồi dưỡng ngạch chuyên viên',
      '160',
      '0',
      '4.500',
      '0',
    ]);
    // The hours saved add up to the plan's total.
    const saved = table.slice(1).map((r) => Number((r[5] ?? '').replace(/\./g, '')) || 0);
    expect(saved.reduce((a, b) => a + b, 0)).toBe(input.analysis!.plan.personHoursPerYear);
    expect(paragraphs.some((p) => p.startsWith('Chưa có lộ trình nào'))).toBe(true);
  });

  it('lists the findings by rule, in the markdown order, each table with its header', () => {
    const groups = findingGroups(input.findings);
    const headings = find(file.document, 'w:p')
      .filter((p) => first(p, 'w:pStyle')?.attributes['w:val'] === 'Heading2')
      .map(textOf);
    expect(headings).toEqual(
      groups.map(
        (g, i) =>
          // A rule's title alone: a document to sign carries no rule ids.
          `${i + 1}. ${isRuleId(g.id) ? render(ruleTitle(g.id), 'vi', reportTerms(input, 'vi')) : g.id}`,
      ),
    );
    const text = textOf(file.document);
    for (const g of groups)
      for (const f of g.list.slice(0, maxFindingsPerRule))
        expect(text).toContain(render(f.message, 'vi', reportTerms(input, 'vi')));
    const sections = find(file.document, 'w:p')
      .filter((p) => first(p, 'w:pStyle')?.attributes['w:val'] === 'Heading1')
      .map(textOf);
    expect(sections).toEqual([
      // As a báo cáo reads: results, evidence, then the proposals.
      'I. KẾT QUẢ CHUNG',
      'II. THỜI GIAN HỌC THEO LỘ TRÌNH VỊ TRÍ VIỆC LÀM',
      'III. PHÁT HIỆN THEO QUY TẮC',
      'IV. ĐỀ XUẤT XỬ LÝ NỘI DUNG TRÙNG LẶP',
    ]);
  });

  it('gives every data table a header row of column titles, repeated on each page', () => {
    const tables = dataTables(file);
    expect(tables.length).toBeGreaterThan(4);
    for (const table of tables) {
      expect(hasHeaderRow(table)).toBe(true);
      const [head = []] = tableText(table);
      expect(head.every((cell) => cell !== '')).toBe(true);
    }
  });
});

describe('docx reporter in English', () => {
  it('keeps the page but has no national title (examples/minimal)', async () => {
    const input = await exampleReportInput('minimal');
    const file = await word(input, 'en');
    const text = textOf(file.document);
    expect(text).not.toContain('CỘNG HÒA');
    expect(bodyParagraphs(file.document)).toContain('REPORT');
    expect(first(file.document, 'w:pgSz')?.attributes['w:w']).toBe('11906');
    const sections = find(file.document, 'w:p')
      .filter((p) => first(p, 'w:pStyle')?.attributes['w:val'] === 'Heading1')
      .map(textOf);
    expect(sections[0]).toBe('1. Overall results');
    expect(sections.at(-1)).toBe('4. The plan: what to merge, exempt, retire and align');
    expect(tableWithHead(file, ['Measure', 'Value']).length).toBeGreaterThan(5);
    expect(file.parts.get('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });

  it('numbers with English separators on vn-cadre', async () => {
    const file = await word(await exampleReportInput('vn-cadre'), 'en');
    const table = tableWithHead(file, ['Measure', 'Value']);
    expect(table).toContainEqual(['Total study time', '4,900 periods']);
  });
});

describe('docx reporter on invalid input', () => {
  it('says the input has errors, counts the files and lists the findings', async () => {
    const input = invalidResult();
    const file = await word(input, 'vi');
    const paragraphs = bodyParagraphs(file.document);
    expect(paragraphs).toContain(textIn('vi')('report.docx.invalid'));
    expect(tableWithHead(file, ['Chỉ tiêu', 'Số liệu']).slice(1)).toEqual(
      invalidSummaryRows(input, 'vi').map((r) => [...r]),
    );
  });
});

describe('docx bytes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('are the same for the same input, whatever the clock says', async () => {
    const input = await exampleReportInput('minimal');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-06T11:00:00Z'));
    const one = await docxReporter(input, options('vi'));
    vi.setSystemTime(new Date('2031-07-15T23:59:58Z'));
    const two = await docxReporter(input, options('vi'));
    expect(Buffer.from(two).equals(Buffer.from(one))).toBe(true);
    // Every entry dated the zip format's first day.
    const file = await readDocx(one);
    for (const entry of Object.values(file.zip.files))
      expect([entry.date.getFullYear(), entry.date.getMonth(), entry.date.getDate()]).toEqual([
        1980, 0, 1,
      ]);
  });

  it('leave what is not a zip as it is', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    expect(withFixedTimes(bytes)).toBe(bytes);
  });
});
