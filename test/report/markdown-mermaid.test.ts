import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/model/lang.js';
import { visible } from '../../src/report/visible.js';
import { markdownReporter } from '../../src/report/markdown.js';
import { type ReportInput, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { exampleReportInput } from '../helpers/report-input.js';
import { hostile, hostileInput } from './hostile-fixture.js';

/**
 * The Mermaid blocks of the markdown report parse with Mermaid itself (the `mermaid` package,
 * the parser GitHub renders with), offline. Mermaid's flowchart parser needs a DOM only for
 * DOMPurify, which it calls on every label: a happy-dom window gives it one (lighter than
 * jsdom; `@mermaid-js/parser` has no flowchart grammar).
 */

type Mermaid = typeof import('mermaid').default;

interface FlowVertex {
  readonly text?: string;
  readonly classes: readonly string[];
}
interface FlowDb {
  getVertices(): Map<string, FlowVertex>;
  getEdges(): { start: string; end: string; type?: string; stroke?: string; text?: string }[];
}

let mermaid: Mermaid;
const dom = new Window();

beforeAll(async () => {
  // DOMPurify looks for `window` when it is first imported; only then is Mermaid imported.
  // The test environment stays Node's (a DOM environment would replace Node's URL and more).
  Object.assign(globalThis, { window: dom, document: dom.document });
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

afterAll(async () => {
  await dom.happyDOM.close();
});

const report = (input: ReportInput, lang: Lang) =>
  joinReport(markdownReporter(input, { lang, style: plain, width: 80 }));

const mermaidBlocks = (out: string) =>
  [...out.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');

/** A flowchart parsed, with its vertices and edges. */
async function parseFlowchart(text: string): Promise<FlowDb> {
  const result = await mermaid.parse(text);
  expect(result).toMatchObject({ diagramType: 'flowchart-v2' });
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  // The flowchart's database: its vertices and edges, as the renderer will draw them.
  return diagram.db as unknown as FlowDb;
}

/**
 * A label as the reader will see it: Mermaid keeps entity codes (`#quot;`, `#35;`) as
 * placeholders until it renders, then writes them as HTML entities.
 */
function shown(text: string): string {
  const named: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&' };
  return text
    .replace(/ﬂ°°(\d+)¶ß/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/ﬂ°(\w+)¶ß/g, (all, name: string) => named[name] ?? all);
}

describe('Mermaid blocks of the markdown report', () => {
  let input: ReportInput;

  beforeAll(async () => {
    input = await exampleReportInput('vn-cadre');
  });

  it('rejects a broken flowchart: the parser really parses', async () => {
    await expect(mermaid.parse('flowchart TB\n  n0["a"b"]\n')).rejects.toThrow();
    await expect(mermaid.parse('flowchart TB\n  n0["a"] -->\n')).rejects.toThrow();
  });

  it('parses every block of examples/vn-cadre, in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const blocks = mermaidBlocks(report(input, lang));
      // The overlaps between programmes, then one a track.
      expect(blocks).toHaveLength(4);
      for (const block of blocks) await parseFlowchart(block);
    }
  });

  it('draws each level with its title, programmes pointing to it, the gap styled', async () => {
    const catalog = input.analysis?.catalog;
    const blocks = mermaidBlocks(report(input, 'vi'));
    const leadership = catalog?.tracks.findIndex((t) => t.id === 'lanh-dao') ?? -1;
    const db = await parseFlowchart(blocks[leadership + 1] ?? '');
    const vertices = [...db.getVertices().values()];
    const levels = vertices.filter((v) => v.classes.includes('level') || v.classes.includes('gap'));
    expect(levels.map((v) => shown(v.text ?? ''))).toEqual([
      'Lãnh đạo, quản lý cấp phòng và tương đương',
      'Lãnh đạo, quản lý cấp xã và tương đương — chưa có chương trình',
      'Lãnh đạo, quản lý cấp sở và tương đương',
    ]);
    expect(vertices.filter((v) => v.classes.includes('gap'))).toHaveLength(1);
    expect(vertices.filter((v) => v.classes.includes('programme'))).toHaveLength(2);
    // Levels chained lowest first, and each programme pointing to its level.
    expect(db.getEdges()).toHaveLength(2 + 2);
  });

  it('draws no gap where missing-level is off, and says nothing of gaps', async () => {
    const out = report({ ...input, rules: { 'missing-level': 'off' } }, 'vi');
    expect(out).not.toContain('Bậc có khung đỏ nét đứt');
    const leadership = input.analysis?.catalog.tracks.findIndex((t) => t.id === 'lanh-dao') ?? -1;
    const db = await parseFlowchart(mermaidBlocks(out)[leadership + 1] ?? '');
    const vertices = [...db.getVertices().values()];
    expect(vertices.filter((v) => v.classes.includes('gap'))).toEqual([]);
    expect(vertices.map((v) => shown(v.text ?? ''))).toContain(
      'Lãnh đạo, quản lý cấp xã và tương đương',
    );
    expect(report(input, 'vi')).toContain('Bậc có khung đỏ nét đứt');
  });

  it('joins overlapping programmes by title, labelled with the whole tiết repeated', async () => {
    const a = input.analysis;
    if (!a) throw new Error('no analysis');
    const db = await parseFlowchart(mermaidBlocks(report(input, 'vi'))[0] ?? '');
    const vertices = db.getVertices();
    const name = (id: string) => shown(vertices.get(id)?.text ?? '');
    const edges = db.getEdges().map((e) => [name(e.start), name(e.end), e.text ?? '']);
    // Each edge: the listed pairs between the two programmes, their hoursSaved summed, rounded.
    const title = (id: string) => a.catalog.programmes.find((p) => p.id === id)?.title ?? id;
    const sum = (x: string, y: string) =>
      a.overlap.overlaps
        .filter((o) => {
          const [p, q] = [o.a.split('/')[0], o.b.split('/')[0]];
          return (p === x && q === y) || (p === y && q === x);
        })
        .reduce((n, o) => n + o.hoursSaved, 0);
    const expected = `${Math.round(sum('trung-cap-llct', 'trung-cap-llct-hc'))} tiết`;
    expect(edges).toContainEqual([title('trung-cap-llct'), title('trung-cap-llct-hc'), expected]);
    expect(edges.length).toBeLessThanOrEqual(20);
    for (const [, , label] of edges) expect(label).toMatch(/^\d+(\.\d{3})* tiết$/);
    // A provider's copy is named by its title, which here names its school already.
    expect([...vertices.values()].map((v) => shown(v.text ?? ''))).toContain(
      'Trung cấp lý luận chính trị (Trường Chính trị tỉnh Nghệ An)',
    );
  });

  it('parses titles full of Mermaid syntax, and reads them back exactly', async () => {
    const analysis = input.analysis;
    if (!analysis) throw new Error('no analysis');
    const nasty = [
      'Ngạch "chuyên viên" ["x"] (y) {z}',
      '%%{init: {"theme": "dark"}}%% %% chú thích',
      '``` `mã` end; subgraph A; click n0 call alert()',
      '#quot; #35; &lt; <b>đậm</b> & --> n1 ==> n2 -.- |nhãn|',
      'a\nb \\ C# 100% @octocat :::gap',
    ];
    const retitle = <T extends { readonly title: string }>(x: T, i: number): T => ({
      ...x,
      title: nasty[i % nasty.length] ?? '',
    });
    const levels = new Map(
      [...analysis.catalog.levels.values()].map((l, i) => [l.ref, retitle(l, i)]),
    );
    const catalog = {
      ...analysis.catalog,
      levels,
      tracks: analysis.catalog.tracks.map((t) => ({
        ...t,
        levels: t.levels.map((l) => levels.get(l.ref) ?? l),
      })),
      programmes: analysis.catalog.programmes.map((p, i) => retitle(p, i + 2)),
    };
    const out = report({ ...input, analysis: { ...analysis, catalog } }, 'en');
    const labels: string[] = [];
    for (const block of mermaidBlocks(out)) {
      const db = await parseFlowchart(block);
      labels.push(...[...db.getVertices().values()].map((v) => shown(v.text ?? '')));
    }
    // Exactly the title, but a line break, which becomes a space.
    for (const title of nasty.map((t) => t.replace(/\n/g, ' ')))
      expect(
        labels.some((l) => l.startsWith(title)),
        title,
      ).toBe(true);
  });

  it('keeps hostile titles as text: the labels parse and read back exactly', async () => {
    const hostileReport = report(hostileInput(), 'vi');
    const blocks = mermaidBlocks(hostileReport);
    expect(blocks.length).toBeGreaterThan(0);
    const labels: string[] = [];
    for (const block of blocks) {
      const db = await parseFlowchart(block);
      labels.push(...[...db.getVertices().values()].map((v) => shown(v.text ?? '')));
    }
    // The track's levels are titled with hostile text (markup, bidi, pipes, `@`).
    const levelTitles = [...(hostileInput().analysis?.catalog.levels.values() ?? [])].map(
      (l) => l.title,
    );
    for (const title of levelTitles)
      expect(labels).toContain(visible(title.replace(/\r\n|[\r\n\t]/g, ' ')));
    expect(labels.join(' ')).toContain(hostile.pipe);
  });
});
