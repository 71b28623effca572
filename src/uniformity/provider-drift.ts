import { programmesById } from '../model/lookup.js';
import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import { type Lang, localText } from '../model/local-text.js';
import { formatNumber } from '../messages/number-format.js';
import { count, hoursUnit, noun } from '../messages/words.js';
import type { Catalog, Module, Programme } from '../model/catalog.js';
import { roundHours } from '../model/hours.js';
import { compareStrings } from '../model/order.js';

/** How a provider's copy of a national programme differs from it. */
export interface ProviderDrift {
  readonly provider: string;
  /** The provider's programme. */
  readonly programme: string;
  /** The national programme it copies. */
  readonly national: string;
  /** National modules the copy does not hold. */
  readonly dropped: readonly string[];
  readonly droppedHours: number;
  /** Modules of the copy that the national programme does not hold (local modules). */
  readonly added: readonly string[];
  readonly addedHours: number;
  /** Copied modules reworded beyond spelling. */
  readonly reworded: readonly string[];
  /** Copied modules whose hours differ, and by how much in all (copy − national). */
  readonly hoursChanged: readonly string[];
  readonly hoursDifference: number;
}

/** A provider programme copies the national one with which it shares most modules, if half. */
export const minCopiedShare = 0.5;

export interface CopyLookup {
  /** The copy group of a module, and its group of identical texts; undefined if not compared. */
  readonly copyOf: (ref: string) => { readonly group: string; readonly text: string } | undefined;
  /** The exact score of two modules. */
  readonly score: (a: string, b: string) => number;
}

/**
 * A national module and a module of the copy that score this much are one module reworded,
 * not one dropped and another added. On the national benchmark (3 providers), copies reworded
 * beyond their copy group (a topic dropped and a phrase added) score 0.85–0.88.
 */
export const rewordedScore = 0.8;

/**
 * For each provider's programme that copies a national one (most of the national modules
 * have a copy in it, by the copy groups of the overlap engine): what it drops, adds and
 * changes. The review that started this tool asks for national uniformity (tính thống nhất
 * trên toàn quốc) and warns that providers are loosely managed. Pure.
 */
export function providerDrift(catalog: Catalog, copies: CopyLookup): ProviderDrift[] {
  const national = catalog.programmes.filter((p) => p.provider === undefined);
  const groupsOf = (p: Programme) =>
    new Set(p.modules.flatMap((m) => copies.copyOf(m.ref)?.group ?? []));
  const nationalGroups = new Map(national.map((n) => [n.id, groupsOf(n)]));
  const drift: ProviderDrift[] = [];
  for (const p of catalog.programmes) {
    if (p.provider === undefined) continue;
    const mine = groupsOf(p);
    const best = national
      .map((n) => ({
        n,
        shared: [...(nationalGroups.get(n.id) ?? [])].filter((g) => mine.has(g)).length,
      }))
      .filter(({ n, shared }) => shared >= minCopiedShare * n.modules.length && shared > 0)
      .sort((x, y) => y.shared - x.shared || compareStrings(x.n.id, y.n.id))[0];
    if (!best) continue;
    drift.push(compare(p.provider, p, best.n, copies));
  }
  return drift.sort(
    (a, b) => compareStrings(a.provider, b.provider) || compareStrings(a.programme, b.programme),
  );
}

function compare(
  provider: string,
  copy: Programme,
  original: Programme,
  copies: CopyLookup,
): ProviderDrift {
  // Modules not compared (fieldwork, assessment) have no copy group: they are matched by id.
  const groupOf = (m: Module) => copies.copyOf(m.ref)?.group ?? `${m.activity}:${m.id}`;
  const byGroup = new Map(copy.modules.map((m) => [groupOf(m), m]));
  const originalGroups = new Set(original.modules.map((m) => groupOf(m)));
  const dropped = original.modules.filter((m) => !byGroup.has(groupOf(m)));
  const added = copy.modules.filter((m) => !originalGroups.has(groupOf(m)));
  const reworded: string[] = [];
  // A module reworded more than a copy is, but still a duplicate of a national one it
  // replaces, is a change, not a drop and an addition.
  for (const d of [...dropped]) {
    const best = added
      .map((m) => ({ m, score: copies.score(d.ref, m.ref) }))
      .filter(({ score }) => score >= rewordedScore)
      .sort((x, y) => y.score - x.score || compareStrings(x.m.ref, y.m.ref))[0];
    if (!best) continue;
    dropped.splice(dropped.indexOf(d), 1);
    added.splice(added.indexOf(best.m), 1);
    reworded.push(best.m.ref);
  }
  const hoursChanged: string[] = [];
  let hoursDifference = 0;
  for (const m of original.modules) {
    const c = byGroup.get(groupOf(m));
    if (!c) continue;
    if (copies.copyOf(c.ref)?.text !== copies.copyOf(m.ref)?.text) reworded.push(c.ref);
    if (c.hours !== m.hours) {
      hoursChanged.push(c.ref);
      hoursDifference += c.hours - m.hours;
    }
  }
  const hours = (ms: readonly Module[]) => roundHours(ms.reduce((s, m) => s + m.hours, 0));
  // Lists in ref order: reordering the modules of a file changes no report.
  const refs = (ms: readonly Module[]) => ms.map((m) => m.ref).sort(compareStrings);
  return {
    provider,
    programme: copy.id,
    national: original.id,
    dropped: refs(dropped),
    droppedHours: hours(dropped),
    added: refs(added),
    addedHours: hours(added),
    reworded: reworded.sort(compareStrings),
    hoursChanged: hoursChanged.sort(compareStrings),
    hoursDifference: roundHours(hoursDifference),
  };
}

/** `provider-drift`: a provider's copy drops national content, at the copy. */
export function driftFindings(catalog: Catalog, drift: readonly ProviderDrift[]): Finding[] {
  const programmes = programmesById(catalog);
  const unit = hoursUnit(catalog.framework.periodMinutes);
  return drift.flatMap((d) => {
    const copy = programmes.get(d.programme);
    if (!copy || d.dropped.length === 0) return [];
    const national = programmes.get(d.national)?.title ?? d.national;
    const dropped = d.dropped.join(', ');
    const hours = (lang: Lang) => count(d.droppedHours, unit, lang);
    return [
      finding(
        'provider-drift',
        copy.location,
        localText(
          `chương trình "${d.programme}" của ${d.provider} sao theo chương trình quốc gia "${national}" (${d.national}) nhưng bỏ ${formatNumber(d.dropped.length, 'vi')} mô-đun của nó (${hours('vi')}): ${dropped}`,
          `programme "${d.programme}" of ${d.provider} copies the national "${national}" (${d.national}) but drops ${count(d.dropped.length, noun('', 'module'), 'en')} of it (${hours('en')}): ${dropped}`,
        ),
        [],
        [`programme:${d.programme}`, `programme:${d.national}`],
      ),
    ];
  });
}

/**
 * The copies that differ from their national programme (drop, add, reword or change hours),
 * those that drop most first: what a report lists.
 */
export function driftingCopies(drift: readonly ProviderDrift[]): ProviderDrift[] {
  return drift
    .filter(
      (d) => d.dropped.length + d.added.length + d.reworded.length + d.hoursChanged.length > 0,
    )
    .sort((x, y) => y.droppedHours - x.droppedHours || y.addedHours - x.addedHours);
}
