import { visibleLines } from './visible.js';

/** HTML's special characters and their entities (the HTML report, and raw HTML in markdown). */
export const htmlEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Untrusted text as HTML text or as the value of a quoted attribute: markup characters become
 * entities, so no title can open a tag, close an attribute or start a script; and every
 * control or format character (bidi overrides among them) is shown as an escape, as in the
 * other human-facing reports (visible.ts). Line breaks stay, as white space.
 */
export function htmlText(text: string): string {
  return visibleLines(text.replace(/\r\n?/g, '\n')).replace(
    /[&<>"']/g,
    (c) => htmlEntities[c] ?? c,
  );
}
