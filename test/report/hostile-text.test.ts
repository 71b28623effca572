import { render } from '../../src/messages/catalogue.js';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { type Lang, langs } from '../../src/model/lang.js';
import JSZip from 'jszip';
import { placeText } from '../../src/report/markdown-findings.js';
import { planRows } from '../../src/report/plan-rows.js';
import { documentReporters, reporterNames, reporters } from '../../src/report/registry.js';
import { find, parseXml, readDocx, textOf } from '../helpers/docx.js';
import { type ReportInput, type Reporter, joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { visible, visibleLines } from '../../src/report/visible.js';
import { contentSecurityPolicy, htmlScript } from '../../src/report/html-page.js';
import { Window } from 'happy-dom';
import { parseCsv } from '../helpers/csv.js';
import { hostile, hostileInput, hostileInvalidInput } from './hostile-fixture.js';

/**
 * Untrusted text stays text (issue 10, item 10): titles, refs, file names and messages full of
 * markup, mentions, escapes and formulas go through every registered reporter, and each
 * format's rules hold. A reporter added to the registry is fed the same text and must have
 * its own assertions here.
 */

/** What each format must guarantee, whatever the data holds; throws (an expect) when broken. */
type Check = (output: string, input: ReportInput, lang: Lang) => void;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const rawControls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
// eslint-disable-next-line no-control-regex -- as above
const c0 = /[\u0000-\u0008\u000b-\u001f]/u;
const bidi = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const terminal: Check = (out) => {
  expect(out, 'no raw ESC, CR or other control character').not.toMatch(rawControls);
  expect(out, 'no bidi override').not.toMatch(bidi);
};

const checks: Record<string, Check> = {
  console: terminal,
  plan: terminal,

  json: (out, input, lang) => {
    // A message is the reader's text, or every language's: either way, exactly the input's.
    type Message = string | Record<Lang, string>;
    const said = (m: Message | undefined) => (typeof m === 'string' ? m : m?.[lang]);
    const report = JSON.parse(out) as {
      findings: { message: Message; file: string; related?: { message: Message }[] }[];
      overlaps?: { a: string; b: string }[];
    };
    expect(
      report.findings.map((f) => [said(f.message), f.file, f.related?.map((r) => said(r.message))]),
    ).toEqual(
      input.findings.map((f) => [
        render(f.message, lang),
        f.file,
        f.related?.map((r) => render(r.message, lang)),
      ]),
    );
    expect((report.overlaps ?? []).map((o) => [o.a, o.b])).toEqual(
      (input.analysis?.overlap.overlaps ?? []).map((o) => [o.a, o.b]),
    );
    expect(out, 'C0 controls only as JSON escapes').not.toMatch(c0);
  },

  sarif: (out, input, lang) => {
    const log = JSON.parse(out) as Log;
    const results = log.runs[0]?.results ?? [];
    // SARIF doubles literal braces in messages (§3.11.5); undone, the text is exact.
    const unbrace = (s: string | undefined) => s?.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    const uriFile = (uri: string | undefined) => uri?.split('/').map(decodeURIComponent).join('/');
    expect(results).toHaveLength(input.findings.length);
    input.findings.forEach((f, i) => {
      const r = results[i];
      expect(unbrace(r?.message.text)).toBe(render(f.message, lang));
      expect(uriFile(r?.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toBe(f.file);
      expect(r?.relatedLocations?.map((l) => unbrace(l.message?.text))).toEqual(
        f.related?.map((x) => render(x.message, lang)),
      );
    });
    expect(out, 'control characters only as JSON escapes').not.toMatch(rawControls);
    expect(out, 'bidi overrides only as JSON escapes').not.toMatch(bidi);
  },

  github: (out, input, lang) => {
    expect(out.endsWith('\n')).toBe(true);
    expect(out, 'no CR anywhere').not.toContain('\r');
    const lines = out.slice(0, -1).split('\n');
    const summary = lines.pop() ?? '';
    expect(summary.startsWith('curriculum-dedup: '), 'the last line is the summary').toBe(true);
    expect(lines).toHaveLength(input.findings.length);
    input.findings.forEach((f, i) => {
      const line = lines[i] ?? '';
      // `::command props::data`: the properties hold no `:`, so the first `::` after the
      // command ends them and nothing in the text can start another command.
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      expect(match, `a workflow command: ${line}`).not.toBeNull();
      const properties = new Map(
        (match?.[2] ?? '').split(',').map((p) => {
          const [key = '', ...value] = p.split('=');
          return [key, value.join('=')] as const;
        }),
      );
      expect(
        [...properties.keys()].every((k) => /^(file|line|col|endLine|endColumn|title)$/.test(k)),
      ).toBe(true);
      expect(unescape(properties.get('file') ?? '')).toBe(visible(f.file));
      expect(unescape(match?.[3] ?? '').split('\n')[0]).toBe(visible(render(f.message, lang)));
    });
    expect(out, 'no raw ESC or bidi override').not.toMatch(rawControls);
    expect(out).not.toMatch(bidi);
  },

  csv: (out, input) => {
    expect(out.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(out.slice(1));
    expect(rows).toHaveLength(1 + (input.analysis?.overlap.overlaps.length ?? 0));
    for (const row of rows) {
      expect(row).toHaveLength(rows[0]?.length ?? 0);
      for (const cell of row)
        expect(cell, `a cell a spreadsheet would run: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    if (input.analysis) {
      // The formula title is there, whole, behind the quote that makes it text.
      expect(rows[1]).toContain(`'${hostile.formula}`);
    }
    expect(out.replace(/\r\n/g, '')).not.toMatch(rawControls);
  },

  html: (out, input, lang) => {
    expect(out, 'no raw control character or bidi override').not.toMatch(rawControls);
    expect(out).not.toMatch(bidi);
    const { document } = new Window().window;
    document.write(out);
    // One script, the report's own, whose hash the page's policy names.
    expect([...document.querySelectorAll('script')].map((s) => s.textContent)).toEqual([
      htmlScript,
    ]);
    const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(policy?.getAttribute('content')).toBe(contentSecurityPolicy());
    expect(document.querySelectorAll('img, iframe, object, embed, link, base, form')).toHaveLength(
      0,
    );
    for (const svg of document.querySelectorAll('svg'))
      expect(svg.getAttribute('class'), 'only the report draws').toBe('track');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames())
        expect(attribute, `no event handler on <${element.tagName}>`).not.toMatch(/^on/i);
      const href = element.getAttribute('href');
      if (href !== null) expect(href, 'links stay in the page').toMatch(/^#\w+$/);
    }
    // The hostile messages and titles are there, as text.
    const text = document.body.textContent ?? '';
    for (const f of input.findings)
      expect(text).toContain(visibleLines(render(f.message, lang).replace(/\r\n?/g, '\n')));
    if (input.analysis)
      for (const title of [hostile.formula, hostile.img]) expect(text).toContain(title);
  },

  markdown: (out) => {
    const prose = withoutCode(out);
    expect(prose, 'no raw HTML').not.toMatch(/<(script|img|iframe|svg)\b/i);
    expect(prose, 'no live @mention').not.toMatch(/(^|[^\w`\\])@[A-Za-z0-9]/);
    expect(prose, 'no live javascript: link').not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
    expect(prose, 'no raw ESC, CR or bidi override').not.toMatch(rawControls);
    expect(prose).not.toMatch(bidi);
    // In each table, every row has as many unescaped pipes as its header row.
    for (const table of tables(out)) {
      const pipes = (row: string) =>
        row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      const header = table[0] ?? '';
      for (const row of table) expect(pipes(row), `a table row: ${row}`).toBe(pipes(header));
    }
  },
};

/** What each binary document format must guarantee, read back from its bytes. */
type DocumentCheck = (bytes: Uint8Array, input: ReportInput, lang: Lang) => Promise<void>;

const documentChecks: Record<string, DocumentCheck> = {
  docx: async (bytes, input, lang) => {
    const file = await readDocx(bytes);
    // Every part is well-formed XML 1.0 (saxes refuses a raw control character).
    for (const [path, xml] of file.parts)
      if (/\.(xml|rels)$/.test(path)) expect(() => parseXml(xml), path).not.toThrow();
    const text = textOf(file.document);
    expect(text, 'no raw control character').not.toMatch(rawControls);
    expect(text, 'no bidi override').not.toMatch(bidi);
    // Markup stays text: no element, field or link comes from the data.
    for (const name of ['script', 'img', 'w:instrText', 'w:fldSimple', 'w:hyperlink'])
      expect(find(file.document, name), name).toEqual([]);
    // The text is exact, with controls and bidi marks shown as escapes.
    for (const f of input.findings.slice(0, 10)) {
      expect(text).toContain(visible(render(f.message, lang)));
      expect(text).toContain(visible(placeText(f)));
    }
    if (input.analysis)
      for (const row of planRows(input.analysis))
        expect(text).toContain(visible(render(row.what, lang)));
  },
};

/** The runner's reading of a workflow command's escapes. */
function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

/** Markdown without fenced blocks and code spans, where nothing renders. */
function withoutCode(markdown: string): string {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/(`+)[\s\S]*?\1/g, '');
}

/** The pipe tables of a markdown text: runs of lines that start with `|`. */
function tables(markdown: string): string[][] {
  const found: string[][] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      found.push(current);
      current = [];
    }
  }
  if (current.length > 0) found.push(current);
  return found;
}

const registry: Readonly<Record<string, Reporter>> = reporters;

describe('hostile text through every reporter', () => {
  it('has assertions for every registered reporter, and none for a reporter that is not', () => {
    expect([...Object.keys(checks), ...Object.keys(documentChecks)].sort()).toEqual(
      [...reporterNames].sort(),
    );
  });

  for (const name of Object.keys(reporters)) {
    const reporter = registry[name];
    it(`${name} keeps hostile text as text`, () => {
      const check = checks[name];
      if (!reporter || !check) throw new Error(`no reporter or no check for ${name}`);
      for (const input of [hostileInput(), hostileInvalidInput()])
        for (const lang of langs) {
          const out = joinReport(reporter(input, { lang, style: plain, width: 80 }));
          check(out, input, lang);
          expect(joinReport(reporter(input, { lang, style: plain, width: 80 }))).toBe(out);
        }
    });
  }

  for (const [name, reporter] of Object.entries(documentReporters)) {
    it(`${name} keeps hostile text as text`, async () => {
      const check = documentChecks[name];
      if (!check) throw new Error(`no check for ${name}`);
      for (const input of [hostileInput(), hostileInvalidInput()])
        for (const lang of langs) {
          const bytes = await reporter(input, { lang, style: plain, width: 80 });
          await check(bytes, input, lang);
          const again = await reporter(input, { lang, style: plain, width: 80 });
          expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
        }
    });
  }

  it('rejects a naive Word document', async () => {
    const naive = async (body: string) => {
      const zip = new JSZip();
      zip.file(
        'word/document.xml',
        `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`,
      );
      zip.file('word/styles.xml', '<w:styles xmlns:w="w"/>');
      return zip.generateAsync({ type: 'uint8array' });
    };
    const input = hostileInvalidInput();
    for (const body of [
      `<w:p><w:r><w:t>${hostile.esc}</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>${hostile.bidi}</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>${hostile.script}</w:t></w:r></w:p>`,
    ])
      await expect(documentChecks.docx?.(await naive(body), input, 'vi')).rejects.toThrow();
  });

  // The checks must be able to fail: each rejects the naive output of its format.
  it('rejects what a naive reporter would write', () => {
    const input = hostileInvalidInput();
    const naive: Record<string, string> = {
      console: `${hostile.esc}\n`,
      github: `::error file=a,b::${hostile.lines}\ncurriculum-dedup: 1\n`,
      csv: `\uFEFFa\r\n${hostile.formula}\r\n`,
      markdown: `| a |\n|---|\n| ${hostile.pipe} |\n${hostile.script} ${hostile.mention}\n`,
      html: `<!doctype html><html><body><p>${hostile.img}</p><script>${htmlScript}</script></body></html>`,
      sarif: JSON.stringify({ runs: [{ results: [] }] }),
      json: JSON.stringify({ findings: [] }),
    };
    for (const [name, out] of Object.entries(naive))
      expect(() => checks[name]?.(out, input, 'vi'), name).toThrow();
  });
});
