import { describe, expect, it } from 'vitest';
import { parseScenario, rewriteScenario } from './scenario.js';

/** A scenario file from its lines, each ended by a newline as in a file on disk. */
const file = (...lines: string[]) => lines.map((l) => l + '\n').join('');

const complete = file(
  '====test====',
  'prints the version',
  '====document:programmes/a.yaml====',
  'kind: programme',
  '====document:bytes.yaml base64====',
  'AAEC',
  '====command====',
  'validate "my folder" --ignore x',
  '====status====',
  '2',
  '====stdout====',
  'first line',
  '',
  'last line',
  '====stderr====',
  'oops',
  '====env====',
  'NO_COLOR=1',
  'COLUMNS=80=wide',
);

describe('parseScenario', () => {
  it('reads every known section', () => {
    const s = parseScenario('all.scenario', complete);
    expect(s).toEqual({
      name: 'all.scenario',
      title: 'prints the version',
      documents: [
        { path: 'programmes/a.yaml', content: Buffer.from('kind: programme\n') },
        { path: 'bytes.yaml', content: Buffer.from([0, 1, 2]) },
      ],
      args: ['validate', 'my folder', '--ignore', 'x'],
      status: 2,
      stdout: 'first line\n\nlast line\n',
      stderr: 'oops\n',
      env: { NO_COLOR: '1', COLUMNS: '80=wide' },
    });
  });

  it('takes a missing ====stdout==== or ====stderr==== to mean "must be empty", not "anything"', () => {
    const s = parseScenario(
      'quiet.scenario',
      file('====test====', 'quiet', '====command====', 'validate', '====status====', '0'),
    );
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe('');
  });

  it('keeps an empty section empty and a blank line a blank line', () => {
    const s = parseScenario(
      'blank.scenario',
      file(
        '====test====',
        't',
        '====command====',
        'validate',
        '====status====',
        '0',
        '====stdout====',
        '====stderr====',
        '',
      ),
    );
    expect(s.stdout).toBe('');
    expect(s.stderr).toBe('\n');
  });

  it('rejects a misspelt section, naming the file, the line and the section', () => {
    const text = complete.replace('====stdout====', '====stdot====');
    expect(() => parseScenario('typo.scenario', text)).toThrow(
      /^typo\.scenario:11: unknown section ====stdot====; known sections: ====test====, /,
    );
  });

  it.each([
    ['spaces inside', '==== stdout ===='],
    ['trailing spaces', '====stdout====  '],
    ['a carriage return', '====stdout====\r'],
    ['three equals signs', '===stdout==='],
  ])('rejects a line that looks like a marker but is not one (%s)', (_, line) => {
    const text = complete.replace('====stdout====', line);
    expect(() => parseScenario('near.scenario', text)).toThrow(
      `near.scenario:11: ${JSON.stringify(line)} looks like a section marker but is not one`,
    );
  });

  it('rejects a section given twice', () => {
    const text = complete + file('====stdout====', 'again');
    expect(() => parseScenario('twice.scenario', text)).toThrow(
      'twice.scenario:20: section ====stdout==== is given twice (first at line 11)',
    );
  });

  it('rejects text before the first section', () => {
    expect(() => parseScenario('lead.scenario', 'a note\n' + complete)).toThrow(
      'lead.scenario:1: text before the first section',
    );
  });

  it.each([
    ['command', '====command===='],
    ['status', '====status===='],
    ['test', '====test===='],
  ])('requires a ====%s==== section', (head, line) => {
    const lines = complete.split('\n');
    const at = lines.indexOf(line);
    const without = [...lines.slice(0, at), ...lines.slice(at + 2)].join('\n');
    expect(() => parseScenario('short.scenario', without)).toThrow(
      `short.scenario:1: needs a ====${head}==== section`,
    );
  });

  it('rejects a status that is not a whole number, instead of reading it as 0', () => {
    const text = complete.replace('====status====\n2\n', '====status====\n\n');
    expect(() => parseScenario('status.scenario', text)).toThrow(
      'status.scenario:9: ====status==== must be a whole number, not ""',
    );
  });

  it('rejects an env line without =, and a bad document head', () => {
    expect(() => parseScenario('env.scenario', complete.replace('NO_COLOR=1', 'NO_COLOR'))).toThrow(
      'env.scenario:18: env line "NO_COLOR" is not NAME=value',
    );
    expect(() =>
      parseScenario('doc.scenario', complete.replace(' base64====', ' base32====')),
    ).toThrow('doc.scenario:5: bad section ====document:bytes.yaml base32====');
    expect(() =>
      parseScenario('up.scenario', complete.replace('document:programmes/', 'document:../')),
    ).toThrow('up.scenario:3: document path "../a.yaml" must stay inside the scenario folder');
  });
});

describe('rewriteScenario', () => {
  it('replaces the expected outputs and keeps every other section', () => {
    const actual = { status: 1, stdout: 'new\n\nout\n', stderr: '' };
    const rewritten = parseScenario('all.scenario', rewriteScenario(complete, actual));
    const before = parseScenario('all.scenario', complete);
    expect(rewritten).toEqual({ ...before, status: 1, stdout: 'new\n\nout\n', stderr: '' });
  });

  it('is the identity on outputs the scenario already expects', () => {
    const s = parseScenario('all.scenario', complete);
    const again = parseScenario('all.scenario', rewriteScenario(complete, s));
    expect(again).toEqual(s);
  });
});
