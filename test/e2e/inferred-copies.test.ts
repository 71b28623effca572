/**
 * Programmes copied without `provider` (issue 17, docs/format.md §7.3), through the real CLI: an
 * archive of files collected from schools, none saying whose it is.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

interface Report {
  programmes: Array<{
    id: string;
    provider?: string;
    copyOf?: string;
    providerInferred?: boolean;
    providerFrom?: string;
  }>;
  exemptions: Array<{ provider?: string; held: string; next: string }>;
  drift: Array<{ provider: string; programme: string; national: string }>;
  findings: Array<{ rule: string }>;
}

/**
 * examples/vn-cadre without its declared provincial copy, plus each school's copy of two
 * national programmes in a folder of its own, declaring no provider.
 */
async function archive(schools: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdedup-inferred-'));
  dirs.push(dir);
  await cp(join(projectRoot, 'examples/vn-cadre'), dir, { recursive: true });
  await rm(join(dir, 'programmes/trung-cap-llct-nghe-an.yaml'));
  for (const [i, school] of schools.entries()) {
    await mkdir(join(dir, 'schools', school), { recursive: true });
    for (const id of ['trung-cap-llct', 'so-cap-llct']) {
      let text = await readFile(join(dir, 'programmes', `${id}.yaml`), 'utf8');
      text = text.replace(`id: ${id}\n`, `id: ${id}-${school}\n`);
      // Each school rewords a module title its own way, as schools do.
      if (i % 2 === 1) text = text.replace(/title: (Triết học[^\n]*)/, 'title: "Chuyên đề: $1"');
      await writeFile(join(dir, 'schools', school, `${id}.yaml`), text);
    }
  }
  return dir;
}

async function report(dir: string): Promise<Report> {
  const run = await runCli(['analyze', '-f', 'json', '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Report;
}

describe('programmes copied without provider', () => {
  it('are marked copies of their national programme, of the school their folder names', async () => {
    const dir = await archive(['thanh-hoa', 'nghe-an', 'an-giang']);
    const { programmes, drift, exemptions } = await report(dir);
    expect(programmes.filter((p) => p.copyOf)).toEqual([
      expect.objectContaining({
        id: 'so-cap-llct-an-giang',
        copyOf: 'so-cap-llct',
        provider: 'an-giang',
        providerInferred: true,
      }),
      expect.objectContaining({
        id: 'so-cap-llct-nghe-an',
        copyOf: 'so-cap-llct',
        provider: 'nghe-an',
      }),
      expect.objectContaining({
        id: 'so-cap-llct-thanh-hoa',
        copyOf: 'so-cap-llct',
        provider: 'thanh-hoa',
      }),
      expect.objectContaining({
        id: 'trung-cap-llct-an-giang',
        copyOf: 'trung-cap-llct',
        provider: 'an-giang',
      }),
      expect.objectContaining({
        id: 'trung-cap-llct-nghe-an',
        copyOf: 'trung-cap-llct',
        provider: 'nghe-an',
      }),
      expect.objectContaining({
        id: 'trung-cap-llct-thanh-hoa',
        copyOf: 'trung-cap-llct',
        provider: 'thanh-hoa',
      }),
    ]);
    expect(drift.map((d) => `${d.provider}: ${d.programme} ~ ${d.national}`)).toContain(
      'nghe-an: trung-cap-llct-nghe-an ~ trung-cap-llct',
    );
    // Liên thông pairs one school's programmes with its own or national ones, never another's.
    for (const e of exemptions) {
      if (e.provider === undefined) {
        expect(programmes.find((p) => p.id === e.held)?.provider).toBeUndefined();
        expect(programmes.find((p) => p.id === e.next)?.provider).toBeUndefined();
      } else {
        for (const id of [e.held, e.next]) {
          const provider = programmes.find((p) => p.id === id)?.provider;
          expect([undefined, e.provider]).toContain(provider);
        }
      }
    }
  });

  it('give the same analysis as the same archive with the provider declared', async () => {
    const schools = ['thanh-hoa', 'nghe-an'];
    const inferred = await archive(schools);
    const declared = await archive(schools);
    for (const school of schools)
      for (const id of ['trung-cap-llct', 'so-cap-llct']) {
        const file = join(declared, 'schools', school, `${id}.yaml`);
        const text = await readFile(file, 'utf8');
        // At the end, so that every line keeps its number.
        await writeFile(file, `${text}provider: ${school}\n`);
      }
    const a = await report(inferred);
    const b = await report(declared);
    // The marks of inference aside, the two reports say the same.
    const plain = (r: Report) => ({
      ...r,
      programmes: r.programmes.map((p) => ({ id: p.id, provider: p.provider })),
    });
    expect(a.programmes.filter((p) => p.providerInferred)).toHaveLength(4);
    const strip = (r: Report) =>
      JSON.parse(
        JSON.stringify(plain(r)).replaceAll(inferred, '').replaceAll(declared, ''),
      ) as unknown;
    expect(strip(a)).toEqual(strip(b));
  });

  it('are never inferred where a provider is declared', async () => {
    const dir = await archive(['thanh-hoa']);
    const file = join(dir, 'schools/thanh-hoa/trung-cap-llct.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text.replace(/^kind: programme\n/m, 'kind: programme\nprovider: truong-thanh-hoa\n'),
    );
    const { programmes } = await report(dir);
    expect(programmes.find((p) => p.id === 'trung-cap-llct-thanh-hoa')).toEqual(
      expect.not.objectContaining({ copyOf: expect.anything() as unknown }),
    );
    expect(programmes.find((p) => p.id === 'trung-cap-llct-thanh-hoa')?.provider).toBe(
      'truong-thanh-hoa',
    );
  });
});
