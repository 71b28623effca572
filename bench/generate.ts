// A synthetic curriculum repository for the speed benchmark (bench/run.ts).
//
//   npx tsx bench/generate.ts --modules 10000 --out DIR [--seed 1]
//
// Writes DIR/framework.yaml, DIR/programmes/p00001.yaml … (50 modules a programme) and
// DIR/planted.json, the ground truth: every planted near-duplicate pair as module refs.
// Deterministic: the same options give byte-identical files (a seeded mulberry32 PRNG, no
// clock, no Map-order or locale dependence).
//
// Text is Vietnamese-like: real syllables (onset × rhyme × tone, spelled by Vietnamese
// orthography), drawn with Zipf frequencies. About 10% of modules are planted near-duplicates
// of an earlier module of another programme: the same content with 10–20% of its syllables
// replaced, then written with spelling variants the format spec (§4) says are the same text:
// NFD decomposition of some fields, the other tone placement (hoà/thuỷ/khoẻ instead of
// hòa/thủy/khỏe), i for y (lý→lí, kỹ→kĩ, quý→quí) and an upper-cased title.

import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GenerateOptions {
  /** Total number of modules. */
  readonly modules: number;
  /** Folder to write the repository into (created; its `programmes/` is replaced). */
  readonly out: string;
  readonly seed?: number;
  readonly modulesPerProgramme?: number;
  /** Share of modules that are planted near-duplicates. */
  readonly plantedShare?: number;
  /** Distinct syllables in the inventory. */
  readonly syllables?: number;
}

export type Variant = 'nfd' | 'tone-placement' | 'i-for-y' | 'upper-title';

export interface PlantedPair {
  /** The two module refs, `a` before `b` in code-unit order (as the JSON report sorts them). */
  readonly a: string;
  readonly b: string;
  /** The module copied, and the copy. */
  readonly source: string;
  readonly copy: string;
  /** Syllables replaced, of the module's total. */
  readonly replaced: number;
  readonly syllables: number;
  /** Spelling variants the copy is written with (nfd: which fields). */
  readonly variants: readonly Variant[];
  readonly nfdFields?: readonly string[];
}

export interface Planted {
  readonly generator: string;
  readonly seed: number;
  readonly modules: number;
  readonly programmes: number;
  readonly files: number;
  readonly bytes: number;
  readonly pairs: readonly PlantedPair[];
}

/** Changes whenever the output of a given seed would change: part of the corpus cache key. */
export function generatorFingerprint(): string {
  const self = readFileSync(fileURLToPath(import.meta.url));
  return createHash('sha1').update(self).digest('hex').slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Vietnamese syllables: onset × rhyme × tone

/** Tone marks as combining characters: ngang (none), huyền, sắc, hỏi, ngã, nặng. */
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
/** Syllables closed by a stop (-c, -ch, -p, -t) take only sắc or nặng. */
const stopTones = [2, 5];

/** Onsets; C, G and NG are spelled k/gh/ngh before e, ê, i, y and c/g/ng elsewhere. */
const onsets = [
  '',
  'b',
  'C',
  'ch',
  'd',
  'đ',
  'G',
  'gi',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'NG',
  'nh',
  'ph',
  'qu',
  'r',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];

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
/** After qu the medial is in the onset: qua, quê, quý, quyền, quân. */
const quRhymes = 'a ai ay an ang anh at ac ăn ăng ăt ân ât ây e en et ê y yên yêt ynh'.split(' ');
const roundedOnsets = new Set(['', 'h', 'kh', 'l', 't', 'th', 'x', 'ch', 'NG', 's', 'đ', 'd', 'n']);
/** Onsets written with a sole y rather than i (lý, kỹ, mỹ, sỹ, tỷ, hy); the i spelling is the variant. */
const yOnsets = new Set(['C', 'l', 'm', 's', 't', 'h']);

interface Syllable {
  readonly onset: string;
  readonly rhyme: string;
  readonly tone: number;
  /** Index (in code points of the rhyme) of the vowel that carries the tone. */
  readonly toneAt: number;
  /** The other accepted placement: oa, oe, uy with no final (hòa/hoà, khỏe/khoẻ, thủy/thuỷ). */
  readonly altToneAt: number | undefined;
  /** A sole-y syllable with an i spelling (lý/lí, quý/quí). */
  readonly hasIVariant: boolean;
}

const hatVowels = 'ăâêôơư';
const finalLetters = 'cghmnpt';

function tonePlacement(rhyme: string): { at: number; alt: number | undefined } {
  const chars = [...rhyme];
  let hat = -1;
  chars.forEach((c, i) => {
    if (hatVowels.includes(c)) hat = i;
  });
  if (hat >= 0) return { at: hat, alt: undefined }; // ươ → ơ, iê → ê, uô → ô, ưu → ư…
  let end = chars.length;
  while (end > 0 && finalLetters.includes(chars[end - 1]!)) end--;
  if (end < chars.length) return { at: end - 1, alt: undefined }; // oán, oành, uỳnh
  if (end === 3) return { at: 1, alt: undefined }; // ngoài, xoáy
  const cluster = chars.slice(0, end).join('');
  if (cluster === 'oa' || cluster === 'oe' || cluster === 'uy') return { at: 0, alt: 1 };
  return { at: 0, alt: undefined }; // mái, mía, túi, single vowels
}

function spellOnset(onset: string, rhyme: string): string {
  const front = /^[eêiy]/.test(rhyme);
  if (onset === 'C') return front ? 'k' : 'c';
  if (onset === 'G') return front ? 'gh' : 'g';
  if (onset === 'NG') return front ? 'ngh' : 'ng';
  return onset;
}

function allSyllables(): Syllable[] {
  const out: Syllable[] = [];
  const add = (onset: string, rhyme: string) => {
    const stop = /(c|ch|p|t)$/.test(rhyme);
    const place = tonePlacement(rhyme);
    const tones = stop ? stopTones : [0, 1, 2, 3, 4, 5];
    for (const tone of tones) {
      out.push({
        onset: spellOnset(onset, rhyme),
        rhyme,
        tone,
        toneAt: place.at,
        altToneAt: tone === 0 ? undefined : place.alt,
        hasIVariant: rhyme === 'y' && onset !== '',
      });
    }
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
  out.push(
    ...[0, 2].map((tone) => ({
      onset: '',
      rhyme: 'yên',
      tone,
      toneAt: 1,
      altToneAt: undefined,
      hasIVariant: false,
    })),
  );
  return out;
}

interface Spelling {
  /** Tone on the other vowel of oa, oe, uy (hoà, khoẻ, thuỷ). */
  readonly altTone: boolean;
  /** i for a sole y (lí, kĩ, quí). */
  readonly iForY: boolean;
}

const canonical: Spelling = { altTone: false, iForY: false };

function render(s: Syllable, spelling: Spelling): string {
  const chars = [...(spelling.iForY && s.hasIVariant ? 'i' : s.rhyme)];
  const at = spelling.altTone && s.altToneAt !== undefined ? s.altToneAt : s.toneAt;
  if (s.tone > 0) chars[at] = (chars[at]! + toneMarks[s.tone]!).normalize('NFC');
  return s.onset + chars.join('');
}

/** Syllables that must be in the inventory, and frequent, so every spelling variant shows. */
const featured = [
  'lý',
  'hòa',
  'kỹ',
  'thủy',
  'quý',
  'khỏe',
  'hóa',
  'mỹ',
  'tùy',
  'họa',
  'sỹ',
  'khóa',
  'lũy',
  'tỷ',
  'xóa',
  'thụy',
  'hỏa',
  'tòa',
  'hy',
  'lòe',
  'quỹ',
  'thỏa',
  'khỏa',
  'duy',
];

interface Inventory {
  readonly syllables: readonly Syllable[];
  /** Cumulative Zipf weights, by rank. */
  readonly cumulative: Float64Array;
}

function buildInventory(random: Random, size: number): Inventory {
  const every = allSyllables();
  const byText = new Map(every.map((s) => [render(s, canonical), s]));
  const chosen = new Set<Syllable>();
  const special: Syllable[] = [];
  for (const text of featured) {
    const s = byText.get(text.normalize('NFC'));
    if (!s) throw new Error(`generator bug: featured syllable "${text}" not in the inventory`);
    special.push(s);
    chosen.add(s);
  }
  const rest = random.shuffle(every.filter((s) => !chosen.has(s))).slice(0, size - special.length);
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
// Module texts: tokens are syllable numbers, or ',' and '.'

type Token = number | ',' | '.';

interface ModuleText {
  title: Token[];
  topics: Token[][];
  description: Token[] | undefined;
}

interface GeneratedModule {
  readonly ref: string;
  readonly id: string;
  readonly hours: number;
  readonly activity: 'lesson' | 'report';
  readonly text: ModuleText;
  readonly spelling: Spelling;
  readonly nfd: ReadonlySet<keyof ModuleText>;
  readonly upperTitle: boolean;
}

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

/** The same content with `share` of its syllables replaced by other draws. */
function mutate(
  random: Random,
  inv: Inventory,
  text: ModuleText,
  share: number,
): { text: ModuleText; replaced: number; syllables: number } {
  const copy: ModuleText = {
    title: [...text.title],
    topics: text.topics.map((t) => [...t]),
    description: text.description && [...text.description],
  };
  const slots: Array<[Token[], number]> = [];
  for (const field of [copy.title, ...copy.topics, ...(copy.description ? [copy.description] : [])])
    field.forEach((t, i) => {
      if (typeof t === 'number') slots.push([field, i]);
    });
  const replaced = Math.max(1, Math.round(share * slots.length));
  for (const [field, i] of random.shuffle(slots).slice(0, replaced)) {
    const old = field[i];
    let s = drawSyllable(random, inv);
    while (s === old) s = drawSyllable(random, inv);
    field[i] = s;
  }
  return { text: copy, replaced, syllables: slots.length };
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// YAML

const reserved = /^(true|false|null|~|yes|no|on|off|y|n)$/i;

/** A plain scalar when that is safe for this text, else a double-quoted (JSON) string. */
function scalar(text: string): string {
  const plain =
    /^[\p{L}][\p{L}\p{M}\p{N} ,.-]*$/u.test(text) && !reserved.test(text) && !/ $/.test(text);
  return plain ? text : JSON.stringify(text);
}

/** A folded block scalar (`>-`), wrapped near 80 columns. */
function folded(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 76) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return `>-\n${lines.map((l) => indent + l).join('\n')}`;
}

interface TrackDef {
  readonly id: string;
  readonly title: string;
  readonly levels: ReadonlyArray<readonly [string, string]>;
}

const tracks: readonly TrackDef[] = [
  {
    id: 'llct',
    title: 'Lý luận chính trị',
    levels: [
      ['so-cap', 'Sơ cấp'],
      ['trung-cap', 'Trung cấp'],
      ['cao-cap', 'Cao cấp'],
    ],
  },
  {
    id: 'qlnn',
    title: 'Quản lý nhà nước',
    levels: [
      ['chuyen-vien', 'Chuyên viên'],
      ['chuyen-vien-chinh', 'Chuyên viên chính'],
      ['chuyen-vien-cao-cap', 'Chuyên viên cao cấp'],
    ],
  },
  {
    id: 'lanh-dao',
    title: 'Bồi dưỡng lãnh đạo, quản lý',
    levels: [
      ['cap-phong', 'Cấp phòng'],
      ['cap-huyen', 'Cấp huyện'],
      ['cap-so', 'Cấp sở'],
    ],
  },
  {
    id: 'chuyen-nganh',
    title: 'Kiến thức, kỹ năng chuyên ngành',
    levels: [
      ['co-ban', 'Cơ bản'],
      ['nang-cao', 'Nâng cao'],
    ],
  },
];

function frameworkYaml(): string {
  const lines = [
    'kind: framework',
    'id: synthetic-bench',
    `title: ${scalar('Khung đào tạo, bồi dưỡng tổng hợp (dữ liệu giả lập để đo hiệu năng)')}`,
    'language: vi',
    'periodMinutes: 45',
    'tracks:',
  ];
  for (const t of tracks) {
    lines.push(`  - id: ${t.id}`, `    title: ${scalar(t.title)}`, '    levels:');
    for (const [id, title] of t.levels)
      lines.push(`      - id: ${id}`, `        title: ${scalar(title)}`);
  }
  lines.push(
    'comparable:',
    '  - [llct/cao-cap, qlnn/chuyen-vien-cao-cap, lanh-dao/cap-so]',
    '  - [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-huyen]',
    'positions:',
    '  - id: truong-phong',
    `    title: ${scalar('Trưởng phòng và tương đương')}`,
    '    requires: [llct/trung-cap, qlnn/chuyen-vien-chinh, lanh-dao/cap-phong]',
    '    learnersPerYear: 1200',
    '  - id: giam-doc-so',
    `    title: ${scalar('Giám đốc sở và tương đương')}`,
    '    requires: [llct/cao-cap, qlnn/chuyen-vien-cao-cap, lanh-dao/cap-so]',
    '    learnersPerYear: 150',
  );
  return lines.join('\n') + '\n';
}

const parts = ['Phần I', 'Phần II', 'Phần III'];

function moduleYaml(m: GeneratedModule, inv: Inventory, part: string): string {
  const form = (field: keyof ModuleText, text: string) =>
    m.nfd.has(field) ? text.normalize('NFD') : text;
  let title = capitalise(textOf(m.text.title, inv, m.spelling));
  if (m.upperTitle) title = title.toUpperCase();
  const lines = [
    `  - id: ${m.id}`,
    `    title: ${scalar(form('title', title))}`,
    `    hours: ${m.hours}`,
    `    part: ${scalar(part)}`,
  ];
  if (m.activity !== 'lesson') lines.push(`    activity: ${m.activity}`);
  if (m.text.description) {
    const text = form('description', capitalise(textOf(m.text.description, inv, m.spelling)));
    lines.push(`    description: ${folded(text, '      ')}`);
  }
  lines.push('    topics:');
  for (const topic of m.text.topics)
    lines.push(`      - ${scalar(form('topics', textOf(topic, inv, m.spelling)))}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

export interface GenerateResult {
  readonly out: string;
  readonly modules: number;
  readonly programmes: number;
  readonly files: number;
  readonly bytes: number;
  readonly planted: readonly PlantedPair[];
}

export function generate(options: GenerateOptions): GenerateResult {
  const total = options.modules;
  const seed = options.seed ?? 1;
  const perProgramme = options.modulesPerProgramme ?? 50;
  const share = options.plantedShare ?? 0.1;
  if (!Number.isInteger(total) || total < 2) throw new Error('--modules must be an integer ≥ 2');
  const out = resolve(options.out);
  const random = new Random(seed);
  const inv = buildInventory(random, options.syllables ?? 900);

  const programmeCount = Math.ceil(total / perProgramme);
  // The first programme has nothing earlier to copy: the others plant a little more.
  const plantChance = Math.min(0.9, (share * total) / Math.max(1, total - perProgramme));
  const levelRefs = tracks.flatMap((t) => t.levels.map(([l]) => [t.id, l] as const));

  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'programmes'), { recursive: true, force: true });
  rmSync(join(out, 'planted.json'), { force: true });
  mkdirSync(join(out, 'programmes'));
  const framework = frameworkYaml();
  writeFileSync(join(out, 'framework.yaml'), framework);
  let bytes = Buffer.byteLength(framework);

  /** Original modules of earlier programmes not yet copied: each is copied at most once. */
  const sources: Array<{ ref: string; text: ModuleText; activity: 'lesson' | 'report' }> = [];
  const planted: PlantedPair[] = [];
  let made = 0;

  for (let p = 0; p < programmeCount; p++) {
    const programmeId = `p${String(p + 1).padStart(5, '0')}`;
    const count = Math.min(perProgramme, total - made);
    const mine: typeof sources = [];
    const modules: GeneratedModule[] = [];
    for (let k = 0; k < count; k++) {
      const id = `m${String(k + 1).padStart(3, '0')}`;
      const ref = `${programmeId}/${id}`;
      const hours = random.int(4, 40);
      if (sources.length > 0 && random.chance(plantChance)) {
        const at = random.int(0, sources.length - 1);
        const source = sources[at]!;
        sources[at] = sources[sources.length - 1]!;
        sources.pop();
        const changed = mutate(random, inv, source.text, 0.1 + 0.1 * random.next());
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
        let upperTitle = random.chance(0.25);
        if (variants.length === 0 && !upperTitle) upperTitle = true;
        if (upperTitle) variants.push('upper-title');
        modules.push({
          ref,
          id,
          hours,
          activity: source.activity,
          text: changed.text,
          spelling: { altTone, iForY },
          nfd,
          upperTitle,
        });
        const [a, b] = source.ref < ref ? [source.ref, ref] : [ref, source.ref];
        planted.push({
          a,
          b,
          source: source.ref,
          copy: ref,
          replaced: changed.replaced,
          syllables: changed.syllables,
          variants,
          ...(nfd.size > 0 ? { nfdFields: [...nfd] } : {}),
        });
      } else {
        const text = newText(random, inv);
        const activity = random.chance(0.05) ? 'report' : 'lesson';
        modules.push({
          ref,
          id,
          hours,
          activity,
          text,
          spelling: canonical,
          nfd: new Set(),
          upperTitle: false,
        });
        mine.push({ ref, text, activity });
      }
    }
    sources.push(...mine); // copies come from other, earlier programmes only
    made += count;

    const [track, level] = levelRefs[p % levelRefs.length]!;
    const sum = modules.reduce((s, m) => s + m.hours, 0);
    const head = [
      'kind: programme',
      `id: ${programmeId}`,
      `title: ${scalar(`Chương trình ${textOf(words(random, inv, random.int(3, 6)), inv, canonical)} ${p + 1}`)}`,
      `track: ${track}`,
      `level: ${level}`,
    ];
    if (random.chance(0.5)) head.push(`hours: ${sum}`);
    head.push('modules:');
    const body = modules.map((m, k) =>
      moduleYaml(m, inv, parts[Math.min(parts.length - 1, Math.floor((3 * k) / count))]!),
    );
    const yaml = `${head.join('\n')}\n${body.join('\n')}\n`;
    writeFileSync(join(out, 'programmes', `${programmeId}.yaml`), yaml);
    bytes += Buffer.byteLength(yaml);
  }

  const result: GenerateResult = {
    out,
    modules: made,
    programmes: programmeCount,
    files: programmeCount + 1,
    bytes,
    planted,
  };
  const truth: Planted = {
    generator: `bench/generate.ts ${generatorFingerprint()}`,
    seed,
    modules: made,
    programmes: programmeCount,
    files: programmeCount + 1,
    bytes,
    pairs: planted,
  };
  // Written last: its presence marks a complete corpus (bench/run.ts relies on that for its cache).
  writeFileSync(join(out, 'planted.json'), JSON.stringify(truth, null, 1) + '\n');
  return result;
}

// ---------------------------------------------------------------------------------------------
// CLI

/** 1000, 10k, 1e5 → a count. */
export function parseCount(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(text.trim());
  const n = m ? Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1e3 : 1e6) : 1) : Number(text);
  if (!Number.isFinite(n) || n <= 0 || !Number.isInteger(n))
    throw new Error(`not a count: ${text}`);
  return n;
}

function main(argv: string[]): void {
  const usage = 'usage: npx tsx bench/generate.ts --modules N --out DIR [--seed 1]';
  const { values } = parseArgs({
    args: argv,
    options: {
      modules: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (values.modules === undefined || values.out === undefined) throw new Error(usage);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  const modules = parseCount(values.modules);
  const out = values.out;
  const started = performance.now();
  const r = generate({ modules, out, seed });
  const s = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${r.out}: ${r.modules} modules in ${r.programmes} programmes (${r.files} files, ` +
      `${(r.bytes / 1e6).toFixed(1)} MB), ${r.planted.length} planted near-duplicate pairs, ${s} s`,
  );
}

function realPath(path: string | undefined): string | undefined {
  try {
    return path === undefined ? undefined : realpathSync(path);
  } catch {
    return undefined;
  }
}

if (realPath(process.argv[1]) === realPath(fileURLToPath(import.meta.url))) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
