import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli.js';

const kinds = ['framework', 'programme'] as const;

async function schema(kind: string): Promise<Record<string, unknown>> {
  return JSON.parse(
    await readFile(join(projectRoot, 'schemas', `${kind}.schema.json`), 'utf8'),
  ) as Record<string, unknown>;
}

/** Every `properties` entry anywhere in the schema, with its path. */
function properties(node: unknown, path = '#'): Array<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return [];
  const out: Array<[string, Record<string, unknown>]> = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value && typeof value === 'object') {
      for (const [name, prop] of Object.entries(value))
        out.push([`${path}/properties/${name}`, prop as Record<string, unknown>]);
    }
    out.push(...properties(value, `${path}/${key}`));
  }
  return out;
}

describe.each(kinds)('schemas/%s.schema.json', (kind) => {
  it('is a draft 2020-12 schema with an $id and a title', async () => {
    const s = await schema(kind);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`https://curriculum-dedup.dev/schemas/v1/${kind}.schema.json`);
    expect(s.title).toBeTruthy();
  });

  it('describes every property, so editors show hover help', async () => {
    const props = properties(await schema(kind));
    expect(props.length).toBeGreaterThan(5);
    for (const [path, prop] of props) expect(prop.description, path).toMatch(/\S/);
  });

  it('closes every object, so a misspelt key is an error', async () => {
    const text = await readFile(join(projectRoot, 'schemas', `${kind}.schema.json`), 'utf8');
    const objects = (text.match(/"type": "object"/g) ?? []).length;
    const closed = (text.match(/"additionalProperties": false/g) ?? []).length;
    expect(closed).toBe(objects);
  });
});

describe('examples', () => {
  it('point editors at the schemas from every file', async () => {
    const { readdir } = await import('node:fs/promises');
    for (const example of ['vn-cadre', 'minimal']) {
      const dir = join(projectRoot, 'examples', example);
      const files = [
        join(dir, 'framework.yaml'),
        ...(await readdir(join(dir, 'programmes'))).map((f) => join(dir, 'programmes', f)),
      ];
      for (const file of files) {
        const first = (await readFile(file, 'utf8')).split('\n')[0];
        const kind = file.endsWith('framework.yaml') ? 'framework' : 'programme';
        expect(first, file).toMatch(
          new RegExp(
            `^# yaml-language-server: \\$schema=(\\.\\./)+schemas/${kind}\\.schema\\.json$`,
          ),
        );
      }
    }
  });
});
