/**
 * End-to-end scenario files, after Spectral's: one file holds the input documents, the
 * command, and the expected output and exit status, so a reader sees a whole case at once.
 *
 *   ====test====            what the scenario shows (one line)
 *   ====document:PATH====   a file to create (repeatable); `====document:PATH base64====`
 *                           takes base64, for bytes a text file cannot hold
 *   ====command====         the arguments, split on spaces ("double quotes" group)
 *   ====status====          the expected exit status
 *   ====stdout====          the expected stdout, exactly (optional)
 *   ====stderr====          the expected stderr, exactly (optional)
 *   ====env====             extra environment, one NAME=value a line (optional)
 */
export interface Scenario {
  readonly name: string;
  readonly title: string;
  readonly documents: ReadonlyArray<{ path: string; content: Buffer }>;
  readonly args: readonly string[];
  readonly status: number;
  readonly stdout: string | undefined;
  readonly stderr: string | undefined;
  readonly env: Readonly<Record<string, string>>;
}

export function parseScenario(name: string, text: string): Scenario {
  const sections: Array<{ head: string; body: string }> = [];
  const marker = /^====([^=\n]+)====\n/gm;
  const heads = [...text.matchAll(marker)];
  heads.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = heads[i + 1]?.index ?? text.length;
    sections.push({ head: m[1]!.trim(), body: text.slice(start, end) });
  });
  const one = (head: string) => sections.find((s) => s.head === head)?.body;
  const command = one('command');
  const status = one('status');
  if (command === undefined || status === undefined)
    throw new Error(`${name}: needs ====command==== and ====status====`);
  return {
    name,
    title: (one('test') ?? name).trim(),
    documents: sections
      .filter((s) => s.head.startsWith('document:'))
      .map((s) => {
        const [path, encoding] = s.head.slice('document:'.length).split(' ') as [string, string?];
        return {
          path,
          content:
            encoding === 'base64'
              ? Buffer.from(s.body.trim(), 'base64')
              : Buffer.from(s.body, 'utf8'),
        };
      }),
    args: splitArgs(command.trim()),
    status: Number(status.trim()),
    stdout: one('stdout'),
    stderr: one('stderr'),
    env: Object.fromEntries(
      (one('env') ?? '')
        .split('\n')
        .filter((l) => l.includes('='))
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    ),
  };
}

function splitArgs(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}
