// A synthetic curriculum repository for the speed benchmark (bench/run.ts).
//
//   npx tsx bench/generate.ts --modules 10000 --out DIR [--seed 1] [--layout files|one-file]
//                             [--vocabulary 900]
//
// Writes DIR/framework.yaml, the programmes under DIR/programmes/ and DIR/planted.json, the
// ground truth: every planted near-duplicate pair as module refs. Layout `files` (default):
// one file per programme of 50 modules, p00001.yaml … . Layout `one-file`: the same modules
// in one programme, programmes/all.yaml, with ids p00001-m001 … . The same options give
// byte-identical files (a seeded PRNG; no clock, no locale).
//
// Text is Vietnamese-like: real syllables (onset × rhyme × tone, spelled by Vietnamese
// orthography), drawn with Zipf frequencies. About 10% of modules are planted near-duplicates
// of an earlier module of another programme: the same content with 10–20% of its syllables
// replaced, written with spelling variants the format (docs/format.md §6.3) says are the same text: NFD in
// some fields, the other tone placement (hoà for hòa), i for y (lí for lý), an upper-cased title.
// With a narrow vocabulary (--vocabulary below 900, e.g. 90 syllables, as political-theory
// texts reuse few words) unrelated modules share many words, and a planted copy keeps its title
// and all but one or two syllables of its topics and description, or drops one topic.

import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Random, makeRandom } from './random.js';

export type Layout = 'files' | 'one-file';
export const layouts: readonly Layout[] = ['files', 'one-file'];
export type Variant = 'nfd' | 'tone-placement' | 'i-for-y' | 'upper-title';
/** How a narrow-vocabulary copy was edited: 1–2 syllables replaced, or one topic dropped. */
export type Edit = 'replace' | 'drop-topic';

/** The default vocabulary: syllables drawn from (the output of earlier versions). */
export const defaultVocabulary = 900;

/** A planted near-duplicate: module refs `a` before `b` in code-unit order, as in the JSON report. */
export interface PlantedPair {
  readonly a: string;
  readonly b: string;
  /** Which of the two is the copy; how many of its syllables were replaced; its variants. */
  readonly copy: string;
  readonly replaced: number;
  readonly syllables: number;
  readonly variants: readonly Variant[];
  /** With a narrow vocabulary only: how the copy was edited. */
  readonly edit?: Edit;
}

/** What planted.json holds (bytes: of all YAML files). */
export interface Planted {
  readonly seed: number;
  readonly layout: Layout;
  readonly modules: number;
  readonly files: number;
  readonly bytes: number;
  /** Only when not the default 900. */
  readonly vocabulary?: number;
  readonly pairs: readonly PlantedPair[];
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables: onset × rhyme × tone

/** Tone marks as combining characters: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** C, G and NG are spelled k/gh/ngh before e, ê, i, y and c/g/ng elsewhere. */
const onsets = ['', ...'b C ch d đ G gi h kh l m n NG nh ph qu r s t th tr v x'.split(' ')];
const plainRhymes = (
  'a ai ao au ay am an ang anh ac at ach ap ăm ăn ăng ăc ăt âm ân âng âu ây âc ât âp ' +
  'e em en eo ec et ep ê êm ên ênh êu êch êt i ia im in inh iu ich it iêm iên iêng iêu iêt iêc ' +
  'o oi om on ong oc ot op ô ôi ôm ôn ông ôc ôt ơ ơi ơm ơn ơt u ua ui um un ung uc ut ' +
  'uôi uôn uông uôc uôt ư ưa ưi ưng ưc ưt ươi ươn ương ươc ươt ươu ưu'
).split(' ');
/** Rhymes with the rounding medial o/u (hoa, khoẻ, thuỷ, tuyến, xuân). */
const roundedRhymes =
  'oa oai oay oan oang oanh oac oat oach oăn oăt oe oen oet uy uyên uyêt uynh uân uât uê'.split(
    ' ',
  );
const roundedOnsets = new Set(['', 'h', 'kh', 'l', 't', 'th', 'x', 'ch', 'NG', 's', 'đ', 'd', 'n']);
/** After qu the medial is in the onset: qua, quê, quý, quyền, quân. */
const quRhymes = 'a ai ay an ang anh at ac ăn ăng ăt ân ât ây e en et ê y yên yêt ynh'.split(' ');
/** Onsets written with a sole y rather than i (lý, kỹ, mỹ, sỹ, tỷ, hy); the i spelling is the variant. */
const yOnsets = new Set(['C', 'l', 'm', 's', 't', 'h']);
/** Syllables put among the frequent ones, so that every spelling variant shows. */
const featured =
  'lý hòa kỹ thủy quý khỏe hóa mỹ tùy họa sỹ khóa lũy tỷ xóa thụy hỏa tòa hy lòe quỹ thỏa khỏa duy';

/** A syllable as written canonically, and in the variant spelling it has, if any. */
interface Syllable {
  readonly text: string;
  /** The tone on the other vowel of oa, oe, uy with no final (hoà, khoẻ, thuỷ). */
  readonly altTone?: string;
  /** i for a sole y (lí, kĩ, quí). */
  readonly iForY?: string;
}

function tonePlacement(rhyme: string): { at: number; alt?: number } {
  const chars = [...rhyme];
  const hat = chars.findLastIndex((c) => 'ăâêôơư'.includes(c));
  if (hat >= 0) return { at: hat }; // ươ → ơ, iê → ê, uô → ô, ưu → ư…
  let end = chars.length;
  while (end > 0 && 'cghmnpt'.includes(chars[end - 1]!)) end--;
  if (end < chars.length) return { at: end - 1 }; // oán, oành, uỳnh
  if (end === 3) return { at: 1 }; // ngoài, xoáy
  if (['oa', 'oe', 'uy'].includes(rhyme)) return { at: 0, alt: 1 };
  return { at: 0 }; // mái, mía, túi, single vowels
}

/** Onset + rhyme with the tone mark on the rhyme's `at`-th letter. */
function spell(onset: string, rhyme: string, at: number, tone: number): string {
  const chars = [...rhyme];
  if (tone > 0) chars[at] = (chars[at]! + toneMarks[tone]!).normalize('NFC');
  return onset + chars.join('');
}

function allSyllables(): Syllable[] {
  const out: Syllable[] = [];
  const add = (onset: string, rhyme: string) => {
    const front = /^[eêiy]/.test(rhyme);
    const spelt = { C: front ? 'k' : 'c', G: front ? 'gh' : 'g', NG: front ? 'ngh' : 'ng' };
    const written = spelt[onset as keyof typeof spelt] ?? onset;
    const { at, alt } = tonePlacement(rhyme);
    // Syllables closed by a stop (-c, -ch, -p, -t) take only sắc or nặng.
    for (const tone of /(c|ch|p|t)$/.test(rhyme) ? [2, 5] : [0, 1, 2, 3, 4, 5])
      out.push({
        text: spell(written, rhyme, at, tone),
        ...(tone > 0 && alt !== undefined ? { altTone: spell(written, rhyme, alt, tone) } : {}),
        ...(rhyme === 'y' && onset !== '' ? { iForY: spell(written, 'i', 0, tone) } : {}),
      });
  };
  for (const onset of onsets) {
    if (onset === 'qu') {
      for (const rhyme of quRhymes) add(onset, rhyme);
      continue;
    }
    for (const rhyme of plainRhymes) {
      if (onset === '' && (rhyme.startsWith('iê') || rhyme === 'i' || rhyme === 'ia')) continue;
      if (onset === 'gi' && rhyme.startsWith('i')) continue;
      if (rhyme === 'i' && yOnsets.has(onset)) continue; // written with y: see below
      add(onset, rhyme);
    }
    if (roundedOnsets.has(onset)) for (const rhyme of roundedRhymes) add(onset, rhyme);
    if (yOnsets.has(onset) || onset === '') add(onset, 'y');
  }
  out.push({ text: 'yên' }, { text: spell('', 'yên', 1, 2) });
  return out;
}

interface Spelling {
  readonly altTone: boolean;
  readonly iForY: boolean;
}
const canonical: Spelling = { altTone: false, iForY: false };

const render = (s: Syllable, spelling: Spelling) =>
  (spelling.altTone && s.altTone) || (spelling.iForY && s.iForY) || s.text;

interface Inventory {
  /** By frequency rank. */
  readonly syllables: readonly Syllable[];
  /** Cumulative Zipf weights, by rank. */
  readonly cumulative: Float64Array;
}

function buildInventory(random: Random, size: number): Inventory {
  const every = allSyllables();
  const byText = new Map(every.map((s) => [s.text, s]));
  const special = featured.split(' ').map((text) => byText.get(text.normalize('NFC'))!);
  const rest = random.shuffle(every.filter((s) => !special.includes(s)));
  // Featured syllables at every 7th rank from rank 4, the others in random order.
  const ranked: Syllable[] = [];
  let f = 0;
  let r = 0;
  while (ranked.length < size) {
    if (ranked.length >= 3 && (ranked.length - 3) % 7 === 0 && f < special.length)
      ranked.push(special[f++]!);
    else ranked.push(rest[r++]!);
  }
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let k = 0; k < size; k++) cumulative[k] = sum += 1 / (k + 2.7); // Zipf–Mandelbrot, s = 1, q = 2.7
  for (let k = 0; k < size; k++) cumulative[k]! /= sum;
  return { syllables: ranked, cumulative };
}

function drawSyllable(random: Random, inv: Inventory): number {
  const x = random.next();
  let lo = 0;
  let hi = inv.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inv.cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Module texts: tokens are syllable ranks, or ',' and '.'

type Token = number | ',' | '.';

interface ModuleText {
  title: Token[];
  topics: Token[][];
  description: Token[] | undefined;
}

/** How a module's text is written: the canonical spelling, or a copy's variants. */
interface Look extends Spelling {
  readonly nfd: ReadonlySet<keyof ModuleText>;
  readonly upperTitle: boolean;
}
const plain: Look = { ...canonical, nfd: new Set(), upperTitle: false };

function words(random: Random, inv: Inventory, count: number): Token[] {
  return Array.from({ length: count }, () => drawSyllable(random, inv));
}

function newText(random: Random, inv: Inventory): ModuleText {
  const title = words(random, inv, random.int(4, 10));
  const topics = Array.from({ length: random.int(3, 6) }, () =>
    words(random, inv, random.int(2, 6)),
  );
  let description: Token[] | undefined;
  if (random.chance(0.5)) {
    description = [];
    let left = random.int(20, 40);
    while (left > 0) {
      const n = Math.min(left, random.int(6, 12));
      description.push(...words(random, inv, n));
      left -= n;
      description.push(left > 0 ? ',' : '.');
    }
  }
  return { title, topics, description };
}

/**
 * The same content with `share` of its syllables replaced by other draws; or, with `light`,
 * the title kept and 1–2 syllables of the topics and description replaced, or one topic
 * dropped (half each, when there are three topics or more).
 */
function mutate(random: Random, inv: Inventory, text: ModuleText, share: number, light = false) {
  const copy: ModuleText = {
    title: [...text.title],
    topics: text.topics.map((t) => [...t]),
    description: text.description && [...text.description],
  };
  const slots: Array<[Token[], number]> = [];
  const fields = [...copy.topics, ...(copy.description ? [copy.description] : [])];
  for (const field of light ? fields : [copy.title, ...fields])
    field.forEach((t, i) => {
      if (typeof t === 'number') slots.push([field, i]);
    });
  const syllables = slots.length + (light ? copy.title.length : 0);
  if (light && copy.topics.length >= 3 && random.chance(0.5)) {
    copy.topics.splice(random.int(0, copy.topics.length - 1), 1);
    const edit: Edit = 'drop-topic';
    return { text: copy, replaced: 0, syllables, edit };
  }
  const replaced = light ? random.int(1, 2) : Math.max(1, Math.round(share * slots.length));
  for (const [field, i] of random.shuffle(slots).slice(0, replaced)) {
    let s = drawSyllable(random, inv);
    while (s === field[i]) s = drawSyllable(random, inv);
    field[i] = s;
  }
  const edit: Edit | undefined = light ? 'replace' : undefined;
  return { text: copy, replaced, syllables, edit };
}

function textOf(tokens: readonly Token[], inv: Inventory, spelling: Spelling): string {
  let out = '';
  for (const t of tokens) {
    if (typeof t === 'number') out += (out === '' ? '' : ' ') + render(inv.syllables[t]!, spelling);
    else out += t;
  }
  return out;
}

/** Whether this spelling writes the text differently from the canonical one. */
function spells(text: ModuleText, inv: Inventory, spelling: Spelling): boolean {
  return [text.title, ...text.topics, text.description ?? []].some(
    (tokens) => textOf(tokens, inv, spelling) !== textOf(tokens, inv, canonical),
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------
// YAML

/** A plain scalar when that is safe for this text, else a double-quoted (JSON) string. */
const scalar = (text: string) =>
  /^\p{L}[\p{L}\p{M}\p{N} ,.-]*[^ ]$/u.test(text) ? text : JSON.stringify(text);

/** A folded block scalar (`>-`), lines filled up to 76 characters. */
function folded(text: string, indent: string): string {
  const lines = text.match(/\S.{0,75}(?= |$)/g) ?? [];
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

const frameworkYaml = `kind: framework
id: synthetic-bench
title: "Khung đào tạo, bồi dưỡng tổng hợp (dữ liệu giả lập để đo hiệu năng)"
language: vi
periodMinutes: 45
tracks:
  - id: llct
    title: Lý luận chính trị
    levels:
      - { id: so-cap, title: Sơ cấp }
      - { id: trung-cap, title: Trung cấp }
      - { id: cao-cap, title: Cao cấp }
  - id: qlnn
    title: Quản lý nhà nước
    levels:
      - { id: chuyen-vien, title: Chuyên viên }
      - { id: chuyen-vien-chinh, title: Chuyên viên chính }
      - { id: chuyen-vien-cao-cap, title: Chuyên viên cao cấp }
  - id: lanh-dao
    title: Bồi dưỡng lãnh đạo, quản lý
    levels:
      - { id: cap-phong, title: Cấp phòng }
      - { id: cap-huyen, title: Cấp huyện }
      - { id: cap-so, title: Cấp sở }
  - id: chuyen-nganh
    title: Kiến thức, kỹ năng chuyên ngành
    levels:
      - { id: co-ban, title: Cơ bản }
      - { id: nang-cao, title: Nâng cao }
comparable:
  - [llct/cao-cap, qlnn/chuyen-vien-cao-cap, lanh-dao/cap-so]
  - [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-huyen]
positions:
  - id: truong-phong
    title: Trưởng phòng và tương đương
    requires: [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-phong]
    learnersPerYear: 1200
  - id: giam-doc-so
    title: Giám đốc sở và tương đương
    requires: [llct/cao-cap, qlnn/chuyen-vien-cao-cap, lanh-dao/cap-so]
    learnersPerYear: 150
`;
/** Programmes take these levels in turn. */
const levelRefs = [
  ...['so-cap', 'trung-cap', 'cao-cap'].map((l) => ['llct', l]),
  ...['chuyen-vien', 'chuyen-vien-chinh', 'chuyen-vien-cao-cap'].map((l) => ['qlnn', l]),
  ...['cap-phong', 'cap-huyen', 'cap-so'].map((l) => ['lanh-dao', l]),
  ...['co-ban', 'nang-cao'].map((l) => ['chuyen-nganh', l]),
];
const parts = ['Phần I', 'Phần II', 'Phần III'];

interface ModuleSpec {
  readonly id: string;
  readonly part: string;
  readonly hours: number;
  readonly activity: 'lesson' | 'report';
  readonly text: ModuleText;
  readonly look: Look;
}

function moduleYaml({ id, part, hours, activity, text, look }: ModuleSpec, inv: Inventory) {
  const write = (field: keyof ModuleText, tokens: readonly Token[], shape = (s: string) => s) => {
    const shown = shape(textOf(tokens, inv, look));
    return look.nfd.has(field) ? shown.normalize('NFD') : shown;
  };
  const title = write('title', text.title, (s) =>
    look.upperTitle ? s.toUpperCase() : capitalise(s),
  );
  const lines = [
    `  - id: ${id}`,
    `    title: ${scalar(title)}`,
    `    hours: ${hours}`,
    `    part: ${scalar(part)}`,
  ];
  if (activity !== 'lesson') lines.push(`    activity: ${activity}`);
  if (text.description)
    lines.push(
      `    description: ${folded(write('description', text.description, capitalise), '      ')}`,
    );
  lines.push('    topics:', ...text.topics.map((t) => `      - ${scalar(write('topics', t))}`));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/**
 * A near-duplicate of `source`: 10–20% of its syllables replaced (`light`: see mutate),
 * written with variants.
 */
function plant(random: Random, inv: Inventory, source: ModuleText, light: boolean) {
  const changed = mutate(random, inv, source, 0.1 + 0.1 * random.next(), light);
  const variants: Variant[] = [];
  const nfd = new Set<keyof ModuleText>();
  if (random.chance(0.5)) {
    const fields: Array<keyof ModuleText> = ['title', 'topics'];
    if (changed.text.description) fields.push('description');
    for (const f of fields) if (random.chance(0.5)) nfd.add(f);
    if (nfd.size === 0) nfd.add(random.pick(fields));
    variants.push('nfd');
  }
  // A spelling variant counts only where the text has a syllable it changes.
  const altTone = random.chance(0.5);
  if (altTone && spells(changed.text, inv, { altTone, iForY: false }))
    variants.push('tone-placement');
  const iForY = random.chance(0.5);
  if (iForY && spells(changed.text, inv, { altTone: false, iForY })) variants.push('i-for-y');
  const upperTitle = random.chance(0.25) || variants.length === 0;
  if (upperTitle) variants.push('upper-title');
  return { ...changed, look: { altTone, iForY, nfd, upperTitle }, variants };
}

const perProgramme = 50;
const plantedShare = 0.1;

/** How many distinct syllables the generator can spell. */
export const syllableCount = () => allSyllables().length;

/**
 * Writes the repository into `out` (its programmes/ and planted.json are replaced). A
 * vocabulary below the default 900 is narrow: copies are edited lightly (see mutate).
 */
export function generate(
  total: number,
  out: string,
  seed = 1,
  layout: Layout = 'files',
  vocabulary = defaultVocabulary,
): Planted {
  if (!Number.isInteger(total) || total < 2) throw new Error('--modules must be an integer ≥ 2');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!layouts.includes(layout)) throw new Error(`--layout must be one of ${layouts.join(', ')}`);
  const most = syllableCount();
  if (!Number.isInteger(vocabulary) || vocabulary < 30 || vocabulary > most)
    throw new Error(`--vocabulary must be an integer from 30 to ${most}`);
  const light = vocabulary < defaultVocabulary;
  const random = makeRandom(seed);
  const inv = buildInventory(random, vocabulary);
  const programmeCount = Math.ceil(total / perProgramme);
  // The first programme has nothing earlier to copy: the others plant a little more.
  const plantChance = Math.min(0.9, (plantedShare * total) / Math.max(1, total - perProgramme));

  rmSync(join(out, 'programmes'), { recursive: true, force: true });
  rmSync(join(out, 'planted.json'), { force: true });
  mkdirSync(join(out, 'programmes'), { recursive: true });
  writeFileSync(join(out, 'framework.yaml'), frameworkYaml);
  let bytes = Buffer.byteLength(frameworkYaml);
  const write = (name: string, head: string, modules: readonly string[]) => {
    const yaml = `kind: programme\n${head}modules:\n${modules.join('\n')}\n`;
    writeFileSync(join(out, 'programmes', name), yaml);
    bytes += Buffer.byteLength(yaml);
  };

  /** Original modules of earlier programmes not yet copied: each is copied at most once. */
  const sources: Array<{ ref: string; text: ModuleText; activity: 'lesson' | 'report' }> = [];
  const pairs: PlantedPair[] = [];
  const everyModule: string[] = [];
  let made = 0;

  for (let p = 0; p < programmeCount; p++) {
    const programme = `p${String(p + 1).padStart(5, '0')}`;
    const count = Math.min(perProgramme, total - made);
    const mine: typeof sources = [];
    const modules: string[] = [];
    let sum = 0;
    for (let k = 0; k < count; k++) {
      const local = `m${String(k + 1).padStart(3, '0')}`;
      const id = layout === 'files' ? local : `${programme}-${local}`;
      const ref = `${layout === 'files' ? programme : 'all'}/${id}`;
      const part = parts[Math.min(parts.length - 1, Math.floor((3 * k) / count))]!;
      const hours = random.int(4, 40);
      sum += hours;
      if (sources.length === 0 || !random.chance(plantChance)) {
        const text = newText(random, inv);
        const activity = random.chance(0.05) ? 'report' : 'lesson';
        modules.push(moduleYaml({ id, part, hours, activity, text, look: plain }, inv));
        mine.push({ ref, text, activity });
        continue;
      }
      const at = random.int(0, sources.length - 1);
      const source = sources[at]!;
      sources[at] = sources[sources.length - 1]!;
      sources.pop();
      const planted = plant(random, inv, source.text, light);
      const { text, look, replaced, syllables, variants, edit } = planted;
      modules.push(moduleYaml({ id, part, hours, activity: source.activity, text, look }, inv));
      const [a, b] = source.ref < ref ? [source.ref, ref] : [ref, source.ref];
      pairs.push({ a, b, copy: ref, replaced, syllables, variants, ...(edit && { edit }) });
    }
    sources.push(...mine); // copies come from other, earlier programmes only
    made += count;

    const [track, level] = levelRefs[p % levelRefs.length]!;
    const title = `Chương trình ${textOf(words(random, inv, random.int(3, 6)), inv, canonical)} ${p + 1}`;
    const hours = random.chance(0.5) ? `hours: ${sum}\n` : '';
    if (layout === 'one-file') everyModule.push(...modules);
    else {
      const head = `id: ${programme}\ntitle: ${scalar(title)}\ntrack: ${track}\nlevel: ${level}\n${hours}`;
      write(`${programme}.yaml`, head, modules);
    }
  }
  if (layout === 'one-file')
    write(
      'all.yaml',
      `id: all\ntitle: Tất cả ${total} mô-đun\ntrack: llct\nlevel: so-cap\n`,
      everyModule,
    );
  const files = 1 + (layout === 'files' ? programmeCount : 1);
  const planted: Planted = {
    seed,
    layout,
    modules: made,
    files,
    bytes,
    ...(vocabulary !== defaultVocabulary && { vocabulary }),
    pairs,
  };
  writeFileSync(join(out, 'planted.json'), JSON.stringify(planted, null, 1) + '\n');
  return planted;
}

/** 1000, 10k, 1e5 → a count. */
export function parseCount(text: string): number {
  const n = Number(text.trim().replace(/k$/i, 'e3'));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`not a count: ${text}`);
  return n;
}

function main(): void {
  const { values: v } = parseArgs({
    options: {
      modules: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      layout: { type: 'string', default: 'files' },
      vocabulary: { type: 'string', default: String(defaultVocabulary) },
    },
  });
  if (v.modules === undefined || v.out === undefined)
    throw new Error(
      'usage: npx tsx bench/generate.ts --modules N --out DIR [--seed 1] [--layout files|one-file] [--vocabulary 900]',
    );
  const layout = layouts.find((l) => l === v.layout);
  if (!layout) throw new Error(`--layout must be one of ${layouts.join(', ')}`);
  const r = generate(
    parseCount(v.modules),
    v.out,
    Number(v.seed),
    layout,
    parseCount(v.vocabulary),
  );
  console.log(
    `${v.out}: ${r.modules} modules, ${r.files} files, ${r.bytes} bytes, ${r.pairs.length} planted pairs`,
  );
}

const invoked = process.argv[1] && realpathSync(process.argv[1]);
if (invoked === realpathSync(fileURLToPath(import.meta.url)))
  try {
    main();
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
