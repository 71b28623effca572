import { readFileSync } from 'node:fs';

/** The version in the package's package.json, which the bundle is shipped beside. */
export const toolVersion = packageVersion();

function packageVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  );
  if (
    typeof manifest !== 'object' ||
    manifest === null ||
    !('version' in manifest) ||
    typeof manifest.version !== 'string'
  ) {
    throw new Error('package.json has no version');
  }
  return manifest.version;
}
