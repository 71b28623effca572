import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, message } from '../../src/messages/catalogue.js';
import type { Lang } from '../../src/model/lang.js';
import { formatNumber } from '../../src/messages/number-format.js';
import { maxHeatProgrammes } from '../../src/report/html-heatmap.js';
import { wrap } from '../../src/report/html-hierarchy.js';
import { htmlReporter } from '../../src/report/html.js';
import { programmePairs } from '../../src/report/markdown-programmes.js';
import { markdownContext } from '../../src/report/markdown-context.js';
import { planRows } from '../../src/report/plan-rows.js';
import { type ReportInput, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { exampleReportInput } from '../helpers/report-input.js';
import { analyze } from '../../src/analysis.js';
import { makeCatalog } from '../helpers/catalog.js';
import { invalidResult, overlapResult } from './fixtures.js';

const html = (input: ReportInput, lang: Lang = 'vi') =>
  joinReport(htmlReporter(input, { lang, style: plain, width: 80 }));

/** The report parsed as a browser would, without running its script. */
function parse(out: string) {
  const { document } = new Window().window;
  document.write(out);
  return document;
}

let vnCadre: ReportInput;
beforeAll(async () => {
  vnCadre = await exampleReportInput('vn-cadre');
});

describe('html reporter', () => {
  it('is one page in the reader’s language, the plan first, the same bytes each time', () => {
    const out = html(vnCadre);
    expect(html(vnCadre)).toBe(out);
    const document = parse(out);
    expect(document.documentElement.getAttribute('lang')).toBe('vi');
    expect([...document.querySelectorAll('main > section')].map((s) => s.id)).toEqual([
      'plan',
      'summary',
      'heatmap',
      'hierarchy',
      'overlaps',
      'findings',
      'drift',
    ]);
    // The table of contents names each section by its heading.
    expect([...document.querySelectorAll('nav.toc a')].map((a) => a.textContent)).toEqual(
      [...document.querySelectorAll('main > section > h2')].map((h) => h.textContent),
    );
  });

  it('lists the plan’s rows with the figures every other report gives', () => {
    const a = vnCadre.analysis;
    if (!a) throw new Error('vn-cadre does not analyse');
    const document = parse(html(vnCadre));
    const rows = [...document.querySelectorAll('#plan tbody tr')];
    const expected = planRows(a);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
      const action = expected[i]?.action;
      expect(cells[1]).toBe(render(message(`plan.action.${action?.action ?? 'merge'}`), 'vi'));
      // Every row says why, an exemption too, without repeating its column's heading.
      expect(cells[3]).toBe(render(expected[i]!.reason, 'vi'));
      expect(cells[3]).not.toMatch(/^Lý do/);
      expect(cells[6]).toBe(
        (action?.learnersPerYear ?? 0) > 0
          ? formatNumber(action?.personHoursPerYear ?? 0, 'vi')
          : '—',
      );
    });
    expect(document.querySelector('#plan .total')?.textContent).toContain(
      formatNumber(a.plan.personHoursPerYear, 'vi'),
    );
  });

  it('shades the heat map with the hours the markdown report sums by pair, copies left out', () => {
    const a = vnCadre.analysis;
    if (!a) throw new Error('vn-cadre does not analyse');
    const document = parse(html(vnCadre));
    const heads = [...document.querySelectorAll('#heatmap tbody th')].map((th) => th.textContent);
    expect(heads.length).toBeLessThanOrEqual(maxHeatProgrammes);
    const titles = new Map(a.catalog.programmes.map((p) => [p.id, p.title]));
    // Providers' copies are left out: they repeat what their national programme repeats.
    const copies = new Set(a.drift.map((d) => d.programme));
    expect(copies.size).toBeGreaterThan(0);
    for (const copy of copies) {
      const title = a.catalog.programmes.find((p) => p.id === copy)?.title ?? copy;
      expect(heads.some((h) => h?.includes(title))).toBe(false);
    }
    const pairs = programmePairs(markdownContext(a, 'vi')).filter(
      (p) => !copies.has(p.a) && !copies.has(p.b),
    );
    for (const pair of pairs.slice(0, 5)) {
      const rowOf = (id: string) =>
        heads.findIndex((h) => h?.replace(/^\d+\. /, '').startsWith(titles.get(id) ?? id));
      const [i, j] = [rowOf(pair.a), rowOf(pair.b)];
      expect(i, pair.a).toBeGreaterThanOrEqual(0);
      const cell = document.querySelectorAll('#heatmap tbody tr')[i]?.querySelectorAll('td')[j];
      expect(cell?.textContent).toBe(formatNumber(Math.round(pair.hours), 'vi'));
      const mirror = document.querySelectorAll('#heatmap tbody tr')[j]?.querySelectorAll('td')[i];
      expect(mirror?.textContent).toBe(cell?.textContent);
    }
  });

  it('draws a track a picture, every level of it, and the programmes of each', () => {
    const a = vnCadre.analysis;
    if (!a) throw new Error('vn-cadre does not analyse');
    const document = parse(html(vnCadre));
    const drawings = [...document.querySelectorAll('#hierarchy svg.track')];
    expect(drawings).toHaveLength(a.catalog.tracks.length);
    a.catalog.tracks.forEach((track, i) => {
      // Lines are tspans, joined without spaces in the text of the drawing.
      const text = (drawings[i]?.textContent ?? '').replace(/\s+/g, '');
      for (const level of track.levels)
        expect(text).toContain(
          wrap(level.title)
            .join('')
            .replace(/\s+|…$/g, ''),
        );
    });
  });

  it('puts the two modules of each overlap side by side, the shared phrases marked', () => {
    const document = parse(html(overlapResult()));
    const article = document.querySelector('#overlaps article');
    const sides = [...(article?.querySelectorAll('.side') ?? [])];
    expect(sides.map((s) => s.querySelector('h4')?.textContent)).toEqual([
      'Lịch sử Đảng Cộng sản Việt Nam',
      'Lịch sử Đảng Cộng sản Việt Nam',
    ]);
    for (const side of sides) expect(side.querySelectorAll('mark').length).toBeGreaterThan(0);
  });

  it('offers in its filters the programmes and providers something on the page concerns', () => {
    const document = parse(html(vnCadre));
    // The options are the programmes and providers named by the page's items.
    const named = (attribute: string) =>
      new Set(
        [...document.querySelectorAll('[data-f]')].flatMap((el) =>
          (el.getAttribute(attribute) ?? '').trim().split(' ').filter(Boolean),
        ),
      );
    const offered = (id: string) =>
      new Set(
        [...document.querySelectorAll(`#${id} option`)]
          .map((o) => o.getAttribute('value') ?? '')
          .filter((v) => v !== ''),
      );
    expect(offered('f-programme')).toEqual(named('data-p'));
    expect(offered('f-provider')).toEqual(named('data-v'));
    expect(offered('f-provider')).toContain('n');
    // A programme nothing on the page concerns is not offered: here one in a file of its own
    // that overlaps nothing, beside two that share a module.
    const party = { id: 'lich-su', title: 'Lịch sử Đảng Cộng sản Việt Nam', hours: 30 };
    const catalog = makeCatalog([
      { id: 'so-cap', level: 'so-cap', file: 'so-cap.yaml', modules: [party] },
      { id: 'trung-cap', level: 'trung-cap', file: 'trung-cap.yaml', modules: [party] },
      {
        id: 'ngoai-ngu',
        level: 'trung-cap',
        file: 'ngoai-ngu.yaml',
        modules: [{ id: 'tieng-anh', title: 'Tiếng Anh giao tiếp', hours: 60 }],
      },
    ]);
    const analysis = analyze(catalog, []);
    const small = parse(
      html({ analysis, findings: analysis.findings, stats: vnCadre.stats, skipped: [] }),
    );
    const labels = [...small.querySelectorAll('#f-programme option')].map((o) => o.textContent);
    expect(labels).toContain('so-cap');
    expect(labels).not.toContain('ngoai-ngu');
  });

  it('reads in English for an English reader', () => {
    const document = parse(html(vnCadre, 'en'));
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('#plan h2')?.textContent).toBe(
      render(message('plan.heading'), 'en'),
    );
    expect(document.querySelector('#plan .total')?.textContent).toMatch(/20,925 hours/);
    expect(document.querySelector('#heatmap h2')?.textContent).toBe(
      'Periods repeated between programmes',
    );
  });

  it('without an analysis, says why and lists the findings', () => {
    const input = invalidResult();
    const document = parse(html(input));
    expect(document.querySelector('header')?.textContent).toContain(
      render(message('report.html.invalid'), 'vi'),
    );
    expect(document.querySelectorAll('#findings li[data-f]')).toHaveLength(input.findings.length);
    expect(document.querySelector('#plan')).toBeNull();
  });
});

describe('wrap (the drawing’s labels)', () => {
  it('cuts at spaces, capitals counted wider, three lines at most, the last with …', () => {
    expect(wrap('Sơ cấp lý luận chính trị')).toEqual(['Sơ cấp lý luận chính trị']);
    expect(wrap('chương trình bồi dưỡng ngạch')).toHaveLength(1);
    expect(wrap('CHƯƠNG TRÌNH BỒI DƯỠNG NGẠCH')).toEqual(['CHƯƠNG TRÌNH BỒI DƯỠNG', 'NGẠCH']);
    const long = wrap('một '.repeat(60));
    expect(long).toHaveLength(3);
    expect(long[2]?.endsWith('…')).toBe(true);
    expect(wrap('Không-có-chỗ-ngắt-nào-trong-một-nhãn-rất-dài-như-thế-này-cả')[0]).toMatch(/…$/);
  });
});
