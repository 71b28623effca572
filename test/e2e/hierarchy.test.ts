import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

/** The rules about levels, positions and prerequisites (docs/rules/<id>.md). */
const hierarchyRules = new Set([
  'missing-level',
  'position-unmet',
  'prerequisite-cycle',
  'prerequisite-inversion',
  'redundant-prerequisite',
]);

interface Finding {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The findings of `analyze --format json` that these rules report, by rule then place. */
async function hierarchyFindings(
  args: readonly string[],
  cwd: string,
): Promise<{ status: number | null; findings: Finding[] }> {
  // In English, which these rule tests read; the Vietnamese messages are tested with the rules.
  const run = await runCli(['analyze', ...args, '--format', 'json', '--lang', 'en'], { cwd });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as { findings: Finding[] };
  const findings = report.findings
    .filter((f) => hierarchyRules.has(f.rule))
    .sort(
      (a, b) => a.rule.localeCompare(b.rule) || a.file.localeCompare(b.file) || a.line - b.line,
    );
  return { status: run.status, findings };
}

describe('overlaps across the hierarchy, end to end on examples/vn-cadre', () => {
  const messagesOf = async (rule: string) => {
    const run = await runCli(['analyze', 'examples/vn-cadre', '--format', 'json', '--lang', 'en'], {
      cwd: projectRoot,
    });
    const report = JSON.parse(run.stdout) as { findings: Finding[] };
    return report.findings.filter((f) => f.rule === rule).map((f) => f.message);
  };

  it('reports the cross-level repeats its README lists under item 5', async () => {
    const messages = await messagesOf('cross-level-repeat');
    for (const [lower, higher] of [
      ['chuyen-vien/tong-quan-qlhcnn', 'chuyen-vien-chinh/quan-ly-hanh-chinh-nha-nuoc'],
      ['lanh-dao-cap-phong/ky-nang-ra-quyet-dinh', 'lanh-dao-cap-so/ban-hanh-quyet-dinh'],
      ['lanh-dao-cap-phong/ky-nang-quan-ly-nhan-su', 'lanh-dao-cap-so/quan-tri-nhan-su'],
    ])
      expect(
        messages.some(
          (m) => m.includes(`; ${higher}) repeats "`) && m.includes(`; ${lower}) without`),
        ),
      ).toBe(true);
  });

  it('reports the cross-track overlaps at comparable levels its README lists', async () => {
    const messages = await messagesOf('cross-track-overlap');
    for (const [a, b] of [
      [
        'chuyen-vien-chinh/quan-ly-hanh-chinh-nha-nuoc',
        'trung-cap-llct/quan-ly-hanh-chinh-nha-nuoc',
      ],
      ['chuyen-vien-chinh/ky-nang-tham-muu', 'lanh-dao-cap-phong/ky-nang-tham-muu'],
      ['chuyen-vien-cao-cap/hoach-dinh-chien-luoc', 'lanh-dao-cap-so/hoach-dinh-chien-luoc'],
    ])
      expect(messages.some((m) => m.includes(`; ${a})`) && m.includes(`; ${b})`))).toBe(true);
  });
});

describe('provider drift, end to end on examples/vn-cadre', () => {
  it('reports the Nghệ An copy dropping the digital-economy module, as its README says', async () => {
    const run = await runCli(['analyze', 'examples/vn-cadre', '--format', 'json', '--lang', 'en'], {
      cwd: projectRoot,
    });
    const report = JSON.parse(run.stdout) as {
      findings: Finding[];
      drift: Array<{ programme: string; national: string; dropped: string[] }>;
    };
    expect(report.drift.map((d) => [d.programme, d.national, d.dropped])).toEqual([
      ['trung-cap-llct-nghe-an', 'trung-cap-llct', ['trung-cap-llct/kien-thuc-bo-tro']],
    ]);
    expect(report.findings.filter((f) => f.rule === 'provider-drift')).toHaveLength(1);
    expect(report.findings.filter((f) => f.rule === 'subsumed-programme')).toEqual([]);
  });
});

describe('hierarchy rules, end to end', () => {
  it('report exactly the hierarchy problems examples/vn-cadre/README.md lists (items 1–4), and no cycle', async () => {
    const { status, findings } = await hierarchyFindings(['examples/vn-cadre'], projectRoot);
    expect(status).toBe(0); // warnings and information only
    expect(findings).toEqual([
      // 1. No programme provides or satisfies lanh-dao/cap-xa: at the level.
      expect.objectContaining({
        rule: 'missing-level',
        severity: 'warning',
        file: 'examples/vn-cadre/framework.yaml',
        message: expect.stringContaining('(lanh-dao/cap-xa)') as unknown,
      }),
      // 2. The position that requires it: at the position.
      expect.objectContaining({
        rule: 'position-unmet',
        severity: 'warning',
        file: 'examples/vn-cadre/framework.yaml',
        message: expect.stringMatching(
          /^position "Phó Chủ tịch Ủy ban nhân dân cấp xã" \(pho-chu-tich-ubnd-cap-xa\) requires level .*\(lanh-dao\/cap-xa\)/,
        ) as unknown,
      }),
      // 3. A cấp phòng module requires a cấp sở module: at that requirement.
      expect.objectContaining({
        rule: 'prerequisite-inversion',
        severity: 'warning',
        file: 'examples/vn-cadre/programmes/lanh-dao-cap-phong.yaml',
        message: expect.stringMatching(
          /^module "Kỹ năng ra quyết định" \(lanh-dao-cap-phong\/ky-nang-ra-quyet-dinh, .* requires ".*" \(lanh-dao-cap-so\/ban-hanh-quyet-dinh\)/,
        ) as unknown,
      }),
      // 4. cao-cap-llct/triet-hoc requires a sơ cấp module trung-cap-llct/triet-hoc requires.
      expect.objectContaining({
        rule: 'redundant-prerequisite',
        severity: 'info',
        file: 'examples/vn-cadre/programmes/cao-cap-llct.yaml',
        message: expect.stringMatching(
          /^module "cao-cap-llct\/triet-hoc" requires "so-cap-llct\/the-gioi-xung-quanh", which its prerequisite "trung-cap-llct\/triet-hoc"/,
        ) as unknown,
      }),
    ]);
    // "There are no prerequisite cycles."
    expect(findings.map((f) => f.rule)).not.toContain('prerequisite-cycle');
  });

  it('reports a cycle at the end of a 5,000-module chain once, without exhausting the stack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cdedup-hierarchy-'));
    dirs.push(dir);
    await writeFile(
      join(dir, 'framework.yaml'),
      [
        'kind: framework',
        'id: demo',
        'title: Bồi dưỡng công chức',
        'tracks:',
        '  - id: qlnn',
        '    title: Quản lý nhà nước',
        '    levels: [chuyen-vien]',
        '',
      ].join('\n'),
    );
    // m-0001 requires m-0002, which requires m-0003 … m-5000, which requires m-4998: a walk
    // from the first module goes 5,000 prerequisites deep before it closes the cycle.
    const n = 5000;
    const id = (i: number) => `m-${String(i).padStart(4, '0')}`;
    const modules = Array.from({ length: n }, (_, k) => {
      const i = k + 1;
      return [
        `  - id: ${id(i)}`,
        `    title: Chuyên đề số ${i}`,
        '    hours: 1',
        `    requires: [${i < n ? id(i + 1) : id(n - 2)}]`,
      ].join('\n');
    });
    await writeFile(
      join(dir, 'chuoi.yaml'),
      [
        'kind: programme',
        'id: chuoi',
        'title: Chuỗi chuyên đề',
        'track: qlnn',
        'level: chuyen-vien',
        'modules:',
        ...modules,
        '',
      ].join('\n'),
    );

    const { status, findings } = await hierarchyFindings([], dir);
    // A cycle is an error finding of the analysis: it fails the gate (--fail-on error), while
    // the files themselves load (exit 2 is for input that does not).
    expect(status).toBe(1);
    expect(findings).toEqual([
      {
        rule: 'prerequisite-cycle',
        severity: 'error',
        message:
          'prerequisite cycle: chuoi/m-4998 → chuoi/m-4999 → chuoi/m-5000 → chuoi/m-4998; none of these modules can ever be started',
        file: 'chuoi.yaml',
        // m-4998 (the first module of the cycle by ref) at its requirement of m-4999.
        line: 7 + 4 * (n - 3) + 3,
        column: 16,
        related: [
          {
            file: 'chuoi.yaml',
            line: 7 + 4 * (n - 2),
            column: 5,
            message: 'Chuyên đề số 4999 (chuoi/m-4999)',
          },
          {
            file: 'chuoi.yaml',
            line: 7 + 4 * (n - 1),
            column: 5,
            message: 'Chuyên đề số 5000 (chuoi/m-5000)',
          },
        ],
      },
    ]);
  });
});
