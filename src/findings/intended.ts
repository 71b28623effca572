import type { Catalog } from '../model/catalog.js';
import { compareStrings } from '../model/order.js';

/**
 * Why a group of modules overlaps on purpose, from the authors' `intendedOverlaps`: a group is
 * accepted when the declarations (read both ways) connect all of its modules, so a module
 * that joins an accepted group later is not covered by what was written before it existed.
 * Returns the reasons, sorted and joined, or undefined when the group is not accepted.
 */
export type IntendedReason = (modules: readonly string[]) => string | undefined;

export function intendedOverlaps(catalog: Catalog): IntendedReason {
  /** For each module, the modules it is declared to overlap on purpose, with the reason. */
  const edges = new Map<string, Map<string, string>>();
  const add = (a: string, b: string, reason: string) => {
    const out = edges.get(a) ?? new Map<string, string>();
    if (!out.has(b)) out.set(b, reason);
    edges.set(a, out);
  };
  for (const m of catalog.modules)
    for (const d of m.intendedOverlaps) {
      add(m.ref, d.module, d.reason);
      add(d.module, m.ref, d.reason);
    }
  if (edges.size === 0) return () => undefined;
  return (modules) => {
    const [first] = modules;
    if (first === undefined || modules.length < 2) return undefined;
    const members = new Set(modules);
    const reached = new Set([first]);
    const reasons = new Set<string>();
    const stack = [first];
    for (let m = stack.pop(); m !== undefined; m = stack.pop())
      for (const [next, reason] of edges.get(m) ?? []) {
        if (!members.has(next)) continue;
        reasons.add(reason);
        if (reached.has(next)) continue;
        reached.add(next);
        stack.push(next);
      }
    return reached.size === members.size ? [...reasons].sort(compareStrings).join('; ') : undefined;
  };
}
