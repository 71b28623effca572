import { bilingual } from '../helpers/bilingual.js';
import { render } from '../../src/messages/catalogue.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis.js';
import type { Finding } from '../../src/findings/finding.js';
import type { Catalog, Position } from '../../src/model/catalog.js';
import type { Lang } from '../../src/model/lang.js';
import { formatNumber } from '../../src/messages/number-format.js';
import { maxClusterDetails, maxClusters } from '../../src/report/markdown-clusters.js';
import { maxFindingsPerRule } from '../../src/report/markdown-findings.js';
import { maxProgrammesPerLevel } from '../../src/report/markdown-mermaid.js';
import { maxPathways } from '../../src/report/markdown-pathways.js';
import { maxProgrammePairs } from '../../src/report/markdown-programmes.js';
import { markdownReporter } from '../../src/report/markdown.js';
import { reporters } from '../../src/report/registry.js';
import { type ReportInput, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { makeCatalog } from '../helpers/catalog.js';
import { exampleReportInput } from '../helpers/report-input.js';
import { invalidResult, overlapResult, withPairsNotListed } from './fixtures.js';
import { hostileInput, hostileInvalidInput } from './hostile-fixture.js';

const markdown = (input: ReportInput, lang: Lang = 'vi') =>
  joinReport(markdownReporter(input, { lang, style: plain, width: 80 }));

/** The `## ` headings of a report, in order. */
const headings = (out: string) => out.split('\n').filter((l) => l.startsWith('## '));

/** The pipe tables of a report: runs of lines starting with `|`. */
function tables(out: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of out.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) [found[found.length], current] = [current, []];
  }
  return current.length > 0 ? [...found, current] : found;
}

/** The cells of a table row, split at unescaped pipes. */
const cells = (row: string) =>
  row
    .replace(/\\\\/g, '\u0000')
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

/** Every table is GFM: a header, a delimiter row, and rows with as many cells as the header. */
function expectValidTables(out: string): void {
  const all = tables(out);
  expect(all.length).toBeGreaterThan(0);
  for (const table of all) {
    const [head = '', rule = '', ...rows] = table;
    const width = cells(head).length;
    expect(
      cells(rule).every((c) => /^-{3,}:?$/.test(c)),
      `delimiter row: ${rule}`,
    ).toBe(true);
    expect(cells(rule)).toHaveLength(width);
    for (const row of rows) expect(cells(row), `row: ${row}`).toHaveLength(width);
  }
}

/** The Mermaid blocks of a report. */
const mermaidBlocks = (out: string) =>
  [...out.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

describe('markdown reporter on examples/vn-cadre', () => {
  let input: ReportInput;
  let vi: string;
  let en: string;

  beforeAll(async () => {
    input = await exampleReportInput('vn-cadre');
    vi = markdown(input, 'vi');
    en = markdown(input, 'en');
  });

  it('is registered as `markdown`', () => {
    expect(reporters.markdown).toBe(markdownReporter);
  });

  it('holds every section, in order, with Vietnamese headings', () => {
    expect(vi.startsWith('# Báo cáo rà soát trùng lặp chương trình đào tạo, bồi dưỡng\n')).toBe(
      true,
    );
    expect(headings(vi)).toEqual([
      '## Đề xuất xử lý nội dung trùng lặp',
      '## Tóm tắt',
      '## Thời gian học theo lộ trình vị trí việc làm',
      '## Phát hiện theo quy tắc',
      '## Số tiết trùng lặp giữa các chương trình',
      '## Các cụm chuyên đề trùng lặp',
      '## Nội dung trùng lặp giữa các chương trình',
      '## Sơ đồ bậc và chương trình theo nhánh',
      '## Miễn học nội dung đã học',
      '## Khác biệt giữa chương trình của cơ sở đào tạo, bồi dưỡng và chương trình chung',
    ]);
  });

  it('holds the same sections with English headings', () => {
    expect(en.startsWith('# Curriculum overlap report\n')).toBe(true);
    expect(headings(en)).toEqual([
      '## The plan: what to merge, exempt, retire and align',
      '## Summary',
      '## Study time by position pathway',
      '## Findings by rule',
      '## Shared periods between programmes',
      '## Clusters of overlapping modules',
      '## Overlaps between programmes',
      '## Levels and programmes by track',
      '## Exemptions between levels',
      "## Providers' copies that differ from the national programme",
    ]);
  });

  it('summarises in tiết and Vietnamese numbers, person-hours in clock hours', () => {
    const s = input.analysis?.summary;
    expect(s?.personHoursSavedPerYear).toBeGreaterThan(0);
    expect(vi).toContain('| Chương trình | 10 |');
    expect(vi).toContain('| Chuyên đề | 176 (157 được so sánh) |');
    expect(vi).toContain('| Tổng thời lượng | 4.900 tiết |');
    expect(vi).toContain(`| Cụm chuyên đề trùng lặp | ${s?.clusters} |`);
    // The headline is the plan's total, the sum of its rows, in clock hours.
    const total = input.analysis?.plan.personHoursPerYear ?? 0;
    expect(total).toBe(input.analysis?.plan.actions.reduce((x, r) => x + r.personHoursPerYear, 0));
    expect(total).toBe(Math.round(((s?.personHoursSavedPerYear ?? 0) * 45) / 60));
    // Said beside it: how many of the rows make it (the others show "—").
    const counted = input.analysis?.plan.actions.filter((r) => r.personHoursPerYear > 0).length;
    expect(counted).toBe(11);
    expect(vi).toContain(
      `| Thời gian học tiết kiệm được cho học viên mỗi năm | **${formatNumber(total, 'vi')} giờ** (60 phút), tính từ ${counted} trong số ${s?.plan.actions} đề xuất xử lý (các đề xuất còn lại chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy) |`,
    );
    expect(vi).toMatch(/\| Phát hiện \| \d+ cảnh báo · \d+ lưu ý \|/);
    expect(en).toContain('| Total study time | 4,900 periods |');
    expect(en).toMatch(/\| Findings \| \d+ warnings · \d+ notes \|/);
  });

  it('shows national pathways, the positions nothing leads to, and providers that differ', () => {
    expect(vi).toContain('### Lộ trình theo chương trình chung');
    expect(vi).toMatch(
      /^\| Giám đốc sở và tương đương \| Cao cấp lý luận chính trị \(cao-cap-llct\)<br>.* \| 90 \| [\d.,]+ \|$/m,
    );
    expect(vi).toContain(
      'Chưa có lộ trình nào theo chương trình chung để đạt tiêu chuẩn của các vị trí: Phó Chủ tịch Ủy ban nhân dân cấp xã.',
    );
    expect(vi).toContain('### Lộ trình của các cơ sở đào tạo');
    expect(vi).toMatch(/^\| Trường Chính trị tỉnh Nghệ An \| /m);
  });

  it('lists findings under their rule, with file:line and the message in the language', () => {
    const gap = input.findings.find((f) => f.rule === 'missing-level');
    expect(gap).toBeDefined();
    expect(vi).toContain(
      '### Bậc không có chương trình (`missing-level`)\n\n**Cảnh báo** · 1 phát hiện.',
    );
    expect(vi).toContain(`- ${render(gap!.message, 'vi')} (framework.yaml:${gap?.line})`);
    expect(en).toContain(`### Missing level (\`missing-level\`)\n\n**Warning** · 1 finding.`);
    expect(en).toContain(`- ${render(gap!.message, 'en')} (framework.yaml:${gap?.line})`);
    // module-overlap, detailed in the clusters, comes last of the warnings.
    const ruleHeadings = vi.split('\n').filter((l) => l.startsWith('### ') && l.includes('(`'));
    const overlapAt = ruleHeadings.findIndex((l) => l.includes('`module-overlap`'));
    const lastWarning = ruleHeadings.findLastIndex((l) =>
      input.findings.some((f) => f.severity === 'warning' && l.includes(`(\`${f.rule}\`)`)),
    );
    expect(overlapAt).toBe(lastWarning);
  });

  it('tabulates shared hours by programme pair, the largest first', () => {
    const table = tables(vi).find((t) => t[0]?.startsWith('| Chương trình | Chương trình |'));
    expect(table).toBeDefined();
    const hours = (table ?? [])
      .slice(2)
      .map((row) => Number((cells(row)[3] ?? '').replace(/\./g, '').replace(',', '.')));
    expect(hours.length).toBeGreaterThan(5);
    expect(hours).toEqual([...hours].sort((a, b) => b - a));
  });

  it('shows each cluster in <details> with programme, level title, hours and score', () => {
    const clusters = input.analysis?.overlap.clusters ?? [];
    const detailed = Math.min(clusters.length, maxClusterDetails);
    expect(clusters.length).toBeGreaterThan(maxClusterDetails);
    expect(vi.match(/^<details>$/gm)).toHaveLength(detailed);
    expect(vi.match(/^<\/details>$/gm)).toHaveLength(detailed);
    expect(vi).toContain('Dưới đây là chi tiết 15 cụm dạy lặp lại nhiều nhất');
    expect(vi).toMatch(
      /^<summary><b>Cụm 1<\/b> · (trùng gần như toàn bộ|trùng một phần) · \d+ chuyên đề · .* tiết · .* tiết dạy lặp lại · .*<\/summary>$/m,
    );
    expect(vi).toContain(
      '| Tên chuyên đề | Mã | Chương trình | Bậc | Số tiết | Độ tương đồng với ★ |',
    );
    // Level titles from the framework, not slugs.
    expect(vi).toMatch(
      /\| Triết học Mác - Lênin( ★)? \| cao-cap-llct\/triet-hoc \| Cao cấp lý luận chính trị \| Cao cấp lý luận chính trị \| 120 \| /,
    );
    expect(vi).toContain('**Nội dung chung:** ');
    // The overview's module to keep, and each summary's, is ★'s: the plan's choice, which for
    // some clusters of vn-cadre is not the engine's representative.
    const titleOf = (ref: string) => input.analysis?.catalog.moduleByRef.get(ref)?.title ?? ref;
    expect(clusters.some((c) => titleOf(c.keep) !== titleOf(c.representative))).toBe(true);
    const overview = tables(vi).find((t) => t[0]?.includes('| Chuyên đề nên giữ |')) ?? [];
    clusters.slice(0, maxClusters).forEach((c, i) => {
      expect(cells(overview[i + 2] ?? '').at(-1), `cluster ${i + 1}`).toBe(titleOf(c.keep));
    });
    const summaries = [...vi.matchAll(/^<summary>.* · (.*)<\/summary>$/gm)].map((m) => m[1]);
    expect(summaries).toEqual(clusters.slice(0, detailed).map((c) => titleOf(c.keep)));
    expect(en).toMatch(
      /^<summary><b>Cluster 1<\/b> · (duplicate|overlap) · \d+ modules · .* periods · .* periods taught twice · .*<\/summary>$/m,
    );
  });

  it('draws one Mermaid flowchart a track, with the level no programme provides marked', () => {
    // The overlaps between programmes come first (markdown-mermaid.test.ts), then the tracks.
    const blocks = mermaidBlocks(vi).slice(1);
    expect(blocks).toHaveLength(3);
    const leadership = blocks[2] ?? '';
    expect(leadership).toMatch(
      /^ {2}n\d+\["Lãnh đạo, quản lý cấp xã và tương đương — chưa có chương trình"\]:::gap$/m,
    );
    expect(leadership).toMatch(/^ {2}classDef gap .*stroke-dasharray/m);
    for (const block of blocks) {
      expect(block.startsWith('flowchart TB\n')).toBe(true);
      // Ids are generated; every node is `nK` with a quoted label.
      for (const line of block.split('\n').slice(1, -1)) {
        expect(line).toMatch(
          /^ {2}(n\d+(\["[^"]*"\]|\(\["[^"]*"\]\)):::\w+|n\d+( ==> n\d+)+|n\d+ (-->|-\.->) n\d+|classDef \w+ [^;]+)$/,
        );
      }
    }
    expect(mermaidBlocks(en)[3]).toContain(
      'Lãnh đạo, quản lý cấp xã và tương đương — no programme',
    );
  });

  it('tabulates exemptions and provider drift', () => {
    expect(vi).toContain(
      '| Đã có chứng chỉ | Học tiếp | Chương trình học tiếp (tiết) | Có thể miễn (tiết) | Tỉ lệ |',
    );
    expect(vi).toMatch(
      /^\| _chương trình chung_ \| Trung cấp lý luận chính trị \(trung-cap-llct\) \| Cao cấp lý luận chính trị \(cao-cap-llct\) \| 1\.016 \| [\d.,]+ \| \d+% \|$/m,
    );
    expect(vi).toMatch(
      /^\| Trung cấp lý luận chính trị \(Trường Chính trị tỉnh Nghệ An\) \(trung-cap-llct-nghe-an\) \| Trường Chính trị tỉnh Nghệ An \| Trung cấp lý luận chính trị \(trung-cap-llct\) \| 1 chuyên đề \(/m,
    );
  });

  it('writes valid tables only, and nothing undefined', () => {
    for (const out of [vi, en]) {
      expectValidTables(out);
      expect(out).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it('speaks one language at a time', () => {
    for (const word of [' hours', ' periods', 'Cluster', 'Programme', 'Finding'])
      expect(vi, word).not.toContain(word);
    for (const word of ['Cụm ', 'Chương trình phải học', 'phát hiện', 'Tóm tắt', 'tiết kiệm'])
      expect(en, word).not.toContain(word);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(markdown(input, 'vi')).toBe(vi);
    expect(markdown(input, 'en')).toBe(en);
  });
});

/**
 * A national archive in miniature: many programmes holding copies of one module (one of them
 * reworded), many positions, and more findings of a rule than are listed.
 */
function archiveInput(): ReportInput {
  const party = {
    id: 'lich-su-dang',
    title: 'Lịch sử Đảng Cộng sản Việt Nam',
    hours: 30,
    topics: ['Đảng ra đời', 'Lãnh đạo kháng chiến chống thực dân', 'Công cuộc đổi mới đất nước'],
  };
  const count = 35;
  const base = makeCatalog(
    Array.from({ length: count }, (_, i) => ({
      id: `tinh-${String(i).padStart(2, '0')}`,
      modules: [
        i === count - 1
          ? { ...party, topics: [...party.topics, 'Hội nhập quốc tế và bảo vệ Tổ quốc'] }
          : party,
        // A module of its own, sharing no word with any other: the programmes are national
        // programmes of their own, not copies of one another (which the engine would infer).
        { id: 'rieng', title: `Alpha${i} Beta${i}`, hours: 4 },
      ],
    })),
  );
  const here = { file: 'framework.yaml', line: 1, column: 1 };
  const positions: Position[] = Array.from({ length: 60 }, (_, i) => ({
    id: `vi-tri-${i}`,
    title: `Vị trí ${i}`,
    requires: ['t/one'],
    learnersPerYear: 100,
    location: here,
  }));
  const catalog: Catalog = { ...base, positions };
  const findings: Finding[] = Array.from({ length: maxFindingsPerRule + 5 }, (_, i) => ({
    rule: 'cross-level-repeat',
    severity: 'warning',
    message: bilingual(`lặp lại số ${i}`, `repeat number ${i}`),
    file: 'programmes/x.yaml',
    line: i + 1,
    column: 1,
  }));
  const analysis = analyze(catalog, findings);
  return {
    analysis,
    findings: analysis.findings,
    stats: { files: count + 1, programmes: count, modules: count, hours: count * 30 },
    skipped: [],
  };
}

describe('markdown reporter on a large archive', () => {
  const input = archiveInput();
  const out = markdown(input);

  it('caps the pathways, and says how many more the JSON report holds', () => {
    const pathways = input.analysis?.pathways.pathways.length ?? 0;
    expect(pathways).toBeGreaterThan(maxPathways);
    const table = tables(out).find((t) => t[0]?.startsWith('| Vị trí việc làm |'));
    expect(table).toHaveLength(2 + maxPathways);
    expect(out).toContain(
      `_… và ${formatNumber(pathways - maxPathways, 'vi')} lộ trình khác: báo cáo JSON (\`--format json\`) có đầy đủ._`,
    );
  });

  it('caps the findings listed under a rule', () => {
    expect(out).toContain(`**Cảnh báo** · ${maxFindingsPerRule + 5} phát hiện.`);
    expect(out.match(/^- lặp lại số \d+ \(programmes\/x\.yaml:\d+\)$/gm)).toHaveLength(
      maxFindingsPerRule,
    );
    expect(out).toContain('_… và 5 phát hiện khác: báo cáo JSON');
  });

  it('caps the programme pairs', () => {
    const pairs = input.analysis?.overlap.overlaps.length ?? 0;
    expect(pairs).toBeGreaterThan(maxProgrammePairs);
    const table = tables(out).find((t) => t[0]?.startsWith('| Chương trình | Chương trình |'));
    expect(table).toHaveLength(2 + maxProgrammePairs);
    expect(out).toContain(`_… và ${pairs - maxProgrammePairs} cặp chương trình khác:`);
  });

  it('shows a large cluster compactly: counts, and a line for each group of copies', () => {
    const cluster = input.analysis?.overlap.clusters[0];
    expect(cluster?.modules).toHaveLength(35);
    // ★ is the module to keep: tinh-34's, which teaches every topic the others teach and one
    // more; no other module is identical to it.
    expect(cluster?.keep).toBe('tinh-34/lich-su-dang');
    expect(out).toMatch(
      /\*\*Bản sao:\*\* 35 mô-đun trong 35 chương trình \(tinh-34, tinh-00, tinh-01, tinh-02 và 31 chương trình khác\); 0 giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao \(2 dòng\)\./,
    );
    const members = tables(out).find((t) => t[0]?.startsWith('| Tên mô-đun | Mã |'));
    expect(members).toHaveLength(2 + 2);
    // The kept module first; tinh-00's stands for its 33 identical copies.
    expect(members?.[2]).toMatch(
      /^\| Lịch sử Đảng Cộng sản Việt Nam ★ \| tinh-34\/lich-su-dang \|/,
    );
    expect(members?.[3]).toMatch(/\(cùng 33 bản sao, 33 giống hệt\) \| tinh-00\/lich-su-dang \|/);
  });

  it('draws at most a few programmes a level, and counts the rest', () => {
    const block = mermaidBlocks(out).find((b) => b.startsWith('flowchart TB')) ?? '';
    expect(block.match(/:::programme$/gm)).toHaveLength(maxProgrammesPerLevel + 1);
    expect(block).toContain(`(["và ${35 - maxProgrammesPerLevel} chương trình khác"]):::programme`);
  });

  it('caps the clusters', () => {
    const analysis = input.analysis;
    if (!analysis) throw new Error('no analysis');
    const cluster = analysis.overlap.clusters[0];
    if (!cluster) throw new Error('no cluster');
    const many = {
      ...input,
      analysis: {
        ...analysis,
        overlap: {
          ...analysis.overlap,
          clusters: Array.from({ length: maxClusters + 3 }, () => cluster),
        },
      },
    };
    const text = markdown(many);
    expect(text.match(/^<details>$/gm)).toHaveLength(maxClusterDetails);
    const overview = tables(text).find((t) => t[0]?.startsWith('| Cụm | Loại |'));
    expect(overview).toHaveLength(2 + maxClusters);
    expect(text).toContain('_… và 3 cụm khác: báo cáo JSON');
    expectValidTables(text);
  });

  it('names the unit as the data has it: giờ for periods of 60 minutes', () => {
    const analysis = input.analysis;
    if (!analysis) throw new Error('no analysis');
    const catalog = {
      ...analysis.catalog,
      framework: { ...analysis.catalog.framework, periodMinutes: 60 },
    };
    const text = markdown({ ...input, analysis: { ...analysis, catalog } });
    expect(text).toContain('· 1 giờ = 60 phút');
    expect(text).toContain('| Phải học (giờ) | Học lặp lại (giờ) |');
    // The findings' messages were written by the analysis, of periods of 45 minutes; and
    // "tiết kiệm" (to save) is another word.
    const own = text.replace(/^## Phát hiện theo quy tắc\n[\s\S]*?(?=^## )/m, '');
    expect(own).toContain('## Số giờ trùng lặp giữa các chương trình');
    expect(own).not.toMatch(/\d tiết|\(tiết\)|Số tiết|1 tiết/);
  });
});

describe('markdown reporter on an archive without pathways', () => {
  it('names the positions no national pathway leads to', () => {
    const base = makeCatalog([{ id: 'so-cap', modules: [{ id: 'a', title: 'Đạo đức công vụ' }] }]);
    const here = { file: 'framework.yaml', line: 1, column: 1 };
    const positions: Position[] = [
      {
        id: 'x',
        title: 'Chuyên viên @chinh',
        requires: ['t/khac'],
        learnersPerYear: 5,
        location: here,
      },
    ];
    const analysis = analyze({ ...base, positions }, []);
    const out = markdown({
      analysis,
      findings: analysis.findings,
      stats: { files: 2, programmes: 1, modules: 1, hours: 10 },
      skipped: [],
    });
    expect(out).toContain('## Thời gian học theo lộ trình vị trí việc làm');
    expect(out).not.toContain('### Lộ trình theo chương trình chung');
    expect(out).toContain(
      'Chưa có lộ trình nào theo chương trình chung để đạt tiêu chuẩn của các vị trí: Chuyên viên @\u200cchinh.',
    );
  });
});

describe('markdown reporter on invalid input', () => {
  it('reports the findings only, with the counts it has', () => {
    const vi = markdown(invalidResult());
    expect(headings(vi)).toEqual(['## Tóm tắt', '## Phát hiện theo quy tắc']);
    expect(vi).toContain('**Dữ liệu đầu vào có lỗi.**');
    expect(vi).toContain('| Tệp đã đọc | 2 |');
    expect(vi).toContain('| Phát hiện | 1 lỗi |');
    expect(vi).toContain(
      '- modules\\[0\\] thiếu khóa bắt buộc "hours" (programmes/so-cap.yaml:7)\n' +
        '  - khung chương trình — framework.yaml:3\n',
    );
    expect(vi).not.toContain('```mermaid');
    const en = markdown(invalidResult(), 'en');
    expect(headings(en)).toEqual(['## Summary', '## Findings by rule']);
    expect(en).toContain('**The input has errors.**');
    expect(en).toContain('| Findings | 1 error |');
    expectValidTables(en);
  });
});

describe('markdown reporter on hostile text', () => {
  for (const [name, input] of [
    ['valid', hostileInput()],
    ['invalid', hostileInvalidInput()],
  ] as const) {
    it(`keeps every title, ref, file name and message as text (${name} input)`, () => {
      for (const lang of ['vi', 'en'] as const) {
        const out = markdown(input, lang);
        expectValidTables(out);
        const prose = out.replace(/^```mermaid\n[\s\S]*?^```$/gm, '');
        // The only HTML is the report's own: details, summary, b, br.
        for (const [tag] of prose.matchAll(/<\/?[a-z][^>]*>/gi))
          expect(tag).toMatch(/^<\/?(details|summary|b|br)>$/);
        expect(prose).not.toMatch(/@(?!\u200c)/);
        // Every line outside a table or code block is a heading, list item, paragraph or HTML
        // the report wrote: no data starts a heading of its own.
        for (const line of prose.split('\n').filter((l) => l.startsWith('#')))
          expect(line).toMatch(/^#{1,3} [^#]/);
        for (const block of mermaidBlocks(out))
          for (const label of block.matchAll(/\["([^"]*)"\]/g))
            expect(label[1]).not.toMatch(/[<>`%]/);
      }
    });
  }
});

describe('pairs found and not listed', () => {
  it('are counted beside the pairs listed, with why, in both languages', () => {
    const input = overlapResult();
    const hidden = withPairsNotListed(1234);
    expect(markdown(hidden, 'vi')).toContain(
      '(và 1.234 cặp khác không liệt kê: với mỗi mô-đun cùng các bản sao của nó, báo cáo chỉ nêu 25 cặp lặp lại nhiều nhất)',
    );
    expect(markdown(hidden, 'en')).toContain('(and 1,234 more not listed:');
    expect(markdown(input, 'en')).not.toContain('not listed');
  });
});
