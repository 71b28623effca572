import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { baselineFile, starterFiles } from '../../../src/cli/init/templates.js';

describe('the starter repository', () => {
  it('is a framework, a programme, a config and a workflow, each YAML that parses', () => {
    expect(starterFiles.map((f) => f.path)).toEqual([
      'framework.yaml',
      'programmes/boi-duong-ngach-chuyen-vien.yaml',
      'curriculum-dedup.config.yaml',
      '.github/workflows/curriculum-dedup.yml',
    ]);
    for (const file of starterFiles)
      expect(() => parse(file.text) as unknown, file.path).not.toThrow();
  });

  it('has local government in two tiers, province and commune, and no cấp huyện', () => {
    const framework = parse(starterFiles[0]?.text ?? '') as {
      tracks: { id: string; levels: { id: string; title: string }[] }[];
    };
    const levels = framework.tracks.flatMap((t) => t.levels.map((l) => `${t.id}/${l.id}`));
    expect(levels).toContain('lanh-dao/cap-xa');
    expect(levels).toContain('lanh-dao/cap-so');
    const titles = framework.tracks.flatMap((t) => t.levels.map((l) => l.title));
    expect([...levels, ...titles].filter((x) => /cap-huyen|cấp huyện/i.test(x))).toEqual([]);
  });

  it('runs the check with the baseline init records', () => {
    const workflow = starterFiles.find((f) => f.path.startsWith('.github/'))?.text ?? '';
    const config = parse(starterFiles[2]?.text ?? '') as { baseline: string; failOn: string };
    expect(config).toMatchObject({ baseline: baselineFile, failOn: 'warning' });
    expect(workflow).toContain(`baseline: ${baselineFile}`);
  });
});
