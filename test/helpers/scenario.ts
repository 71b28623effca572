/**
 * End-to-end scenario files, after Spectral's: one file holds the input documents, the
 * command, and the expected output and exit status, so a reader sees a whole case at once.
 *
 *   ====test====            what the scenario shows (one line)
 *   ====document:PATH====   a file to create (repeatable); `====document:PATH base64====`
 *                           takes base64, for bytes a text file cannot hold
 *   ====command====         the arguments, split on spaces ("double quotes" group)
 *   ====status====          the expected exit status
 *   ====stdout====          the expected stdout, exactly; left out, stdout must be empty
 *   ====stderr====          the expected stderr, exactly; left out, stderr must be empty
 *   ====env====             extra environment, one NAME=value a line (optional)
 *
 * Stricter than Spectral's parser, so that a scenario cannot pass by accident: a section it
 * does not know (`====stdot====`), a section given twice, a line that looks like a marker
 * but is not one (`=== stdout ===`, trailing spaces), text before the first section, a
 * status that is not a whole number and an env line without `=` are all errors that name
 * the file, the line and the section.
 */
export interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly documents: readonly { path: string; content: Buffer }[];
  readonly args: readonly string[];
  readonly status: number;
  /** Exactly what the command must print on stdout ('' when the section is left out). */
  readonly stdout: string;
  /** Exactly what the command must print on stderr ('' when the section is left out). */
  readonly stderr: string;
  readonly env: Readonly<Record<string, string>>;
}

/** The sections a scenario may hold, besides `document:PATH` and `document:PATH base64`. */
export const scenarioSections = ['test', 'command', 'status', 'stdout', 'stderr', 'env'] as const;
type SectionName = (typeof scenarioSections)[number];

interface Section {
  readonly head: string;
  /** 1-based line of the marker, for messages. */
  readonly line: number;
  readonly body: string;
}

/** `====name====` alone on its line; the name neither starts nor ends with a space. */
const marker = /^====([^=\s](?:[^=\n]*[^=\s])?)====$/;
/** Lines a reader would take for a marker: `=== stdout ===`, `====stdout==== `, `==stdout==`. */
const markerLike = /^\s*={2,}\s*[^=\s][^=]*={2,}\s*$/;
const documentHead = /^document:(\S+)(?: (base64))?$/;

export function parseScenario(name: string, text: string): Scenario {
  const fail = (line: number, message: string): never => {
    throw new Error(`${name}:${line}: ${message}`);
  };
  const sections = splitSections(text, fail);

  const seen = new Map<string, Section>();
  const documents: { path: string; content: Buffer }[] = [];
  for (const section of sections) {
    const previous = seen.get(section.head);
    if (previous)
      fail(
        section.line,
        `section ====${section.head}==== is given twice (first at line ${previous.line})`,
      );
    seen.set(section.head, section);
    if (section.head.startsWith('document:')) {
      documents.push(parseDocument(section, fail));
    } else if (!(scenarioSections as readonly string[]).includes(section.head)) {
      fail(
        section.line,
        `unknown section ====${section.head}====; known sections: ` +
          [...scenarioSections.map((s) => `====${s}====`), '====document:PATH [base64]===='].join(
            ', ',
          ),
      );
    }
  }

  const body = (head: SectionName) => seen.get(head)?.body;
  const required = (head: SectionName): string => {
    const found = body(head);
    return found ?? fail(1, `needs a ====${head}==== section`);
  };
  const title = required('test').trim();
  if (title === '') fail(seen.get('test')!.line, 'the ====test==== section is empty');
  const command = required('command');
  const status = required('status').trim();
  if (!/^\d+$/.test(status))
    fail(
      seen.get('status')!.line,
      `====status==== must be a whole number, not ${JSON.stringify(status)}`,
    );

  return {
    name,
    title,
    documents,
    args: splitArgs(command.trim()),
    status: Number(status),
    stdout: body('stdout') ?? '',
    stderr: body('stderr') ?? '',
    env: parseEnv(seen.get('env'), fail),
  };
}

function splitSections(text: string, fail: (line: number, message: string) => never): Section[] {
  const lines = text.split('\n');
  const sections: { head: string; line: number; body: string[] }[] = [];
  lines.forEach((line, i) => {
    const head = marker.exec(line)?.[1];
    if (head !== undefined) {
      sections.push({ head, line: i + 1, body: [] });
      return;
    }
    if (markerLike.test(line))
      fail(
        i + 1,
        `${JSON.stringify(line)} looks like a section marker but is not one ` +
          '(write it as ====name==== alone on its line)',
      );
    const current = sections.at(-1);
    if (current) current.body.push(line);
    else if (line !== '' || i < lines.length - 1)
      fail(i + 1, 'text before the first section; a scenario starts with a ====name==== line');
  });
  // A body is the text from the line after its marker to the next marker line, newlines
  // included. `split` left each line without its newline: put them back (the last section
  // runs to the end of the file, whose final newline left an empty last line).
  return sections.map((s, i) => ({
    head: s.head,
    line: s.line,
    body:
      i === sections.length - 1 || s.body.length === 0
        ? s.body.join('\n')
        : s.body.join('\n') + '\n',
  }));
}

function parseDocument(
  section: Section,
  fail: (line: number, message: string) => never,
): { path: string; content: Buffer } {
  const match = documentHead.exec(section.head);
  if (!match)
    return fail(
      section.line,
      `bad section ====${section.head}====; write ====document:PATH==== or ====document:PATH base64====`,
    );
  const path = match[1]!;
  if (path.startsWith('/') || path.split('/').includes('..'))
    fail(
      section.line,
      `document path ${JSON.stringify(path)} must stay inside the scenario folder`,
    );
  return {
    path,
    content:
      match[2] === 'base64'
        ? Buffer.from(section.body.trim(), 'base64')
        : Buffer.from(section.body, 'utf8'),
  };
}

function parseEnv(
  section: Section | undefined,
  fail: (line: number, message: string) => never,
): Record<string, string> {
  const env: Record<string, string> = {};
  if (!section) return env;
  section.body.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const eq = line.indexOf('=');
    if (eq <= 0) fail(section.line + 1 + i, `env line ${JSON.stringify(line)} is not NAME=value`);
    env[line.slice(0, eq)] = line.slice(eq + 1);
  });
  return env;
}

function splitArgs(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/**
 * The scenario file with its expected status, stdout and stderr replaced by `actual`
 * (`UPDATE_SCENARIOS=1 npx vitest run test/e2e/scenarios.test.ts`): for a change of wording
 * across many scenarios, whose diff a reviewer then reads line by line.
 */
export function rewriteScenario(
  text: string,
  actual: { status: number | null; stdout: string; stderr: string },
): string {
  const kept = splitSections(text, (line, message) => {
    throw new Error(`line ${line}: ${message}`);
  }).filter((s) => !['status', 'stdout', 'stderr'].includes(s.head));
  const sections = [
    ...kept.map((s) => ({ head: s.head, body: s.body.endsWith('\n') ? s.body : `${s.body}\n` })),
    { head: 'status', body: `${actual.status ?? ''}\n` },
    ...(actual.stdout === '' ? [] : [{ head: 'stdout', body: actual.stdout }]),
    ...(actual.stderr === '' ? [] : [{ head: 'stderr', body: actual.stderr }]),
  ];
  return sections.map((s) => `====${s.head}====\n${s.body}`).join('');
}
