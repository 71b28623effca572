import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { CliIo } from './io.js';

/**
 * Starts the CLI from its bundle (scripts/bundle.mjs) with the V8 code cache made for it at
 * build time (scripts/code-cache.mjs): the bytecode of every function a typical run calls, so
 * that a run does not parse and compile them again. Compiling them was about a sixth of what
 * a small repository's analysis did on the main thread (bench/README.md).
 *
 * Nothing here writes: a cache that does not fit (another Node or V8 version, other V8 flags,
 * a bundle built after it) is left unused, and the bundle is compiled as Node would compile it.
 * This file is not bundled: it loads the bundle, beside it in dist/cli/.
 */

const folder = dirname(fileURLToPath(import.meta.url));
export const bundlePath = join(folder, 'curriculum-dedup.cjs');
export const codeCachePath = join(folder, 'curriculum-dedup.cache');

/** What the bundle exports (src/cli/process.ts). */
export interface Bundle {
  main(): Promise<void>;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}

export interface LoadedBundle {
  readonly bundle: Bundle;
  /** The compiled script, for `createCachedData()` once it has run. */
  readonly script: Script;
  /** The digest of the bundle's bytes, which a code cache is made for. */
  readonly digest: Buffer;
  /** Whether the code cache was used. */
  readonly cached: boolean;
}

/** A code cache file: the digest of the bundle it was made for, then V8's data. */
const digestLength = 32;

/** The code cache file's content for a script made from the bundle with `digest`. */
export function codeCacheFile(digest: Buffer, script: Script): Buffer {
  return Buffer.concat([digest, script.createCachedData()]);
}

/**
 * Compiles and runs the bundle as Node runs a CommonJS module (the same wrapper, `require`,
 * `module`, `__filename`, `__dirname`), with `cache` (a code cache file's content) when it was
 * made for these bytes. V8 checks the rest (its version, its flags).
 */
export function loadBundle(cache?: Buffer): LoadedBundle {
  const bytes = readFileSync(bundlePath);
  const digest = createHash('sha256').update(bytes).digest();
  const cachedData = cache?.subarray(0, digestLength).equals(digest)
    ? cache.subarray(digestLength)
    : undefined;
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`,
    { filename: bundlePath, ...(cachedData ? { cachedData } : {}) },
  );
  const wrapper: unknown = script.runInThisContext();
  if (typeof wrapper !== 'function') throw new Error(`${bundlePath} did not compile to a module`);
  const module: { exports: unknown } = { exports: {} };
  Reflect.apply(wrapper, undefined, [
    module.exports,
    createRequire(bundlePath),
    module,
    bundlePath,
    folder,
  ]);
  const bundle = module.exports;
  if (!isBundle(bundle)) throw new Error(`${bundlePath} does not export the CLI`);
  return { bundle, script, digest, cached: cachedData !== undefined && !script.cachedDataRejected };
}

function isBundle(value: unknown): value is Bundle {
  return (
    typeof value === 'object' &&
    value !== null &&
    'main' in value &&
    typeof value.main === 'function' &&
    'run' in value &&
    typeof value.run === 'function'
  );
}

/** The code cache file, if the build made one. */
function readCodeCache(): Buffer | undefined {
  try {
    return readFileSync(codeCachePath);
  } catch {
    return undefined;
  }
}

/** The CLI as a process (bin/curriculum-dedup.js): its bundle, with the code cache. */
export async function main(): Promise<void> {
  await loadBundle(readCodeCache()).bundle.main();
}
