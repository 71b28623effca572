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
function properties(node: unknown, path = '#'): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object') return [];
  const out: [string, Record<string, unknown>][] = [];
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
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
    const s = await schema(kind);
    expect(objectSchemas(s).length).toBeGreaterThanOrEqual(2); // the document and what it lists
    expect(openObjects(s)).toEqual([]);
  });
});

/** Keywords whose value is a subschema, a map of subschemas, or a list of them (draft 2020-12). */
const subschemaKeywords = {
  one: [
    'additionalProperties',
    'unevaluatedProperties',
    'items',
    'additionalItems',
    'unevaluatedItems',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
  ],
  map: ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'],
  list: ['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items'],
};

/** Every subschema of a schema, the schema itself first, each with its JSON pointer. */
function subschemas(node: unknown, pointer = '#'): [string, Record<string, unknown>][] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return []; // true/false
  const schema = node as Record<string, unknown>;
  const out: [string, Record<string, unknown>][] = [[pointer, schema]];
  const at = (...keys: string[]) =>
    [pointer, ...keys.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1'))].join('/');
  for (const key of subschemaKeywords.one)
    if (!Array.isArray(schema[key])) out.push(...subschemas(schema[key], at(key)));
  for (const key of subschemaKeywords.map)
    for (const [name, sub] of Object.entries((schema[key] ?? {}) as Record<string, unknown>))
      out.push(...subschemas(sub, at(key, name)));
  for (const key of subschemaKeywords.list)
    if (Array.isArray(schema[key]))
      (schema[key] as unknown[]).forEach((sub, i) =>
        out.push(...subschemas(sub, at(key, String(i)))),
      );
  return out;
}

/** Subschemas that describe objects: `type: object` (alone or among types), or `properties`. */
function objectSchemas(schema: unknown): [string, Record<string, unknown>][] {
  return subschemas(schema).filter(([, s]) => {
    const types = Array.isArray(s.type) ? (s.type as unknown[]) : [s.type];
    return types.includes('object') || 'properties' in s;
  });
}

/** JSON pointers of the object subschemas that accept properties they do not name. */
function openObjects(schema: unknown): string[] {
  return objectSchemas(schema)
    .filter(([, s]) => s.additionalProperties !== false && s.unevaluatedProperties !== false)
    .map(([pointer]) => pointer);
}

describe('the closed-object check', () => {
  it('reports the JSON pointer of every open object, however deep', () => {
    const open = {
      type: 'object',
      additionalProperties: false,
      properties: {
        a: { type: 'object', properties: { b: { type: ['object', 'null'] } } },
        'c/d': { type: 'array', items: { properties: { e: { type: 'string' } } } },
        f: { anyOf: [{ type: 'string' }, { type: 'object', unevaluatedProperties: false }] },
      },
      $defs: { g: { type: 'object', additionalProperties: true }, h: { type: 'string' } },
    };
    expect(openObjects(open)).toEqual([
      '#/properties/a',
      '#/properties/a/properties/b',
      '#/properties/c~1d/items',
      '#/$defs/g',
    ]);
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
