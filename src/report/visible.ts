/**
 * Characters a terminal would obey, or a reader would not see: C0 controls but tab (ESC starts
 * colour, title and screen-clearing sequences; CR rewrites the line; LF would let one finding
 * forge the next line of a CI log), DEL, the C1 controls (U+0080–U+009F, where U+009B is a
 * one-character CSI), the line and paragraph separators (U+2028, U+2029), and every format
 * character (category Cf): the bidirectional marks, overrides and isolates that reorder what
 * a reader sees ("Trojan Source", U+061C among them), and the zero-width ones (U+200B, U+2060,
 * the soft hyphen U+00AD) that make two different texts look the same.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

const escape = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
};

/**
 * Text from files, names or arguments made safe for a terminal, on one line: every control
 * character is shown as an escape (`\u001b`), so a curriculum file can never drive the
 * terminal or the log that reports on it. Applied to every piece of untrusted text a
 * human-facing reporter writes.
 */
export function visible(text: string): string {
  return text.replace(unsafe, escape);
}

/** The same for text of several lines: line feeds are kept, every other control is shown. */
export function visibleLines(text: string): string {
  return text.split('\n').map(visible).join('\n');
}
