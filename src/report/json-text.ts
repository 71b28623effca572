/**
 * Characters JSON.stringify leaves raw that a terminal or an editor would obey rather than
 * show: DEL and the C1 controls (U+009B is a one-character CSI), the bidirectional marks,
 * overrides and isolates ("Trojan Source"), and the line and paragraph separators.
 */
const unsafe = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * JSON text with those characters written as `\uXXXX` escapes: the same value once parsed,
 * but `cat report.sarif` cannot drive a terminal nor reorder what a reviewer sees. JSON's own
 * syntax is ASCII, so every such character stands inside a string, where an escape is valid.
 */
export function escapeUnsafeJson(json: string): string {
  return json.replace(unsafe, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
