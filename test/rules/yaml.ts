/**
 * Builders of the YAML the rule tests write, line by line, so that a test can say at which
 * line a finding is expected. A programme's first module starts at line 7, one line later for
 * each extra line (`provider: …`, `source: …`).
 */

/** A module: `- id` is its first line, then its title, hours, and any more fields. */
export const module = (id: string, title: string, hours: number, ...more: string[]): string[] => [
  `  - id: ${id}`,
  `    title: ${title}`,
  `    hours: ${hours}`,
  ...more.map((line) => `    ${line}`),
];

/** A module's `topics:` field, for `module(…, ...topics(…))`. */
export const topics = (...list: string[]): string[] => ['topics:', ...list.map((t) => `  - ${t}`)];

/** A programme at `[track, level]`, with `extra` lines before its modules. */
export const programme = (
  id: string,
  title: string,
  [track, level]: readonly [string, string],
  modules: readonly (readonly string[])[],
  ...extra: string[]
): string =>
  [
    'kind: programme',
    `id: ${id}`,
    `title: ${title}`,
    `track: ${track}`,
    `level: ${level}`,
    ...extra,
    'modules:',
    ...modules.flat(),
    '',
  ].join('\n');

/** The `provider:` line of a provider's programme; none for a national one. */
export const providerLine = (provider: string | undefined): string[] =>
  provider ? [`provider: ${provider}`] : [];
