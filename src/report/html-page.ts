import { createHash } from 'node:crypto';

/**
 * The HTML report's style. Fonts: the first a reader's system has of a list of faces that
 * carry every Vietnamese letter (stacked diacritics included), never a web font: the page
 * makes no request. Arial comes late: on Linux it names Liberation Sans, which lacks some
 * stacked letters ("ặ", "ỡ"), so that a title would mix two faces. Print: A4, the controls hidden, what the filters show, rows kept whole.
 */
export const htmlStyle = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0b5cad;
  --gap: #b42318; --mark: #fff1a8; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5; font-size: 15px;
  font-family: "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial,
    sans-serif; }
header, main, .controls-inner { max-width: 1180px; margin: 0 auto; padding: 0 16px; }
header { padding-top: 20px; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0 0 6px; }
h2 { font-size: 1.3rem; line-height: 1.35; margin: 32px 0 8px; padding-top: 8px;
  border-top: 2px solid var(--line); }
h3 { font-size: 1.08rem; margin: 20px 0 6px; }
p { margin: 6px 0 10px; }
.muted { color: var(--muted); }
.framework { color: var(--muted); margin: 0 0 8px; }
nav.toc ol { margin: 4px 0 0; padding-left: 20px; columns: 2 280px; }
.controls { position: sticky; top: 0; z-index: 2; background: #ffffffee;
  border-bottom: 1px solid var(--line); padding: 8px 0; }
.controls-inner { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; }
.controls label { display: flex; flex-direction: column; font-size: 0.8rem; color: var(--muted);
  gap: 2px; min-width: 0; }
.controls input, .controls select { font: inherit; font-size: 0.95rem; padding: 5px 8px;
  border: 1px solid var(--line); border-radius: 6px; background: #fff; color: var(--ink);
  max-width: 100%; }
.controls .search { flex: 1 1 260px; }
.controls select { width: 16em; }
.controls .applies { flex-basis: 100%; margin: 0; font-size: 0.8rem; color: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 5px 8px; vertical-align: top; text-align: left; }
th { background: var(--soft); font-weight: 600; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
table.plan td:nth-child(3) { min-width: 18em; }
table.plan td:nth-child(4), table.plan td:nth-child(8) { min-width: 11em; }
.summary td:first-child { min-width: 16em; }
.total { font-weight: 600; }
.heat td.n { text-align: center; min-width: 2.6em; }
.heat th.row { font-weight: normal; min-width: 14em; max-width: 24em; }
.heat td.self { outline: 2px solid #8c959f; outline-offset: -2px; }
svg.track { display: block; max-width: 100%; height: auto; }
svg.track text { font-family: inherit; font-size: 12.5px; fill: #1f2328; }
svg.track .head { font-weight: 600; }
svg.track .warn { fill: var(--gap); }
svg.track .level { fill: #eef4fb; stroke: var(--accent); }
svg.track .gap { fill: #fff5f4; stroke: var(--gap); stroke-dasharray: 6 4; }
svg.track .programme { fill: #fff; stroke: #8c959f; }
svg.track .more, svg.track .copies { fill: var(--soft); stroke: var(--line); }
svg.track .edge { fill: none; stroke: #8c959f; stroke-width: 1.3; }
svg.track .link { fill: none; stroke: var(--muted); stroke-width: 1.6; }
.pathway { margin: 10px 0 16px; }
.chain { display: flex; flex-wrap: wrap; align-items: stretch; gap: 6px; margin: 4px 0; }
.chip { border: 1px solid #8c959f; border-radius: 8px; padding: 4px 10px; background: #fff;
  max-width: 22em; }
.chip small { display: block; color: var(--muted); }
.chip .repeat { color: var(--gap); font-weight: 600; }
.plus { align-self: center; color: var(--muted); }
article.pair { border: 1px solid var(--line); border-radius: 8px; margin: 12px 0; padding: 8px 12px;
  break-inside: avoid; content-visibility: auto; contain-intrinsic-size: auto 420px; }
article.pair > p { margin: 2px 0 8px; color: var(--muted); font-size: 0.9rem; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.side { background: var(--soft); border-radius: 6px; padding: 8px 10px; min-width: 0;
  overflow-wrap: anywhere; }
.side h4 { margin: 0 0 4px; font-size: 1.05em; }
.side dl { margin: 0 0 6px; font-size: 0.85rem; color: var(--muted); }
.side dt { display: inline; }
.side dt::after { content: ": "; }
.side dd { display: inline; margin: 0; }
.side dd::after { content: ""; display: block; }
.side ul { margin: 4px 0 0; padding-left: 18px; }
mark { background: var(--mark); color: inherit; padding: 0 1px; border-radius: 2px; }
.shared { font-size: 0.88rem; margin: 8px 0 0; }
ul.findings { padding-left: 18px; }
ul.findings li { margin: 3px 0; }
.place { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
.nothing { color: var(--muted); font-style: italic; }
[hidden] { display: none !important; }
@media screen and (max-width: 700px) {
  body { font-size: 14px; }
  .sides { grid-template-columns: 1fr; }
  .controls { position: static; }
  .controls select { width: 100%; }
  .controls label { flex: 1 1 100%; }
  table.cards thead { display: none; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; }
  table.cards tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 10px;
    padding: 6px 10px; }
  table.cards td { border: none; padding: 2px 0; text-align: left; white-space: normal; }
  table.cards td:empty { display: none; }
  table.cards td::before { content: attr(data-label) ": "; color: var(--muted); }
  table.plan td:nth-child(3) { min-width: 0; }
}
@page { size: A4; margin: 16mm 14mm; }
/* The heat map is as wide as the programmes it compares: it prints on a landscape page. */
@page wide { size: A4 landscape; margin: 14mm; }
@media print {
  body { font-size: 10pt; }
  article.pair, ul.findings { font-size: 9pt; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13.5pt; margin-top: 18pt; }
  h3 { font-size: 11.5pt; }
  .controls, nav.toc { display: none; }
  header, main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .chip, .pathway { break-inside: avoid; }
  /* A page does not scroll: every table fits its width, its long words broken. */
  .scroll { overflow: visible; }
  table { width: 100%; font-size: 9pt; }
  table.plan td, table.drift td { min-width: 0 !important; overflow-wrap: anywhere; }
  svg.track { max-width: 100%; height: auto; }
  #heatmap { page: wide; }
  .heat { width: auto; font-size: 7.5pt; }
  .heat td.n { min-width: 0; padding: 3px; }
  .heat th.row { min-width: 0; max-width: 16em; }
  .heat td { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  mark { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * The search and filters. Search finds the words typed as one phrase, accent-free ("thoi ky qua
 * do" finds "thời kỳ quá độ" and "thời kì quá độ"): text and query are folded alike (each word
 * matched anywhere found overlaps that share none of the phrase). An item carries its
 * programmes, providers and rules as lists (html-context.ts); a section or group says
 * "nothing matches" when all its items are hidden.
 * Without scripts the controls stay hidden and everything shows.
 */
export const htmlScript = `(function () {
  var fold = function (s) {
    return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').replace(/[\\u0111\\u0110]/g, 'd')
      .toLowerCase().replace(/y/g, 'i');
  };
  var get = function (id) { return document.getElementById(id); };
  var q = get('q'), rule = get('f-rule'), prog = get('f-programme'), prov = get('f-provider');
  var items = Array.prototype.map.call(document.querySelectorAll('[data-f]'), function (el) {
    return { el: el, text: fold(el.textContent || '').replace(/\\s+/g, ' ') };
  });
  var has = function (list, value) { return !value || (list || '').indexOf(' ' + value + ' ') >= 0; };
  var apply = function () {
    var phrase = fold(q.value).replace(/\\s+/g, ' ').trim();
    items.forEach(function (item) {
      var d = item.el.dataset;
      var ruled = d.rule === undefined || has(d.rule, rule.value);
      item.el.hidden = !(ruled && has(d.p, prog.value) && has(d.v, prov.value) &&
        item.text.indexOf(phrase) >= 0);
    });
    document.querySelectorAll('[data-group]').forEach(function (group) {
      var note = group.querySelector('.nothing');
      if (note) note.hidden = group.querySelector('[data-f]:not([hidden])') !== null;
    });
  };
  [q, rule, prog, prov].forEach(function (control) {
    if (control) control.addEventListener('input', apply);
  });
  get('controls').hidden = false;
})();`;

/**
 * The page's policy: nothing may be fetched (default-src 'none'), no form sent, and only this
 * script run, named by its hash. A title that slipped past the escaping could still not load
 * an image, a font or a script, nor send a byte anywhere.
 */
export function contentSecurityPolicy(): string {
  const hash = createHash('sha256').update(htmlScript, 'utf8').digest('base64');
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'sha256-${hash}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
