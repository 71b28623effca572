import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/cli.js';

/**
 * The pipeline runs one way (ARCHITECTURE.md): each folder of src/ may import only from the
 * folders listed for it, so no folder cycle can form and a reporter never sees a loader type.
 * `analysis` is src/analysis.ts, the one door from commands to the engine.
 */
const allowed: Record<string, readonly string[]> = {
  model: [],
  generated: [],
  text: [],
  messages: ['model'],
  overlap: ['model', 'text'],
  findings: ['model', 'messages'],
  savings: ['model', 'overlap'],
  hierarchy: ['model', 'overlap'],
  uniformity: ['model', 'overlap'],
  rules: ['model', 'messages', 'findings', 'overlap', 'savings', 'hierarchy', 'uniformity'],
  gate: ['model', 'messages', 'findings', 'rules'],
  load: ['model', 'messages', 'findings', 'rules', 'generated'],
  plan: ['model', 'overlap', 'savings', 'hierarchy', 'uniformity'],
  analysis: ['model', 'overlap', 'savings', 'findings', 'uniformity', 'rules', 'hierarchy', 'plan'],
  report: [
    'model',
    'text',
    'messages',
    'overlap',
    'savings',
    'findings',
    'rules',
    'analysis',
    'uniformity',
    'gate',
    'plan',
  ],
  import: ['model', 'messages', 'load'],
  cli: ['model', 'messages', 'load', 'analysis', 'report', 'findings', 'rules', 'gate', 'import'],
};

const src = join(projectRoot, 'src');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The folder of src/ a file belongs to (`analysis` for src/analysis.ts). */
function layerOf(file: string): string {
  const rel = relative(src, file).split('/');
  return rel.length === 1 ? rel[0]!.replace(/\.ts$/, '') : rel[0]!;
}

describe('architecture', () => {
  it('imports between the folders of src/ run one way', async () => {
    const wrong: string[] = [];
    for (const file of await sourceFiles(src)) {
      const text = await readFile(file, 'utf8');
      for (const [, spec] of text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)) {
        const target = resolve(dirname(file), spec!).replace(/\.js$/, '.ts');
        const [from, to] = [layerOf(file), layerOf(target)];
        if (from !== to && !(allowed[from] ?? []).includes(to)) {
          wrong.push(`${relative(projectRoot, file)} imports ${spec} (${from} → ${to})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is the layer table of ARCHITECTURE.md', async () => {
    const text = await readFile(join(projectRoot, 'ARCHITECTURE.md'), 'utf8');
    const table = text.slice(text.indexOf('## Layers'));
    const documented: Record<string, string[]> = {};
    for (const [, layer, imports] of table.matchAll(/^\| `(\w+)`\s*\|([^|]*)\|/gm))
      documented[layer!] = [...imports!.matchAll(/`(\w+)`/g)].map((m) => m[1]!);
    expect(documented).toEqual(allowed);
  });

  it('has no import cycle between files', async () => {
    const imports = new Map<string, string[]>();
    for (const file of await sourceFiles(src)) {
      const text = await readFile(file, 'utf8');
      imports.set(
        relative(src, file),
        [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) =>
          relative(src, resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts')),
        ),
      );
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of imports.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('knows every folder of src/', async () => {
    const layers = new Set((await sourceFiles(src)).map(layerOf));
    expect([...layers].filter((l) => !(l in allowed))).toEqual([]);
  });
});
