import type { Finding } from '../findings/finding.js';
import { finding } from '../findings/rules.js';
import { localText, neutral } from '../model/local-text.js';
import type { Catalog, Module } from '../model/catalog.js';
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

/**
 * `prerequisite-cycle`: modules that require each other in a circle, a module requiring itself
 * among them. One finding per cycle (a strongly connected component, Tarjan's algorithm, run
 * without recursion so that no chain of prerequisites can exhaust the stack), at the first
 * module by ref, where it requires the next.
 */
export function prerequisiteCycles(catalog: Catalog): Finding[] {
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
function describeCycle(catalog: Catalog, component: readonly Module[]): Finding {
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
  const chain = path.map((m) => m.ref).join(' → ');
  const message =
    component.length === 1
      ? localText(`mô-đun "${first.ref}" đòi hỏi chính nó`, `module "${first.ref}" requires itself`)
      : localText(
          `điều kiện tiên quyết vòng tròn: ${chain}; không mô-đun nào trong vòng có thể bắt đầu`,
          `prerequisite cycle: ${chain}; none of these modules can ever be started`,
        );
  return finding(
    'prerequisite-cycle',
    whereRequired(first, path[1]?.ref ?? first.ref),
    message,
    sorted.slice(1).map((m) => ({ ...m.location, message: neutral(`${m.ref}: ${m.title}`) })),
    sorted.map((m) => `module:${m.ref}`),
  );
}

/**
 * `prerequisite-inversion`: a module requires a module of a higher level of the same track
 * (a later step of the ladder as a condition for an earlier one), at the prerequisite.
 */
export function prerequisiteInversions(catalog: Catalog): Finding[] {
  const programmeOf = programmesById(catalog);
  const levelOf = (m: Module) => {
    const programme = programmeOf.get(m.programme);
    return programme ? catalog.levels.get(programme.levelRef) : undefined;
  };
  const findings: Finding[] = [];
  for (const module of catalog.modules) {
    const level = levelOf(module);
    if (!level) continue;
    for (const ref of module.requires) {
      const required = catalog.moduleByRef.get(ref);
      const requiredLevel = required ? levelOf(required) : undefined;
      if (!required || !requiredLevel) continue;
      if (requiredLevel.track !== level.track || requiredLevel.rank <= level.rank) continue;
      findings.push(
        finding(
          'prerequisite-inversion',
          whereRequired(module, ref),
          localText(
            `mô-đun "${module.ref}" (bậc ${level.title}) đòi hỏi học trước "${ref}" của bậc cao hơn (${requiredLevel.title}): người học phải qua bước sau trước bước trước`,
            `module "${module.ref}" (level ${level.title}) requires "${ref}" of a higher level (${requiredLevel.title}): a learner would need the later step before the earlier one`,
          ),
          [{ ...required.location, message: neutral(`${ref}: ${required.title}`) }],
          [`module:${module.ref}`, `module:${ref}`],
        ),
      );
    }
  }
  return findings;
}

/**
 * `redundant-prerequisite`: a module requires a module that another of its prerequisites
 * already requires, directly or through others; at the prerequisite that can go.
 */
export function redundantPrerequisites(catalog: Catalog): Finding[] {
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
  const findings: Finding[] = [];
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
        findings.push(
          finding(
            'redundant-prerequisite',
            whereRequired(module, ref),
            localText(
              `mô-đun "${module.ref}" đòi hỏi "${ref}", nhưng điều kiện tiên quyết "${via.ref}" của nó đã dẫn tới "${ref}": có thể bỏ yêu cầu thứ hai`,
              `module "${module.ref}" requires "${ref}", which its prerequisite "${via.ref}" already leads to: the second requirement can go`,
            ),
            [{ ...via.location, message: neutral(`${via.ref}: ${via.title}`) }],
            [`module:${module.ref}`, `module:${ref}`, `module:${via.ref}`],
          ),
        );
      }
    }
  }
  return findings;
}
