import { prerequisiteCycle } from '../../src/rules/prerequisite-cycle.js';
import { prerequisiteInversion } from '../../src/rules/prerequisite-inversion.js';
import { redundantPrerequisite } from '../../src/rules/redundant-prerequisite.js';
import { describe, expect, it } from 'vitest';
import { catalogOf, check, english, everyLevel, programme } from './support.js';

const withTrungCap = (modules: Record<string, string[]>) =>
  catalogOf({ ...everyLevel, 'trung-cap.yaml': programme('trung-cap', 'llct/trung-cap', modules) });

describe('prerequisite-cycle', () => {
  it('reports a cycle once, at its first module where it requires the next', () => {
    const findings = english(
      check(prerequisiteCycle, withTrungCap({ a: ['c'], b: ['a'], c: ['b'] })),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'prerequisite-cycle',
        severity: 'error',
        message:
          'prerequisite cycle: trung-cap/a → trung-cap/c → trung-cap/b → trung-cap/a; none of these modules can ever be started',
        file: 'trung-cap.yaml',
        line: 10,
        column: 16,
      }),
    ]);
    expect(findings[0]?.related?.map((r) => r.message)).toEqual([
      'b (trung-cap/b)',
      'c (trung-cap/c)',
    ]);
  });

  it('reports a module that requires itself', () => {
    expect(english(check(prerequisiteCycle, withTrungCap({ a: [], b: ['b'] })))).toEqual([
      expect.objectContaining({ message: 'module "trung-cap/b" requires itself' }),
    ]);
  });

  it('finds no cycle in a long chain, without recursion', () => {
    // The chain's 20,000 modules are copies of a loaded one, not loaded from YAML: loading
    // them took nearly all of this test's time, and the check reads only the modules.
    const small = withTrungCap({ m0: [], m1: ['m0'] });
    const template = small.moduleByRef.get('trung-cap/m1')!;
    const chain = Array.from({ length: 20_000 }, (_, i) => ({
      ...template,
      id: `m${i}`,
      ref: `trung-cap/m${i}`,
      title: `m${i}`,
      requires: i === 0 ? [] : [`trung-cap/m${i - 1}`],
      requireLocations: i === 0 ? [] : template.requireLocations,
    }));
    // trung-cap sorts last among the programmes: its modules come last, in file order.
    const modules = [...small.modules.filter((m) => m.programme !== 'trung-cap'), ...chain];
    const catalog = { ...small, modules, moduleByRef: new Map(modules.map((m) => [m.ref, m])) };
    expect(small.modules.at(-1)?.ref).toBe('trung-cap/m1');
    expect(english(check(prerequisiteCycle, catalog))).toEqual([]);
  });
});

describe('prerequisite-inversion', () => {
  it('reports a module that requires one of a higher level of its track, at the prerequisite', () => {
    const catalog = catalogOf({
      ...everyLevel,
      'so-cap.yaml': programme('so-cap', 'llct/so-cap', { a: ['cao-cap/a'] }),
    });
    expect(english(check(prerequisiteInversion, catalog))).toEqual([
      expect.objectContaining({
        rule: 'prerequisite-inversion',
        message:
          'module "a" (so-cap/a, level so-cap) requires "a" (cao-cap/a) of a higher level (cao-cap): a learner would need the later step before the earlier one',
        file: 'so-cap.yaml',
        line: 10,
      }),
    ]);
  });

  it('accepts prerequisites of a lower or the same level, and of another track', () => {
    const catalog = catalogOf({
      ...everyLevel,
      'cao-cap.yaml': programme('cao-cap', 'llct/cao-cap', {
        a: ['so-cap/a', 'trung-cap/a'],
        b: ['a'],
      }),
      'so-cap.yaml': programme('so-cap', 'llct/so-cap', { a: ['so/a'] }),
    });
    expect(english(check(prerequisiteInversion, catalog))).toEqual([]);
  });
});

describe('redundant-prerequisite', () => {
  it('reports a prerequisite another prerequisite already implies, through any chain', () => {
    const findings = english(
      check(redundantPrerequisite, withTrungCap({ a: [], b: ['a'], c: ['b'], d: ['c', 'a'] })),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'redundant-prerequisite',
        severity: 'info',
        message:
          'module "trung-cap/d" requires "trung-cap/a", which its prerequisite "trung-cap/c" already leads to: the second requirement can go',
        file: 'trung-cap.yaml',
        line: 21,
        column: 19,
        related: [expect.objectContaining({ line: 14, message: 'c (trung-cap/c)' })],
      }),
    ]);
  });

  it('accepts a chain whose every step is needed', () => {
    expect(
      english(check(redundantPrerequisite, withTrungCap({ a: [], b: ['a'], c: ['b'], d: ['c'] }))),
    ).toEqual([]);
  });
});

describe('prerequisites around a cycle', () => {
  const catalog = withTrungCap({
    a: ['b'],
    b: ['c'],
    c: ['b', 'd'],
    d: ['a'],
    m: ['a', 'b'],
    s: ['s', 'e'],
    e: [],
  });

  it('shows a cycle as a path back to its first module', () => {
    expect(english(check(prerequisiteCycle, catalog)).map((f) => f.message)).toEqual([
      'prerequisite cycle: trung-cap/a → trung-cap/b → trung-cap/c → trung-cap/d → trung-cap/a; none of these modules can ever be started',
      'module "trung-cap/s" requires itself',
    ]);
  });

  it('calls no requirement redundant that only a cycle implies', () => {
    // m requires a and b, which lead to each other only through the cycle; s requires
    // itself and e.
    expect(english(check(redundantPrerequisite, catalog))).toEqual([]);
  });
});
