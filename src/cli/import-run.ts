import { readFile, stat, mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { message, render } from '../messages/catalogue.js';
import type { Message } from '../messages/types.js';
import type { Lang } from '../model/lang.js';
import { importProgrammes, type ImportedProgramme } from '../import/programmes.js';
import { parseMap } from '../import/columns.js';
import { readCsv } from '../import/csv.js';
import { readXlsx } from '../import/xlsx.js';
import type { Sheet } from '../import/table.js';
import { loadFile } from '../load/load-file.js';
import { loadRepository } from '../load/load-repository.js';
import { visibleLines } from '../report/visible.js';
import { type CliIo, UsageError, exitCodes } from './io.js';
import { pathExists } from './path-exists.js';
import { describeError, writeFileAtomic } from './write-output.js';

export interface ImportRequest {
  readonly file: string;
  /** The folder the programme files go to. */
  readonly output: string;
  readonly map: readonly string[];
  readonly force: boolean;
  /** The framework whose tracks and levels the rows name; found beside the output if not given. */
  readonly framework?: string;
  readonly lang: Lang;
}

/**
 * `curriculum-dedup import FILE -o DIR`: a spreadsheet with one row per module (CSV or .xlsx)
 * to one programme file per programme, each checked by the loader before it is written and
 * written whole, never over an existing file without --force, never over the spreadsheet.
 * Exit 0 when every row was read and every file written, 2 otherwise (what could be written is).
 */
export async function runImport(request: ImportRequest, io: CliIo): Promise<number> {
  const { lang } = request;
  const say = (m: Message) => render(m, lang);
  const input = resolve(io.cwd, request.file);
  const kind = extname(input).toLowerCase();
  if (kind !== '.csv' && kind !== '.xlsx')
    throw new UsageError(message('import.format', { file: request.file }), lang);
  const map = parseMap(request.map);
  if ('bad' in map) throw new UsageError(message('import.bad-map', { value: map.bad }), lang);

  const data = await readFile(input).catch((error: unknown) => {
    throw new UsageError(
      describeError(error, message('import.subject', { file: request.file })),
      lang,
    );
  });
  const sheets: Sheet[] =
    kind === '.csv' ? [readCsv(data.toString('utf8'), basename(input))] : await readXlsx(data);

  const folder = resolve(io.cwd, request.output);
  const frameworkPath = request.framework
    ? resolve(io.cwd, request.framework)
    : await findFramework(folder);
  if (frameworkPath === undefined)
    throw new UsageError(message('import.no-framework', { folder: request.output }), lang);
  const loaded = await loadRepository([frameworkPath], { cwd: io.cwd, threads: 1 });
  const catalog = loaded.catalog;
  if (catalog === undefined || loaded.findings.some((f) => f.severity === 'error'))
    throw new UsageError(message('import.no-framework', { folder: request.output }), lang);

  const result = importProgrammes(sheets, catalog, map);
  const problems: Message[] = [...result.problems];
  if (result.leftOut.length > 0)
    problems.push(message('import.left-out', { programmes: result.leftOut }));
  const inputIdentity = await stat(input);
  const written: string[] = [];
  await mkdir(folder, { recursive: true });
  for (const programme of result.programmes) {
    const target = join(folder, `${programme.id}.yaml`);
    const shown = relative(io.cwd, target) || target;
    if (target === input) {
      problems.push(message('import.is-input', { file: shown }));
      continue;
    }
    if (!request.force && (await pathExists(target))) {
      problems.push(message('import.exists', { file: shown }));
      continue;
    }
    const text = programmeYaml(programme, basename(input));
    // The loader's own check, before anything is written: a file import writes validates.
    const outcome = loadFile(shown, { ok: true, text, identity: { dev: 0, ino: 0 } });
    const problem = outcome.findings.find((f) => f.severity === 'error');
    if (problem !== undefined) {
      problems.push(message('import.invalid', { file: shown, problem: say(problem.message) }));
      continue;
    }
    await writeFileAtomic(io.cwd, target, text, [
      { dev: inputIdentity.dev, ino: inputIdentity.ino },
    ]);
    written.push(shown);
  }

  for (const problem of problems)
    io.stderr.write(`curriculum-dedup: ${visibleLines(say(problem))}\n`);
  io.stdout.write(
    visibleLines(
      say(
        written.length > 0 ? message('import.wrote', { files: written }) : message('import.none'),
      ),
    ) + '\n',
  );
  return problems.length > 0 ? exitCodes.invalid : exitCodes.ok;
}

/** A programme file: a line saying where it came from, then the programme. */
function programmeYaml(p: ImportedProgramme, source: string): string {
  const rows = p.rows.length === 1 ? `${p.rows[0]}` : `${p.rows[0]}–${p.rows.at(-1)}`;
  // A comment is one line: no line break or control character from a file name gets in.
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  const header = `# Nhập từ ${oneLine(source)} (${oneLine(p.sheet)}, dòng ${rows}) bằng curriculum-dedup import.\n`;
  const document = {
    kind: 'programme',
    id: p.id,
    title: p.title,
    track: p.track,
    level: p.level,
    ...(p.provider === undefined ? {} : { provider: p.provider }),
    hours: p.hours,
    modules: p.modules.map((m) => ({
      id: m.id,
      title: m.title,
      hours: m.hours,
      ...(m.description === undefined ? {} : { description: m.description }),
      ...(m.topics.length === 0 ? {} : { topics: m.topics }),
    })),
  };
  return header + stringify(document, { lineWidth: 0 });
}

/** `framework.yaml` in the folder, or in the folder above it (DIR is often `programmes/`). */
async function findFramework(folder: string): Promise<string | undefined> {
  for (const candidate of [join(folder, 'framework.yaml'), join(dirname(folder), 'framework.yaml')])
    if (await pathExists(candidate)) return candidate;
  return undefined;
}
