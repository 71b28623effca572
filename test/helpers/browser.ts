import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH`, else Debian's `chromium` (which
 * .ci/run installs), else other usual places. Undefined when there is none: the tests that
 * need it are skipped on a developer's machine, and fail in CI (`CI` set), where a skipped
 * browser test would be a check that cannot fail.
 */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((path) => path !== undefined && path !== '' && existsSync(path));
  if (found === undefined && process.env.CI)
    throw new Error('CI must have a Chromium for the browser tests: apt-get install chromium');
  return found;
}
