/**
 * Control characters a terminal would obey rather than show: C0 controls but tab (ESC starts
 * colour, title and screen-clearing sequences; CR rewrites the line; LF would let one finding
 * forge the next line of a CI log), DEL, the C1 controls (U+0080–U+009F, where U+009B is a
 * one-character CSI), and the bidirectional overrides and isolates that reorder what a reader
 * sees ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const unsafe = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

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
