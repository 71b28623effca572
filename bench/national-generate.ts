// A national archive for the national-archive benchmark (bench/national.ts), built from
// examples/vn-cadre: its framework and national programmes as they are, and for each of P
// providers (provincial political schools) a copy of every national programme, each module
// copied verbatim, respelled or lightly reworded, plus 2–3 local modules that share only a
// frame with other provinces' local modules. The same options give byte-identical files.
//
//   npx tsx bench/national-generate.ts --providers 30 --out DIR [--seed 1]
//
// Writes DIR/framework.yaml, DIR/programmes/*.yaml (national), DIR/providers/<provider>/*.yaml
// and DIR/truth.json (the ground truth, below).

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
  provider?: string;
  hours?: number;
  modules: ModuleData[];
}

/** How a provider's copy of a national module was written. */
export type CopyKind = 'verbatim' | 'respelled' | 'reworded';

/**
 * The ground truth, by module ref. `group`: the national module's ref for the national module
 * and all its copies, the module's own ref for a local module. `compared`: a lesson or report,
 * which the CLI compares by default. `frame`: for a local module, the frame it was built from.
 */
export interface TruthModule {
  readonly group: string;
  readonly compared: boolean;
  readonly provider?: string;
  readonly frame?: string;
}
export interface NationalTruth {
  readonly seed: number;
  readonly providers: number;
  /** Whether the programme schema accepts `provider` (format 1.1), so the copies state it. */
  readonly providerField: boolean;
  readonly files: number;
  readonly bytes: number;
  readonly copies: Record<CopyKind, number>;
  readonly modules: Record<string, TruthModule>;
  /**
   * Whether the invented province and place names ran out of two-syllable ones (beyond about
   * 2,600 providers), so that some contain another's two syllables ("Hòa Mỹ", "Hòa Mỹ Tân"):
   * local modules of those provinces then share part of their filler as well as their frame.
   */
  readonly namesShareSyllables: boolean;
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
// Spelling variants the format spec (§4) calls the same text, and light rewording

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

function respell(m: ModuleData, random: Random): ModuleData {
  let copy = m;
  for (const variant of random.some(respellings)) {
    if (variant === 'tone-placement') copy = mapTexts(copy, swapTonePlacement);
    if (variant === 'i-y') copy = mapTexts(copy, swapIY);
    if (variant === 'upper-title') copy = { ...copy, title: copy.title.toUpperCase() };
    if (variant === 'nfd') copy = mapTexts(copy, (t) => t.normalize('NFD'));
  }
  return copy;
}

function reword(m: ModuleData, random: Random): ModuleData {
  const topics = [...(m.topics ?? [])];
  let { title, description } = m;
  const possible = rewordings.filter(
    (r) =>
      (r !== 'reorder-topics' || topics.length >= 2) && (r !== 'drop-topic' || topics.length >= 3),
  );
  for (const edit of random.some(possible)) {
    if (edit === 'reorder-topics') topics.reverse();
    if (edit === 'drop-topic') topics.splice(random.int(0, topics.length - 1), 1);
    if (edit === 'title-affix')
      title = random.next() < 0.5 ? `Chuyên đề: ${title}` : `${title} (cập nhật)`;
    if (edit === 'add-phrase') {
      const phrase = random.pick(phrases);
      if (description !== undefined || !topics.length)
        description = `${(description ?? '').replace(/\.?$/, '')}; ${phrase}.`.replace(/^; /, '');
      else {
        const i = random.int(0, topics.length - 1);
        topics[i] = `${topics[i]!}, ${phrase}`;
      }
    }
  }
  const hours =
    random.next() < 0.5
      ? Math.max(1, m.hours + random.pick([-1, 1]) * random.int(1, Math.ceil(m.hours / 4)))
      : m.hours;
  return {
    ...m,
    title,
    hours,
    ...(description !== undefined && { description }),
    ...(m.topics && { topics }),
  };
}

// ---------------------------------------------------------------------------------------------
// Providers and their local modules

interface Provider {
  readonly slug: string;
  readonly province: Province;
}

/**
 * Providers 1–34 are the real provinces (truong-chinh-tri-ha-noi, …). Beyond 34 the slug is a
 * province's with a number (truong-chinh-tri-ha-noi-2) and the province named in its local
 * modules is invented, with invented places, so that no two providers share local content.
 */
function makeProviders(count: number, random: Random): { list: Provider[]; shared: boolean } {
  const real = provinces.flatMap((p) => [p.name, ...p.places]).join('; ');
  const two = inventedFirst.flatMap((a) => inventedSecond.map((b) => `${a} ${b}`));
  const three = two.flatMap((ab) => inventedSecond.map((c) => `${ab} ${c}`));
  // Names are taken from the end: two-syllable names first, then three-syllable ones.
  const unused = [...random.shuffle(three), ...random.shuffle(two)].filter(
    (n) => !real.includes(n) && !/(\S+) \1/.test(n),
  );
  const twoSyllable = new Set(two);
  let shared = false;
  const take = () => {
    const name = unused.pop()!;
    if (!twoSyllable.has(name)) shared = true;
    return name;
  };
  const list = Array.from({ length: count }, (_, i): Provider => {
    const base = provinces[i % provinces.length]!;
    const round = Math.floor(i / provinces.length) + 1;
    if (round === 1) return { slug: `truong-chinh-tri-${slug(base.name)}`, province: base };
    const province = { name: take(), places: placeKinds.map((kind) => `${kind} ${take()}`) };
    return { slug: `truong-chinh-tri-${slug(base.name)}-${round}`, province };
  });
  return { list, shared };
}

function localModules({ province }: Provider, random: Random) {
  const unit = `${province.city ? 'thành phố' : 'tỉnh'} ${province.name}`;
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

export function generateNational(providers: number, out: string, seed = 1): NationalTruth {
  const random = makeRandom(seed);
  const providerField = providerAccepted();
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

  const made = makeProviders(providers, random);
  for (const provider of made.list) {
    const suffix = provider.slug.replace(/^truong-chinh-tri-/, '');
    const dir = join(out, 'providers', provider.slug);
    mkdirSync(dir, { recursive: true });
    for (const { kind, id: nationalId, modules: nationalModules, ...rest } of national) {
      const id = `${nationalId}-${suffix}`;
      const copied = nationalModules.map((m) => {
        const r = random.next();
        const how: CopyKind = r < 0.5 ? 'verbatim' : r < 0.75 ? 'respelled' : 'reworded';
        copies[how]++;
        const copy =
          how === 'respelled' ? respell(m, random) : how === 'reworded' ? reword(m, random) : m;
        const group = `${nationalId}/${m.id}`;
        modules[`${id}/${m.id}`] = { group, compared: compared(m), provider: provider.slug };
        const requires = m.requires?.map((ref) =>
          ref.includes('/') ? ref.replace('/', `-${suffix}/`) : ref,
        );
        return { ...copy, ...(requires && { requires }) };
      });
      if (nationalId === 'trung-cap-llct')
        for (const { frame, module } of localModules(provider, random)) {
          copied.push(module);
          const ref = `${id}/${module.id}`;
          modules[ref] = { group: ref, compared: true, provider: provider.slug, frame };
        }
      const copy = {
        kind,
        id,
        ...(providerField && { provider: provider.slug }),
        ...rest,
        ...(rest.hours !== undefined && { hours: copied.reduce((s, m) => s + m.hours, 0) }),
        modules: copied,
      };
      write(join(dir, `${id}.yaml`), stringify(copy, { lineWidth: 0 }));
    }
  }
  const truth = {
    seed,
    providers,
    providerField,
    files,
    bytes,
    copies,
    modules,
    namesShareSyllables: made.shared,
  };
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth));
  return truth;
}

function main() {
  const { values } = parseArgs({
    options: {
      providers: { type: 'string', default: '30' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const truth = generateNational(parseCount(values.providers), values.out, Number(values.seed));
  const count = Object.keys(truth.modules).length;
  console.error(`${truth.files} files, ${count} modules, ${truth.bytes} bytes in ${values.out}`);
}

const invoked = process.argv[1] && realpathSync(process.argv[1]);
if (invoked === realpathSync(fileURLToPath(import.meta.url))) main();
