import { posix } from 'node:path';
import type { Catalog, Programme } from './catalog.js';
import { compareStrings } from './order.js';
import { slugOf } from './slug.js';

/**
 * A programme recognised as a copy of another though it declares no `provider` (format 1.2
 * docs/format.md §7.3), and the provider it is taken to belong to.
 */
export interface InferredCopy {
  readonly programme: string;
  /** The programme it copies. */
  readonly copyOf: string;
  readonly provider: string;
  /**
   * Where the provider's id comes from: the programme's `source`, the folder of its file, or,
   * when neither tells one school from another, the programme itself.
   */
  readonly providerFrom: 'source' | 'folder' | 'programme';
}

/**
 * The providers of programmes recognised as copies (programme id → the id of the programme it
 * copies). A school's copies are told apart by their `source` ("Trường Chính trị tỉnh Thanh
 * Hóa") or, failing that, by their file's folder (`schools/thanh-hoa/…`), each read as a slug;
 * a value names a provider only if no two copies of one original share it and the original
 * does not have it too (a folder that holds every programme is nobody's). Else the copy is a
 * provider of its own. Sorted by programme.
 */
export function nameInferredProviders(
  catalog: Catalog,
  copyOf: ReadonlyMap<string, string>,
): InferredCopy[] {
  const byId = new Map(catalog.programmes.map((p) => [p.id, p]));
  const copiesOf = new Map<string, Programme[]>();
  for (const [copy, original] of copyOf) {
    const p = byId.get(copy);
    if (p === undefined) continue;
    const list = copiesOf.get(original);
    if (list) list.push(p);
    else copiesOf.set(original, [p]);
  }
  const sourceOf = (p: Programme) => (p.source === undefined ? '' : slugOf(p.source));
  const folderOf = (p: Programme) => slugOf(posix.basename(posix.dirname(p.file)));
  const inferred: InferredCopy[] = [];
  for (const [originalId, copies] of copiesOf) {
    const original = byId.get(originalId);
    const tells = (key: (p: Programme) => string) => {
      const counts = new Map<string, number>();
      for (const p of copies) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
      const taken = original === undefined ? '' : key(original);
      return (p: Programme) => key(p) !== '' && key(p) !== taken && counts.get(key(p)) === 1;
    };
    const bySource = tells(sourceOf);
    const byFolder = tells(folderOf);
    for (const p of copies) {
      const [provider, providerFrom] = bySource(p)
        ? [sourceOf(p), 'source' as const]
        : byFolder(p)
          ? [folderOf(p), 'folder' as const]
          : [p.id, 'programme' as const];
      inferred.push({ programme: p.id, copyOf: originalId, provider, providerFrom });
    }
  }
  return inferred.sort((a, b) => compareStrings(a.programme, b.programme));
}

/**
 * The catalogue with each inferred copy given its provider and marked `inferred`, so that
 * everything after the overlap engine treats it as a declared provider copy. The same object
 * when nothing was inferred.
 */
export function withInferredCopies(catalog: Catalog, copies: readonly InferredCopy[]): Catalog {
  if (copies.length === 0) return catalog;
  const byProgramme = new Map(copies.map((c) => [c.programme, c]));
  const programmes = catalog.programmes.map((p): Programme => {
    const copy = byProgramme.get(p.id);
    return copy === undefined
      ? p
      : {
          ...p,
          provider: copy.provider,
          inferred: { copyOf: copy.copyOf, providerFrom: copy.providerFrom },
        };
  });
  return { ...catalog, programmes };
}
