/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { message, render } from '../../src/messages/catalogue.js';
import { htmlReporter } from '../../src/report/html.js';
import { joinReport } from '../../src/report/report-input.js';
import { plain } from '../../src/report/style.js';
import { chromiumPath } from '../helpers/browser.js';
import { projectRoot, runCli } from '../helpers/cli.js';
import { removeAfterTestFile } from '../helpers/temp-dirs.js';
import { hostile, hostileInput } from '../report/hostile-fixture.js';

/**
 * The HTML report in a real browser (issue 20, item 3): Debian's Chromium, driven by
 * puppeteer-core, opens the page the CLI wrote for examples/vn-cadre from a file, offline.
 * Nothing may be requested but the page; the sections come in order; the fonts carry every
 * Vietnamese letter; search and filters work; the page fits a phone; it prints to A4.
 * Screenshots at 1280 and 390 px go to HTML_SCREENSHOTS when set, to look at.
 *
 * One page serves every check (a page load and Chromium's start are most of the time), and
 * the page is read with `evaluate`: puppeteer's `$$eval` makes a handle an element, seconds
 * for the report's two thousand highlights.
 */
const browserPath = chromiumPath();

/** A page at `width` px, with every request, dialog and error it makes recorded. */
async function open(browser: Browser, file: string, width: number) {
  const page = await browser.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`error: ${String(e)}`));
  page.on('console', (m) => problems.push(`console: ${m.text()}`));
  await page.setViewport({ width, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, problems };
}

/** The text of each element `selector` finds that the filters leave shown. */
const shownTexts = (page: Page, selector: string) =>
  page.evaluate(
    (s) =>
      [...document.querySelectorAll<HTMLElement>(s)]
        .filter((el) => !el.hidden)
        .map((el) => el.textContent ?? ''),
    selector,
  );

/** Types `text` in the search box, as a reader would, at once. */
const search = (page: Page, text: string) =>
  page.evaluate((value) => {
    const box = document.querySelector<HTMLInputElement>('#q');
    if (!box) throw new Error('no search box');
    box.value = value;
    box.dispatchEvent(new Event('input'));
  }, text);

/** Chooses the option of a filter whose label holds `label` ('' for all). */
const choose = (page: Page, id: string, label: string) =>
  page.evaluate(
    (selectId, wanted) => {
      const select = document.querySelector<HTMLSelectElement>(`#${selectId}`);
      const option = [...(select?.options ?? [])].find((o) =>
        wanted === '' ? o.value === '' : (o.textContent ?? '').includes(wanted),
      );
      if (!select || !option) throw new Error(`no option ${wanted} in #${selectId}`);
      select.value = option.value;
      select.dispatchEvent(new Event('input'));
    },
    id,
    label,
  );

describe.skipIf(browserPath === undefined)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let reportFile: string;
  let opened: Awaited<ReturnType<typeof open>>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cd-html-'));
    removeAfterTestFile(dir);
    reportFile = join(dir, 'bao-cao.html');
    const run = await runCli(['analyze', 'examples/vn-cadre', '-o', reportFile], {
      cwd: projectRoot,
    });
    expect(run.stderr).toBe('');
    browser = await puppeteer.launch({
      executablePath: browserPath ?? '',
      // CI runs as root, where Chromium's sandbox cannot start.
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    opened = await open(browser, reportFile, 1280);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline: no request leaves the page, no error, the controls shown', async () => {
    const { page, requests, problems } = opened;
    expect(requests).toEqual([pathToFileURL(reportFile).href]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => document.getElementById('controls')?.hidden)).toBe(false);
  });

  it('shows the plan first, then the heat map, the hierarchy, the overlaps, the findings', async () => {
    const { page } = opened;
    const read = await page.evaluate(() => {
      const count = (s: string) => document.querySelectorAll(s).length;
      const sides = [...document.querySelectorAll('#overlaps article:first-of-type .side')];
      return {
        order: [...document.querySelectorAll('main > section')].map((el) => el.id),
        plan: document.getElementById('plan')?.innerText ?? '',
        planRows: count('#plan tbody tr'),
        drawings: count('#hierarchy svg.track'),
        gaps: count('#hierarchy svg rect.gap'),
        shaded: count('#heatmap td[style]'),
        sides: sides.length,
        marked: sides.map((s) => s.querySelectorAll('mark').length),
        tops: sides.map((s) => s.getBoundingClientRect().top),
      };
    });
    expect(read.order).toEqual([
      'plan',
      'summary',
      'heatmap',
      'hierarchy',
      'overlaps',
      'findings',
      'drift',
    ]);
    // The plan's heading from the catalogue, its total as a Vietnamese reader writes it.
    expect(read.plan).toContain(render(message('plan.heading'), 'vi'));
    expect(read.plan).toMatch(/20\.925 giờ/);
    expect(read.planRows).toBe(37);
    // A drawing a track; the gap of vn-cadre (no programme of cấp xã) framed in red.
    expect(read.drawings).toBe(3);
    expect(read.gaps).toBe(1);
    expect(read.shaded).toBeGreaterThan(10);
    // Two modules side by side, on one line, shared phrases marked in both.
    expect(read.sides).toBe(2);
    expect(read.marked.every((n) => n > 0)).toBe(true);
    expect(read.tops[0]).toBe(read.tops[1]);
  });

  it('marks a shared phrase in a copy spelled otherwise ("lí luận" for "lý luận")', async () => {
    const marks = await shownTexts(opened.page, '#overlaps mark');
    expect(marks).toContain('lí luận nhận thức và thực tiễn');
    expect(marks).toContain('lý luận nhận thức và thực tiễn');
  });

  it('sets Vietnamese in one font that carries every letter, stacked diacritics too', async () => {
    const { page } = opened;
    const client = await page.createCDPSession();
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    for (const selector of ['h1', '#plan td:nth-child(3)', '#overlaps .side h4']) {
      // Overlaps are laid out when near the screen (content-visibility): bring one there.
      await page.evaluate((s) => document.querySelector(s)?.scrollIntoView(), selector);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.length, `${selector}: ${JSON.stringify(fonts)}`).toBe(1);
    }
    await client.detach();
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('searches without accents, and filters by provider and rule', async () => {
    const { page } = opened;
    const all = (await shownTexts(page, '#overlaps article')).length;
    await search(page, 'thoi ki qua  do');
    const found = await shownTexts(page, '#overlaps article');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(all);
    for (const text of found) expect(text.toLowerCase()).toMatch(/thời k[ỳì] quá độ/);
    // Nothing matches: each section says so.
    await search(page, 'thoi ki qua do khong co');
    expect(await shownTexts(page, '[data-f]')).toEqual([]);
    expect(await shownTexts(page, '#overlaps .nothing')).toHaveLength(1);
    await search(page, '');
    expect(await shownTexts(page, '#overlaps article')).toHaveLength(all);

    await choose(page, 'f-provider', 'Nghệ An');
    const rows = await shownTexts(page, '#plan tbody tr');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(37);
    for (const row of rows) expect(row).toContain('Nghệ An');
    await choose(page, 'f-provider', '');

    await choose(page, 'f-rule', render(message('rule.cross-level-repeat.title'), 'vi'));
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#findings li[data-f]')]
        .filter((el) => !el.hidden)
        .map((el) => el.dataset.rule),
    );
    expect(rules).toHaveLength(10);
    expect(new Set(rules)).toEqual(new Set([' cross-level-repeat ']));
    await choose(page, 'f-rule', '');
    expect(await shownTexts(page, '#plan tbody tr')).toHaveLength(37);
  });

  it('fits a desktop and a phone, and keeps screenshots of both', async () => {
    const { page } = opened;
    const shots = process.env.HTML_SCREENSHOTS ?? join(dir, 'shots');
    await mkdir(shots, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewport({ width, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      // Wide tables scroll in their frame; the page itself never scrolls sideways.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth, `page width at ${width} px`).toBeLessThanOrEqual(width);
      const top = join(shots, `vn-cadre-${width}-top.png`);
      await page.screenshot({ path: top });
      // PNG header: the width is the 4 bytes at offset 16.
      expect((await readFile(top)).readUInt32BE(16)).toBe(width);
      for (const [name, selector] of [
        ['overlap', '#overlaps article'],
        ['hierarchy', '#hierarchy .scroll'],
        ['heatmap', '#heatmap table'],
      ] as const) {
        const element = await page.$(selector);
        expect(element, selector).not.toBeNull();
        await element?.screenshot({ path: join(shots, `vn-cadre-${width}-${name}.png`) });
      }
    }
    await page.setViewport({ width: 1280, height: 900 });
  });

  it('prints to A4, without the controls', async () => {
    const { page } = opened;
    await page.emulateMediaType('print');
    const controls = await page.evaluate(() => {
      const el = document.getElementById('controls');
      return el ? getComputedStyle(el).display : 'missing';
    });
    expect(controls).toBe('none');
    // Nothing sticks out of an A4 page (182 mm between the margins, 688 px); the heat map
    // prints on a landscape page (269 mm, 1,017 px).
    await page.setViewport({ width: 688, height: 1000 });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main > section')].flatMap((section) => {
        const limit = section.id === 'heatmap' ? 1017 : section.clientWidth;
        return section.scrollWidth > limit ? [`${section.id}: ${section.scrollWidth}`] : [];
      }),
    );
    await page.setViewport({ width: 1280, height: 900 });
    expect(wide).toEqual([]);
    // The first pages: rendering all fifty took three seconds and proves nothing more.
    const pdf = Buffer.from(
      await page.pdf({ preferCSSPageSize: true, printBackground: true, pageRanges: '1-4' }),
    );
    await page.emulateMediaType('screen');
    const boxes = [
      ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g),
    ];
    expect(boxes).toHaveLength(4);
    for (const [, w, h] of boxes) {
      // A4 is 595.28 × 841.89 points.
      expect(Math.abs(Number(w) - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(Number(h) - 841.89)).toBeLessThan(1.5);
    }
  });

  it('keeps hostile titles as text: no request, no dialog, no script but its own', async () => {
    const file = join(dir, 'hostile.html');
    const input = hostileInput();
    await writeFile(file, joinReport(htmlReporter(input, { lang: 'vi', style: plain, width: 80 })));
    const { page, requests, problems } = await open(browser, file, 1280);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    const read = await page.evaluate(() => ({
      scripts: document.scripts.length,
      text: document.body.textContent ?? '',
    }));
    expect(read.scripts).toBe(1);
    expect(read.text).toContain(hostile.img);
    expect(read.text).toContain(hostile.script);
    await page.close();
  });
});
