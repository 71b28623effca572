// A national archive for the national-archive benchmark (bench/national.ts), built from
// examples/vn-cadre: its framework and national programmes as they are, and for each of P
// providers (provincial political schools) a copy of every national programme, each module
// copied verbatim, respelled or lightly reworded, plus 2–3 local modules that share only a
// frame with other provinces' local modules. The same options give byte-identical files.
//
//   npx tsx bench/national-generate.ts --providers 30 --out DIR [--seed 1]
//       [--names invented|real] [--campuses N] [--no-provider] [--programmes-per-school K]
//       [--rewording classic|wide]
//
// Writes DIR/framework.yaml, DIR/programmes/*.yaml (national), DIR/providers/<provider>/*.yaml
// (DIR/schools/<school>/*.yaml with --no-provider) and DIR/truth.json (the ground truth,
// below). With every option at its default the files are those of the first version of this
// generator, byte for byte, truth.json included.

import { mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { parseCount } from './generate.js';
import {
  type Province,
  frames,
  inventedFirst,
  inventedSecond,
  oldProvinces,
  placeKinds,
  provinces,
} from './national-provinces.js';
import { type Random, makeRandom } from './random.js';

const example = fileURLToPath(new URL('../examples/vn-cadre', import.meta.url));
const programmeSchema = fileURLToPath(new URL('../schemas/programme.schema.json', import.meta.url));

interface ModuleData {
  id: string;
  title: string;
  hours: number;
  part?: string;
  activity?: string;
  description?: string;
  topics?: string[];
  outcomes?: string[];
  requires?: string[];
}
interface ProgrammeData {
  kind: 'programme';
  id: string;
  title: string;
  provider?: string;
  source?: string;
  hours?: number;
  modules: ModuleData[];
}

/** How a provider's copy of a national module was written. */
export type CopyKind = 'verbatim' | 'respelled' | 'reworded';

/** Where the provinces named by the providers come from. */
export type Names = 'invented' | 'real';
/** How copies are reworded: as in the first version (`classic`), or more often and widely. */
export type Rewording = 'classic' | 'wide';
export const namesChoices: readonly Names[] = ['invented', 'real'];
export const rewordingChoices: readonly Rewording[] = ['classic', 'wide'];

export interface NationalOptions {
  /** `invented` (default): the 34 current provinces, then invented ones. `real`: the 97. */
  readonly names?: Names;
  /** Providers (campuses) per province; default 1. */
  readonly campuses?: number;
  /** Copies state no `provider:` and are written under schools/<school>/. */
  readonly noProvider?: boolean;
  /** National programmes each school copies (trung-cap-llct always); default all. */
  readonly programmesPerSchool?: number;
  /** Default: `classic` when every other option is at its default, else `wide`. */
  readonly rewording?: Rewording;
}

/**
 * The ground truth, by module ref. `group`: the national module's ref for the national module
 * and all its copies; for a local module, the ref of the first campus's local module of the
 * same province and frame (its own ref when it is that one). `compared`: a lesson or report,
 * which the CLI compares by default. `frame`, `province`, `provinceId`: for a local module,
 * the frame it was built from and the province it names (`provinceId` tells apart two
 * provinces of one name, such as Bắc Ninh before and after July 2025). `edits`: for a copy,
 * what was changed (none: verbatim).
 */
export interface TruthModule {
  readonly group: string;
  readonly compared: boolean;
  readonly provider?: string;
  readonly frame?: string;
  readonly province?: string;
  readonly provinceId?: string;
  readonly edits?: readonly string[];
}
/** A copy of a national programme: which one, by which school (provider), of which province. */
export interface TruthProgramme {
  readonly copyOf: string;
  readonly provider: string;
  readonly province: string;
  readonly provinceId: string;
  readonly campus: number;
}
export interface NationalTruth {
  readonly seed: number;
  readonly providers: number;
  /** Whether the copies state `provider` (the schema accepts it, format 1.1, and no --no-provider). */
  readonly providerField: boolean;
  readonly files: number;
  readonly bytes: number;
  readonly copies: Record<CopyKind, number>;
  readonly modules: Record<string, TruthModule>;
  /**
   * Whether the invented province and place names ran out of two-syllable ones (beyond about
   * 2,600 provinces), so that some contain another's two syllables ("Hòa Mỹ", "Hòa Mỹ Tân"):
   * local modules of those provinces then share part of their filler as well as their frame.
   */
  readonly namesShareSyllables: boolean;
  /** The options, resolved (written to truth.json unless all are at their defaults). */
  readonly options?: Required<NationalOptions>;
  /** Provinces named by the providers (a province has `campuses` providers). */
  readonly provinces?: number;
  /** Every copied programme, by id (written to truth.json unless all options are defaults). */
  readonly programmes?: Record<string, TruthProgramme>;
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// ---------------------------------------------------------------------------------------------
// Spelling variants the format (docs/format.md §6.3) calls the same text, and light rewording

const tone = '[\u0300\u0301\u0303\u0309\u0323]';
const word = (body: string) => new RegExp(`(?<![\\p{L}\\p{M}])${body}(?![\\p{L}\\p{M}])`, 'giu');
/** oa, oe, uy with no final: the tone on the other vowel (hòa ↔ hoà, thủy ↔ thuỷ). */
const toneRhyme = word(`([bcdđghklmnprstvx]*)(o|u)(${tone}?)(a|e|y)(${tone}?)`);
/** A sole i or y after k, l, m, t, s, h or qu (lý ↔ lí, kỹ ↔ kĩ). */
const soleIY = word(`(k|l|m|t|s|h|qu)(i|y)(${tone}?)`);

function swapTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(toneRhyme, (all, onset: string, v1: string, t1: string, v2: string, t2: string) => {
      const rhyme = `${v1}${v2}`.toLowerCase();
      if (!['oa', 'oe', 'uy'].includes(rhyme) || !(t1 || t2) || (t1 && t2)) return all;
      return t1 ? onset + v1 + v2 + t1 : onset + v1 + t2 + v2;
    })
    .normalize('NFC');
}

const swapIY = (text: string) =>
  text
    .normalize('NFD')
    .replace(soleIY, (_, onset: string, v: string, t: string) => {
      const swapped = { i: 'y', y: 'i', I: 'Y', Y: 'I' }[v] ?? v;
      return onset + swapped + t;
    })
    .normalize('NFC');

const respellings = ['tone-placement', 'i-y', 'nfd', 'upper-title'] as const;
const rewordings = ['reorder-topics', 'drop-topic', 'add-phrase', 'title-affix'] as const;
const phrases = ['liên hệ thực tiễn địa phương', 'vận dụng vào thực tiễn địa phương'];

/** Applies `edit` to every text of a module (title, description, topics, outcomes). */
function mapTexts(m: ModuleData, edit: (text: string) => string): ModuleData {
  return {
    ...m,
    title: edit(m.title),
    ...(m.description !== undefined && { description: edit(m.description) }),
    ...(m.topics && { topics: m.topics.map(edit) }),
    ...(m.outcomes && { outcomes: m.outcomes.map(edit) }),
  };
}

/** A copy and what was changed in it (a variant that changed nothing is not listed). */
interface Edited {
  readonly copy: ModuleData;
  readonly edits: string[];
}

const texts = (m: ModuleData) => JSON.stringify([m.title, m.description, m.topics, m.outcomes]);

function respell(m: ModuleData, random: Random): Edited {
  let copy = m;
  const edits: string[] = [];
  for (const variant of random.some(respellings)) {
    const before = copy;
    if (variant === 'tone-placement') copy = mapTexts(copy, swapTonePlacement);
    if (variant === 'i-y') copy = mapTexts(copy, swapIY);
    if (variant === 'upper-title') copy = { ...copy, title: copy.title.toUpperCase() };
    if (variant === 'nfd') copy = mapTexts(copy, (t) => t.normalize('NFD'));
    if (texts(copy) !== texts(before)) edits.push(variant);
  }
  return { copy, edits };
}

/** A stock phrase added to the description, or to a random topic where there is none. */
function addPhrase(
  description: string | undefined,
  topics: string[],
  random: Random,
): string | undefined {
  const phrase = random.pick(phrases);
  if (description !== undefined || !topics.length)
    return `${(description ?? '').replace(/\.?$/, '')}; ${phrase}.`.replace(/^; /, '');
  const i = random.int(0, topics.length - 1);
  topics[i] = `${topics[i]!}, ${phrase}`;
  return description;
}

/** Hours changed by up to a quarter, in half of the calls. */
function rehour(hours: number, random: Random): number {
  return random.next() < 0.5
    ? Math.max(1, hours + random.pick([-1, 1]) * random.int(1, Math.ceil(hours / 4)))
    : hours;
}

/** The first version's rewording: topics reversed or one dropped, a phrase, a title affix. */
function reword(m: ModuleData, random: Random): Edited {
  const topics = [...(m.topics ?? [])];
  let { title, description } = m;
  const edits: string[] = [];
  const possible = rewordings.filter(
    (r) =>
      (r !== 'reorder-topics' || topics.length >= 2) && (r !== 'drop-topic' || topics.length >= 3),
  );
  for (const edit of random.some(possible)) {
    if (edit === 'reorder-topics') topics.reverse();
    if (edit === 'drop-topic') topics.splice(random.int(0, topics.length - 1), 1);
    if (edit === 'title-affix') {
      const prefix = random.next() < 0.5;
      title = prefix ? `Chuyên đề: ${title}` : `${title} (cập nhật)`;
      edits.push(prefix ? 'title-chuyen-de' : 'title-cap-nhat');
    } else edits.push(edit);
    if (edit === 'add-phrase') description = addPhrase(description, topics, random);
  }
  return rehoured({ ...m, title }, topics, description, edits, random);
}

/** Lesson titles as schools write them: "Bài 3. …", "Chuyên đề 3: …", "… (cập nhật)". */
const retitles = ['title-chuyen-de', 'title-cap-nhat', 'title-bai-n', 'title-chuyen-de-n'] as const;

function retitle(title: string, random: Random): { title: string; edit: string } {
  const edit = random.pick(retitles);
  const n = random.int(1, 12);
  const titled = {
    'title-chuyen-de': `Chuyên đề: ${title}`,
    'title-cap-nhat': `${title} (cập nhật)`,
    'title-bai-n': `Bài ${n}. ${title}`,
    'title-chuyen-de-n': `Chuyên đề ${n}: ${title}`,
  }[edit];
  return { title: titled, edit };
}

/** The wide rewording of the body: topics shuffled, one dropped, a phrase added; hours. */
function rewordBody(m: ModuleData, random: Random): Edited {
  const topics = [...(m.topics ?? [])];
  let { description } = m;
  const edits: string[] = [];
  const possible = (['reorder-topics', 'drop-topic', 'add-phrase'] as const).filter(
    (r) =>
      (r !== 'reorder-topics' || topics.length >= 2) && (r !== 'drop-topic' || topics.length >= 3),
  );
  for (const edit of random.some(possible)) {
    edits.push(edit);
    if (edit === 'reorder-topics') {
      const before = topics.join('\n');
      random.shuffle(topics);
      if (topics.join('\n') === before) topics.reverse();
    }
    if (edit === 'drop-topic') topics.splice(random.int(0, topics.length - 1), 1);
    if (edit === 'add-phrase') description = addPhrase(description, topics, random);
  }
  return rehoured(m, topics, description, edits, random);
}

/** A copy with its edited topics and description, and its hours changed at random (an edit). */
function rehoured(
  m: ModuleData,
  topics: string[],
  description: string | undefined,
  edits: string[],
  random: Random,
): Edited {
  const hours = rehour(m.hours, random);
  if (hours !== m.hours) edits.push('hours');
  return {
    copy: {
      ...m,
      hours,
      ...(description !== undefined && { description }),
      ...(m.topics && { topics }),
    },
    edits,
  };
}

const rewordEdits = new Set<string>([...rewordings, ...retitles, 'hours']);

/** A school's copy of a module: verbatim, respelled or reworded. */
function copyModule(m: ModuleData, random: Random, rewording: Rewording) {
  if (rewording === 'classic') {
    const r = random.next();
    const how: CopyKind = r < 0.5 ? 'verbatim' : r < 0.75 ? 'respelled' : 'reworded';
    const edited =
      how === 'respelled'
        ? respell(m, random)
        : how === 'reworded'
          ? reword(m, random)
          : { copy: m, edits: [] };
    return { how, ...edited };
  }
  // Wide: a third of the copies retitled (about 100 of 300 schools' copies of a module), a
  // fifth with their topics or description edited, 30% respelled; each independently.
  let copy = m;
  const edits: string[] = [];
  if (random.chance(0.2)) {
    const body = rewordBody(copy, random);
    copy = body.copy;
    edits.push(...body.edits);
  }
  if (random.chance(1 / 3)) {
    const titled = retitle(copy.title, random);
    copy = { ...copy, title: titled.title };
    edits.push(titled.edit);
  }
  if (random.chance(0.3)) {
    const spelt = respell(copy, random);
    copy = spelt.copy;
    edits.push(...spelt.edits);
  }
  const how: CopyKind = edits.some((e) => rewordEdits.has(e))
    ? 'reworded'
    : edits.length
      ? 'respelled'
      : 'verbatim';
  return { how, copy, edits };
}

// ---------------------------------------------------------------------------------------------
// Providers and their local modules

interface Provider {
  /** truong-chinh-tri-an-giang, truong-chinh-tri-an-giang-co-so-2, … */
  readonly slug: string;
  readonly province: Province;
  /** an-giang; ha-noi-2 (an invented province); bac-ninh-truoc-2025 (the old Bắc Ninh). */
  readonly provinceId: string;
  /** 1, 2, … : the campus of its province. */
  readonly campus: number;
}

const unitOf = (p: Province) => `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}`;
const schoolName = (p: Provider) =>
  `Trường Chính trị ${unitOf(p.province)}${p.campus > 1 ? ` cơ sở ${p.campus}` : ''}`;

/**
 * The 97 real provinces in the order `--names real` takes them: the 34 current ones in turn
 * with the 30 whose name is gone since July 2025 (Hà Giang, Yên Bái, …), so that a small
 * archive holds both; then the 33 old provinces that share their name with a current one (the
 * old Bắc Ninh, without Bắc Giang), with ids `<slug>-truoc-2025`.
 */
export function realProvinceOrder(): Array<{ id: string; province: Province }> {
  const current = new Set(provinces.map((p) => p.name));
  const gone = oldProvinces.filter((p) => !current.has(p.name));
  const renamed = oldProvinces.filter((p) => current.has(p.name));
  const order: Array<{ id: string; province: Province }> = [];
  for (let i = 0; i < Math.max(provinces.length, gone.length); i++) {
    const [now, then] = [provinces[i], gone[i]];
    if (now) order.push({ id: slug(now.name), province: now });
    if (then) order.push({ id: slug(then.name), province: then });
  }
  for (const p of renamed) order.push({ id: `${slug(p.name)}-truoc-2025`, province: p });
  return order;
}

/**
 * `count` providers, `campuses` per province (the last province may have fewer). The provinces
 * are, with names `invented`, the 34 current ones, then invented provinces with invented places
 * under the same slugs with `-2`, `-3` …; with names `real`, the 97 real ones
 * (realProvinceOrder), then invented ones under their slugs with `-2`, … . No two provinces
 * share a place. Campus c > 1 of a province has the slug `…-co-so-c`.
 */
function makeProviders(
  count: number,
  random: Random,
  names: Names,
  campuses: number,
): { list: Provider[]; provinces: number; shared: boolean } {
  const entries =
    names === 'real'
      ? realProvinceOrder()
      : provinces.map((p) => ({ id: slug(p.name), province: p }));
  const real = entries.flatMap(({ province: p }) => [p.name, ...p.places]).join('; ');
  const two = inventedFirst.flatMap((a) => inventedSecond.map((b) => `${a} ${b}`));
  const three = two.flatMap((ab) => inventedSecond.map((c) => `${ab} ${c}`));
  // Names are taken from the end: two-syllable names first, then three-syllable ones. Each is
  // checked when it comes up: checking all ~10^5 of them against the real names up front took
  // seconds, for the few hundred that are taken.
  const unused = [...random.shuffle(three), ...random.shuffle(two)];
  const usable = (n: string) => !real.includes(n) && !/(\S+) \1/.test(n);
  const twoSyllable = new Set(two);
  let shared = false;
  const take = () => {
    let name = unused.pop();
    while (name !== undefined && !usable(name)) name = unused.pop();
    if (!twoSyllable.has(name!)) shared = true;
    return name!;
  };
  const provinceCount = Math.ceil(count / campuses);
  const bases = Array.from({ length: provinceCount }, (_, j) => {
    const base = entries[j % entries.length]!;
    const round = Math.floor(j / entries.length) + 1;
    if (round === 1) return base;
    const province = { name: take(), places: placeKinds.map((kind) => `${kind} ${take()}`) };
    return { id: `${base.id}-${round}`, province };
  });
  const list = Array.from({ length: count }, (_, i): Provider => {
    const { id, province } = bases[Math.floor(i / campuses)]!;
    const campus = (i % campuses) + 1;
    const suffix = campus > 1 ? `-co-so-${campus}` : '';
    return { slug: `truong-chinh-tri-${id}${suffix}`, province, provinceId: id, campus };
  });
  return { list, provinces: provinceCount, shared };
}

/** A province's 2–3 local modules, from as many frames, each with three of its places. */
function localModules({ province }: Provider, random: Random) {
  const unit = unitOf(province);
  const chosen = random.shuffle([...frames]).slice(0, random.int(2, 3));
  return chosen.map((frame) => {
    const [a, b, c] = random.shuffle([...province.places]);
    const fill = (text: string) =>
      text
        .replace('{unit}', unit)
        .replace('{name}', province.name)
        .replace('{a}', a!)
        .replace('{b}', b!)
        .replace('{c}', c!);
    const module: ModuleData = {
      id: `dia-phuong-${frame.id}`,
      title: fill(frame.title),
      hours: random.int(8, 20),
      part: 'Chuyên đề địa phương',
      topics: frame.topics.map(fill),
    };
    return { frame: frame.id, module };
  });
}

// ---------------------------------------------------------------------------------------------

/** Whether the programme schema accepts `provider` (format 1.1): the copies state it if so. */
export function providerAccepted(): boolean {
  const schema = JSON.parse(readFileSync(programmeSchema, 'utf8')) as { properties: object };
  return 'provider' in schema.properties;
}

/** The options with their defaults; `rewording` is `wide` as soon as another is not default. */
export function resolveOptions(options: NationalOptions = {}): Required<NationalOptions> {
  const names = options.names ?? 'invented';
  const campuses = options.campuses ?? 1;
  const noProvider = options.noProvider ?? false;
  const programmesPerSchool = options.programmesPerSchool ?? 0;
  if (!namesChoices.includes(names)) throw new Error(`names: ${namesChoices.join(' or ')}`);
  if (!Number.isInteger(campuses) || campuses < 1) throw new Error('campuses: an integer ≥ 1');
  if (!(programmesPerSchool === 0 || programmesPerSchool >= 1))
    throw new Error('programmes-per-school: a number ≥ 1');
  const changed = names !== 'invented' || campuses !== 1 || noProvider || programmesPerSchool > 0;
  const rewording = options.rewording ?? (changed ? 'wide' : 'classic');
  if (!rewordingChoices.includes(rewording))
    throw new Error(`rewording: ${rewordingChoices.join(' or ')}`);
  return { names, campuses, noProvider, programmesPerSchool, rewording };
}

const isDefault = (o: Required<NationalOptions>) =>
  o.names === 'invented' &&
  o.campuses === 1 &&
  !o.noProvider &&
  o.programmesPerSchool === 0 &&
  o.rewording === 'classic';

/** What truth.json leaves out when every option is at its default (so that it stays as it was). */
const addedFields = new Set([
  'options',
  'provinces',
  'programmes',
  'province',
  'provinceId',
  'edits',
]);

export function generateNational(
  providers: number,
  out: string,
  seed = 1,
  options: NationalOptions = {},
): NationalTruth {
  const opts = resolveOptions(options);
  const random = makeRandom(seed);
  const providerField = providerAccepted() && !opts.noProvider;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'programmes'), { recursive: true });
  let bytes = 0;
  let files = 0;
  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  const modules: Record<string, TruthModule> = {};
  const programmes: Record<string, TruthProgramme> = {};
  const copies: Record<CopyKind, number> = { verbatim: 0, respelled: 0, reworded: 0 };
  const compared = (m: ModuleData) => !m.activity || ['lesson', 'report'].includes(m.activity);

  write(join(out, 'framework.yaml'), readFileSync(join(example, 'framework.yaml'), 'utf8'));
  const national: ProgrammeData[] = [];
  for (const file of readdirSync(join(example, 'programmes')).sort()) {
    const text = readFileSync(join(example, 'programmes', file), 'utf8');
    const programme = parse(text) as ProgrammeData;
    // The example's own provincial copy is left out: the archive's copies are generated.
    if (programme.provider !== undefined) continue;
    write(join(out, 'programmes', file), text);
    national.push(programme);
    for (const m of programme.modules)
      modules[`${programme.id}/${m.id}`] = {
        group: `${programme.id}/${m.id}`,
        compared: compared(m),
      };
  }
  const carrier = 'trung-cap-llct'; // the programme that carries the local modules
  if (opts.programmesPerSchool > national.length)
    throw new Error(`programmes-per-school: at most ${national.length}`);

  /** Each province's local modules, as its first campus wrote them, with their refs. */
  const locals = new Map<string, Array<{ frame: string; module: ModuleData; ref: string }>>();
  const made = makeProviders(providers, random, opts.names, opts.campuses);
  made.list.forEach((provider, index) => {
    const suffix = provider.slug.replace(/^truong-chinh-tri-/, '');
    const dir = opts.noProvider
      ? join(out, 'schools', provider.slug)
      : join(out, 'providers', provider.slug);
    mkdirSync(dir, { recursive: true });
    // The school's copy of a national programme: <programme>-<province>-<n> without provider.
    const copyId = (nationalId: string) =>
      opts.noProvider
        ? `${nationalId}-${slug(provider.province.name)}-${index + 1}`
        : `${nationalId}-${suffix}`;
    let chosen = national;
    if (opts.programmesPerSchool > 0) {
      // K national programmes, trung-cap-llct among them; a fractional K is met on average.
      const whole = Math.floor(opts.programmesPerSchool);
      const k = whole + (random.chance(opts.programmesPerSchool - whole) ? 1 : 0);
      const others = random.shuffle(national.filter((p) => p.id !== carrier)).slice(0, k - 1);
      const ids = new Set([carrier, ...others.map((p) => p.id)]);
      chosen = national.filter((p) => ids.has(p.id));
    }
    const copied = new Set(chosen.map((p) => p.id));
    for (const { kind, id: nationalId, modules: nationalModules, ...rest } of chosen) {
      const id = copyId(nationalId);
      programmes[id] = {
        copyOf: nationalId,
        provider: provider.slug,
        province: provider.province.name,
        provinceId: provider.provinceId,
        campus: provider.campus,
      };
      const copiedModules = nationalModules.map((m) => {
        const { how, copy, edits } = copyModule(m, random, opts.rewording);
        copies[how]++;
        const group = `${nationalId}/${m.id}`;
        modules[`${id}/${m.id}`] = {
          group,
          compared: compared(m),
          provider: provider.slug,
          ...(edits.length > 0 && { edits }),
        };
        // Requires point to the school's own copies, or to the national programme it lacks.
        const requires = m.requires?.map((ref) => {
          const [programme, module] = ref.split('/');
          return module !== undefined && copied.has(programme!)
            ? `${copyId(programme!)}/${module}`
            : ref;
        });
        return { ...copy, ...(requires && { requires }) };
      });
      if (nationalId === carrier) {
        const where = { province: provider.province.name, provinceId: provider.provinceId };
        const first = locals.get(provider.provinceId);
        if (!first) {
          const mine: Array<{ frame: string; module: ModuleData; ref: string }> = [];
          for (const { frame, module } of localModules(provider, random)) {
            copiedModules.push(module);
            const ref = `${id}/${module.id}`;
            mine.push({ frame, module, ref });
            modules[ref] = { group: ref, compared: true, provider: provider.slug, frame, ...where };
          }
          locals.set(provider.provinceId, mine);
        } else {
          // Another campus of the province: copies of the first campus's local modules.
          let kept = first.filter(() => random.chance(0.8));
          if (!kept.length) kept = [random.pick(first)];
          for (const { frame, module, ref: group } of kept) {
            const { how, copy, edits } = copyModule(module, random, opts.rewording);
            copies[how]++;
            copiedModules.push(copy);
            modules[`${id}/${module.id}`] = {
              group,
              compared: true,
              provider: provider.slug,
              frame,
              ...where,
              ...(edits.length > 0 && { edits }),
            };
          }
        }
      }
      // A campus may say so in the title; a school's file without provider may name it.
      const head: Omit<ProgrammeData, 'kind' | 'id' | 'modules'> = { ...rest };
      if (provider.campus > 1 && random.chance(0.5))
        head.title = `${head.title} (cơ sở ${provider.campus})`;
      if (opts.noProvider) {
        if (random.chance(0.5)) head.source = schoolName(provider);
        else delete head.source;
      }
      const copy = {
        kind,
        id,
        ...(providerField && { provider: provider.slug }),
        ...head,
        ...(head.hours !== undefined && { hours: copiedModules.reduce((s, m) => s + m.hours, 0) }),
        modules: copiedModules,
      };
      write(join(dir, `${id}.yaml`), stringify(copy, { lineWidth: 0 }));
    }
  });
  const truth: NationalTruth = {
    seed,
    providers,
    providerField,
    files,
    bytes,
    copies,
    modules,
    namesShareSyllables: made.shared,
    options: opts,
    provinces: made.provinces,
    programmes,
  };
  const drop = isDefault(opts)
    ? (key: string, value: unknown) => (addedFields.has(key) ? undefined : value)
    : undefined;
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, drop));
  return truth;
}

function main() {
  const { values } = parseArgs({
    options: {
      providers: { type: 'string', default: '30' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      names: { type: 'string', default: 'invented' },
      campuses: { type: 'string', default: '1' },
      'no-provider': { type: 'boolean', default: false },
      'programmes-per-school': { type: 'string' },
      rewording: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const options = nationalOptions(values);
  const truth = generateNational(
    parseCount(values.providers),
    values.out,
    Number(values.seed),
    options,
  );
  const count = Object.keys(truth.modules).length;
  console.error(`${truth.files} files, ${count} modules, ${truth.bytes} bytes in ${values.out}`);
}

/** The generator's options from command-line values (shared with bench/national.ts). */
export function nationalOptions(values: {
  names?: string;
  campuses?: string;
  'no-provider'?: boolean;
  'programmes-per-school'?: string;
  rewording?: string;
}): NationalOptions {
  const names = namesChoices.find((n) => n === values.names);
  if (values.names !== undefined && !names)
    throw new Error(`--names: ${namesChoices.join(' or ')}`);
  const rewording = rewordingChoices.find((r) => r === values.rewording);
  if (values.rewording !== undefined && !rewording)
    throw new Error(`--rewording: ${rewordingChoices.join(' or ')}`);
  const perSchool = values['programmes-per-school'];
  const k = perSchool === undefined ? undefined : Number(perSchool);
  if (k !== undefined && !(k >= 1)) throw new Error('--programmes-per-school: a number ≥ 1');
  return {
    ...(names && { names }),
    ...(values.campuses !== undefined && { campuses: parseCount(values.campuses) }),
    ...(values['no-provider'] && { noProvider: true }),
    ...(k !== undefined && { programmesPerSchool: k }),
    ...(rewording && { rewording }),
  };
}

const invoked = process.argv[1] && realpathSync(process.argv[1]);
if (invoked === realpathSync(fileURLToPath(import.meta.url))) main();
