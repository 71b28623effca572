import { render } from '../messages/catalogue.js';
import { createHash } from 'node:crypto';
import type { Catalog, Module } from '../model/catalog.js';
import { programmesById } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';
import type { Finding } from '../findings/finding.js';

/**
 * A finding's identity across runs: the rule and the content of what it is about, never its
 * line or wording, so that it survives moved lines and reordering and changes when the content
 * does. The baseline records these; SARIF gives them as `partialFingerprints`.
 */

/** The content of an entity named by an `about` key (`module:prog/mod`), if it exists. */
export type ContentOf = (key: string) => string | undefined;

export interface FingerprintOptions {
  /**
   * How the baseline names a finding's file (for findings without `about`), e.g. relative to
   * the baseline's folder so that it does not depend on where the tool runs. Identity by default.
   */
  readonly file?: (file: string) => string;
  /**
   * The content as versions before hours left the fingerprint saw it (`catalogContent(c,
   * { hours: true })`), to fingerprint findings with `about` as they did. Only matching a
   * baseline needs it.
   */
  readonly earlier?: ContentOf;
}

export interface FingerprintedFinding {
  readonly finding: Finding;
  readonly fingerprint: string;
  /**
   * For a finding without `about`: its fingerprint as versions before messages had ids made it
   * (from the English message); for a finding about modules or programmes: its fingerprint
   * as versions that hashed their hours made it (`earlier` of the options). A baseline
   * written by them still matches where nothing else changed.
   */
  readonly earlier?: string;
}

const scheme = 'curriculum-dedup/baseline/1';

/**
 * Fingerprints of many findings, with each entity's content hashed once however many
 * findings name it (a module in a national archive is named by dozens of overlaps).
 */
export function fingerprintFindings(
  findings: readonly Finding[],
  contentOf: ContentOf,
  options: FingerprintOptions = {},
): FingerprintedFinding[] {
  const print = fingerprinter(contentOf, options);
  const printBefore = options.earlier && fingerprinter(options.earlier, options);
  const fileName = options.file ?? ((file: string) => file);
  return findings.map((finding) => {
    const fingerprint = print(finding);
    if (aboutKeys(finding) !== undefined) {
      const earlier = printBefore?.(finding);
      return earlier === undefined || earlier === fingerprint
        ? { finding, fingerprint }
        : { finding, fingerprint, earlier };
    }
    const file = slashes(fileName(finding.file));
    const words = render(finding.message, 'en');
    return {
      finding,
      fingerprint,
      earlier: sha256(JSON.stringify([scheme, finding.rule, 'file', file, words])),
    };
  });
}

/**
 * With `about`: the rule and, for each entity named, its key and a hash of its content — not
 * the message (its numbers move with thresholds and wording) nor the location (lines move).
 * Without `about` (a finding about a file's text): the rule, the file, and the message's id and
 * data, never its wording, so that rewording a message leaves every baseline as it was.
 */
function fingerprinter(contentOf: ContentOf, options: FingerprintOptions): (f: Finding) => string {
  const hashes = new Map<string, string>();
  const contentHash = (key: string): string => {
    let hash = hashes.get(key);
    if (hash === undefined) {
      const content = contentOf(key);
      // An entity the catalogue does not know still counts by its key.
      hash = content === undefined ? '-' : sha256(content);
      hashes.set(key, hash);
    }
    return hash;
  };
  const fileName = options.file ?? ((file: string) => file);
  return (finding) => {
    const about = aboutKeys(finding);
    const parts =
      about === undefined
        ? [
            scheme,
            finding.rule,
            'file',
            slashes(fileName(finding.file)),
            finding.message.id,
            canonical(finding.message.data ?? {}),
          ]
        : [scheme, finding.rule, 'about', ...about.flatMap((key) => [key, contentHash(key)])];
    return sha256(JSON.stringify(parts));
  };
}

/** The finding's `about` keys, sorted and once each; undefined when it has none. */
export function aboutKeys(finding: Finding): string[] | undefined {
  if (finding.about === undefined || finding.about.length === 0) return undefined;
  return [...new Set(finding.about)].sort(compareStrings);
}

/**
 * What each `about` key of a catalogue stands for, as text whose change changes the
 * fingerprint. Texts are compared after light normalisation (Unicode NFC, white space, case):
 * re-wrapping a YAML line or fixing a capital letter does not reopen an accepted finding;
 * a changed word, topic or outcome does. The order of topics, outcomes and a programme's
 * modules does not count; what they are does.
 *
 * A module's hours are not its content: shortening an accepted module from 24 to 20 tiết,
 * which is what a review of an overlap asks for, keeps its findings accepted. `hours: true`
 * gives the content as earlier versions hashed it, hours included, for their baselines.
 */
export function catalogContent(
  catalog: Catalog,
  options: { readonly hours?: boolean } = {},
): ContentOf {
  const moduleContent = (m: Module): unknown[] =>
    options.hours === true ? [...whatItTeaches(m), m.hours] : whatItTeaches(m);
  let positions: Map<string, Catalog['positions'][number]> | undefined;
  let tracks: Map<string, Catalog['tracks'][number]> | undefined;
  return (key) => {
    const colon = key.indexOf(':');
    if (colon < 0) return undefined;
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    switch (kind) {
      case 'module': {
        const module = catalog.moduleByRef.get(id);
        return module && JSON.stringify(moduleContent(module));
      }
      case 'programme': {
        const p = programmesById(catalog).get(id);
        return (
          p &&
          JSON.stringify([
            text(p.title),
            p.levelRef,
            [...p.satisfies].sort(compareStrings),
            p.provider ?? '',
            p.modules
              .map((m) => [m.ref, moduleContent(m)] as const)
              .sort((a, b) => compareStrings(a[0], b[0])),
          ])
        );
      }
      case 'level': {
        const level = catalog.levels.get(id);
        return level && JSON.stringify([level.ref, text(level.title)]);
      }
      case 'track': {
        tracks ??= new Map(catalog.tracks.map((t) => [t.id, t]));
        const t = tracks.get(id);
        return t && JSON.stringify([t.id, text(t.title), t.levels.map((l) => l.ref)]);
      }
      case 'position': {
        positions ??= new Map(catalog.positions.map((p) => [p.id, p]));
        const p = positions.get(id);
        return p && JSON.stringify([text(p.title), [...p.requires].sort(compareStrings)]);
      }
      default:
        return undefined;
    }
  };
}

/** What a module teaches: its title, description, topics and outcomes, not its hours. */
function whatItTeaches(m: Module): unknown[] {
  return [
    text(m.title),
    text(m.description ?? ''),
    m.topics.map(text).sort(compareStrings),
    m.outcomes.map(text).sort(compareStrings),
  ];
}

function text(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A message's data as JSON with its keys sorted at every depth: the same data, the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v: unknown) => canonical(v)).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}
