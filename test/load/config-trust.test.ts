import { render } from '../../src/messages/catalogue.js';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/load/config-file.js';
import { unsafeConfigPaths, untrustedConfig } from '../../src/load/config-trust.js';
import { tempDir } from '../load/support.js';

/** The problems of a config's paths, as `line:column message`, in a real folder. */
async function problems(text: string, folder?: string): Promise<string[]> {
  const parsed = parseConfig(text, 'c.yaml');
  if (!parsed.ok) throw new Error('the config does not parse');
  const found = await unsafeConfigPaths(
    parsed.config,
    folder ?? (await tempDir()),
    parsed.locations(),
  );
  return found.map((f) => `${f.line}:${f.column} ${render(f.message, 'en')}`);
}

describe('unsafeConfigPaths', () => {
  it('takes plain relative paths, ./ included, and paths that do not exist yet', async () => {
    const text =
      'reports:\n  - { format: json, output: ./out/r.json }\n  - { format: csv, output: r.csv }\nbaseline: b.json\n';
    expect(await problems(text)).toEqual([]);
  });

  it('refuses absolute, climbing, hidden and folder paths, each at its value', async () => {
    const text = [
      'reports:',
      '  - { format: json, output: /etc/passwd }',
      '  - { format: csv, output: a/../../b.csv }',
      '  - { format: sarif, output: ".github/x.sarif" }',
      '  - { format: markdown, output: "C:\\\\report.md" }',
      'baseline: "~/b.json"',
      '',
    ].join('\n');
    expect(await problems(text)).toEqual([
      '2:29 reports[0].output "/etc/passwd": must be a path relative to the config file\'s folder',
      '3:28 reports[1].output "a/../../b.csv": may not climb out of the config file\'s folder ("..")',
      '4:30 reports[2].output ".github/x.sarif": may not name a hidden file or folder (".github"), where git and other tools keep their own files',
      '5:33 reports[3].output "C:\\\\report.md": must be a path relative to the config file\'s folder',
      '6:11 baseline "~/b.json": must be a path relative to the config file\'s folder',
    ]);
    expect(await problems('output: out/\n')).toEqual([
      '1:9 output "out/": names a folder; give a file name',
    ]);
    expect(await problems('output: .env\n')).toEqual([
      '1:9 output ".env": may not name a hidden file or folder (".env"), where git and other tools keep their own files',
    ]);
  });

  it('refuses a path through a link that leads out, or into a hidden folder, not one that stays in', async () => {
    const folder = await tempDir();
    const away = await tempDir();
    await mkdir(join(folder, 'real'));
    await mkdir(join(folder, '.hidden'));
    await symlink(away, join(folder, 'out'));
    await symlink('real', join(folder, 'in'));
    await symlink('.hidden', join(folder, 'sneaky'));
    await symlink(join(away, 'b.json'), join(folder, 'b.json'));
    const text =
      'reports:\n  - { format: json, output: out/deep/r.json }\n  - { format: csv, output: in/r.csv }\n  - { format: sarif, output: sneaky/r.sarif }\nbaseline: b.json\n';
    const link =
      "leads through a symbolic link out of the config file's folder or into a hidden folder";
    expect(await problems(text, folder)).toEqual([
      `2:29 reports[0].output "out/deep/r.json": ${link}`,
      `4:30 reports[2].output "sneaky/r.sarif": ${link}`,
      `5:11 baseline "b.json": ${link}`,
    ]);
  });
});

describe('untrustedConfig', () => {
  it('trusts a file of this user in a folder only they write', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'c.yaml'), '');
    expect(await untrustedConfig(join(folder, 'c.yaml'))).toBeUndefined();
  });

  it('distrusts a folder everybody may write, unless it has the sticky bit', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, 'c.yaml'), '');
    await chmod(folder, 0o777);
    const why = await untrustedConfig(join(folder, 'c.yaml'));
    expect(why).toEqual({ id: 'cli.config.folder-writable' });
    expect(why && render(why, 'en')).toBe(
      'its folder is writable by everyone, without the sticky bit',
    );
    await chmod(folder, 0o1777);
    expect(await untrustedConfig(join(folder, 'c.yaml'))).toBeUndefined();
    await chmod(folder, 0o700);
  });
});
