import type { Catalog, Level, Module } from '../model/catalog.js';
import type { SourceLocation } from '../model/location.js';
import { mustAt, programmesById } from '../model/lookup.js';
import { compareStrings } from '../model/order.js';

/** The prerequisite graph: each module's prerequisites that exist, by ref. */
function prerequisitesOf(catalog: Catalog): (module: Module) => Module[] {
  return (module) =>
    module.requires.flatMap((ref) => {
      const required = catalog.moduleByRef.get(ref);
      return required ? [required] : [];
    });
}

const whereRequired = (module: Module, ref: string): SourceLocation =>
  module.requireLocations[module.requires.indexOf(ref)] ?? module.location;

/** A prerequisite cycle, as a reader follows it. */
export interface Cycle {
  /** From the first module by ref, along its requirements, back to it. */
  readonly path: readonly Module[];
  /** Every module of the cycle, by ref. */
  readonly members: readonly Module[];
  /** Where the first module requires the next. */
  readonly where: SourceLocation;
}

/**
 * Modules that require each other in a circle, a module requiring itself among them: the
 * strongly connected components (Tarjan's algorithm, run without recursion so that no chain
 * of prerequisites can exhaust the stack) that are cycles.
 */
export function cycles(catalog: Catalog): Cycle[] {
  return cyclesOf(catalog).map((component) => describeCycle(catalog, component));
}

/** The strongly connected components that are cycles, each as its modules. */
function cyclesOf(catalog: Catalog): Module[][] {
  const next = prerequisitesOf(catalog);
  // Per module: its visit order and the lowest order reachable from it (Tarjan).
  const order = new Map<string, { index: number; low: number }>();
  const onStack = new Set<string>();
  const stack: Module[] = [];
  const components: Module[][] = [];
  for (const root of catalog.modules) {
    if (order.has(root.ref)) continue;
    const work: Array<{
      module: Module;
      mark: { index: number; low: number };
      children: Module[];
    }> = [];
    const open = (module: Module) => {
      const mark = { index: order.size, low: order.size };
      order.set(module.ref, mark);
      stack.push(module);
      onStack.add(module.ref);
      work.push({ module, mark, children: next(module).reverse() });
    };
    open(root);
    for (let top = work.at(-1); top !== undefined; top = work.at(-1)) {
      const child = top.children.pop();
      if (child !== undefined) {
        const seen = order.get(child.ref);
        if (seen === undefined) open(child);
        else if (onStack.has(child.ref)) top.mark.low = Math.min(top.mark.low, seen.index);
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) parent.mark.low = Math.min(parent.mark.low, top.mark.low);
      if (top.mark.low !== top.mark.index) continue;
      const component: Module[] = [];
      for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
        onStack.delete(m.ref);
        component.push(m);
        if (m === top.module) break;
      }
      const selfLoop = component.length === 1 && top.module.requires.includes(top.module.ref);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  }
  return components;
}

/** A cycle from its first module by ref, always on to the first member it requires. */
function describeCycle(catalog: Catalog, component: readonly Module[]): Cycle {
  const members = new Set(component.map((m) => m.ref));
  const sorted = [...component].sort((a, b) => compareStrings(a.ref, b.ref));
  const first = mustAt(sorted, 0);
  // The shortest way from the first module back to itself, within the cycle (breadth first).
  const cameFrom = new Map<string, Module>();
  const queue: Module[] = [first];
  for (let i = 0; i < queue.length && !cameFrom.has(first.ref); i++) {
    const m = mustAt(queue, i);
    for (const ref of [...m.requires].sort(compareStrings)) {
      const to = members.has(ref) ? catalog.moduleByRef.get(ref) : undefined;
      if (to === undefined || cameFrom.has(to.ref)) continue;
      cameFrom.set(to.ref, m);
      queue.push(to);
    }
  }
  const back: Module[] = [first];
  for (let m = cameFrom.get(first.ref); m !== undefined && m !== first; m = cameFrom.get(m.ref))
    back.push(m);
  const path = [first, ...back.slice(1).reverse(), first];
  return { path, members: sorted, where: whereRequired(first, path[1]?.ref ?? first.ref) };
}

/** A module that requires a module of a higher level of its track. */
export interface Inversion {
  readonly module: Module;
  readonly level: Level;
  readonly required: Module;
  readonly requiredLevel: Level;
  /** Where the module requires it. */
  readonly where: SourceLocation;
}

/** Modules that require a later step of the ladder as a condition for an earlier one. */
export function inversions(catalog: Catalog): Inversion[] {
  const programmeOf = programmesById(catalog);
  const levelOf = (m: Module) => {
    const programme = programmeOf.get(m.programme);
    return programme ? catalog.levels.get(programme.levelRef) : undefined;
  };
  const found: Inversion[] = [];
  for (const module of catalog.modules) {
    const level = levelOf(module);
    if (!level) continue;
    for (const ref of module.requires) {
      const required = catalog.moduleByRef.get(ref);
      const requiredLevel = required ? levelOf(required) : undefined;
      if (!required || !requiredLevel) continue;
      if (requiredLevel.track !== level.track || requiredLevel.rank <= level.rank) continue;
      found.push({ module, level, required, requiredLevel, where: whereRequired(module, ref) });
    }
  }
  return found;
}

/** A requirement another prerequisite of the module already leads to. */
export interface Redundancy {
  readonly module: Module;
  /** The ref of the requirement that can go. */
  readonly required: string;
  /** The prerequisite that leads to it. */
  readonly via: Module;
  /** Where the module requires it. */
  readonly where: SourceLocation;
}

/**
 * Requirements of a module that another of its prerequisites already requires, directly or
 * through others: one per requirement, even when several prerequisites imply it.
 */
export function redundancies(catalog: Catalog): Redundancy[] {
  const next = prerequisitesOf(catalog);
  // Inside a cycle every requirement leads back to every other: the cycle is the problem
  // (prerequisite-cycle), and no requirement there is redundant.
  const cycleOf = new Map<string, number>();
  cyclesOf(catalog).forEach((component, c) => component.forEach((m) => cycleOf.set(m.ref, c)));
  const sameCycle = (a: string, b: string) =>
    cycleOf.get(a) !== undefined && cycleOf.get(a) === cycleOf.get(b);
  /** Every module reachable from `start` through prerequisites, `start` not included. */
  const reachable = (start: Module): Map<string, Module> => {
    const seen = new Map<string, Module>();
    const stack = next(start);
    for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
      if (seen.has(m.ref) || m.ref === start.ref) continue;
      seen.set(m.ref, m);
      stack.push(...next(m));
    }
    return seen;
  };
  const found: Redundancy[] = [];
  for (const module of catalog.modules) {
    if (module.requires.length < 2 || cycleOf.has(module.ref)) continue;
    // One finding per redundant requirement, even when several prerequisites imply it.
    const reported = new Set<string>();
    for (const via of next(module)) {
      const implied = reachable(via);
      for (const ref of module.requires) {
        if (ref === via.ref || !implied.has(ref) || reported.has(ref) || sameCycle(ref, via.ref))
          continue;
        reported.add(ref);
        found.push({ module, required: ref, via, where: whereRequired(module, ref) });
      }
    }
  }
  return found;
}
