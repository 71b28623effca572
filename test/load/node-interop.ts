import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * What `import x from '<cjs module>'` gives under plain Node: the whole `module.exports`.
 *
 * src/generated/validators.ts imports ajv's CommonJS runtime helpers with a default import and
 * reads `.default`, which is right under Node (dist/, the CLI) but not under vitest, whose
 * interop hands over `exports.default` itself. Tests that load the validators mock those two
 * helpers with this, so the generated code sees what Node gives it:
 *
 *   vi.mock('ajv/dist/runtime/equal.js', () =>
 *     import('./node-interop.js').then((m) => m.nodeDefaultImport('ajv/dist/runtime/equal.js')));
 */
export function nodeDefaultImport(specifier: string): { default: unknown } {
  return { default: require(specifier) as unknown };
}
