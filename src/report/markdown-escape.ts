import { htmlEntities, htmlText } from './html-escape.js';
import { visible } from './visible.js';

/**
 * A zero-width non-joiner, put after `@` so that GitHub does not turn a name in the data into
 * a mention (and notify whoever holds it); invisible to a reader.
 */
const noMention = '\u200c';

/** Line breaks, and tabs, become spaces: every piece of untrusted text is one line of a cell. */
const oneLine = (text: string) => text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' ');

/** Markdown punctuation a renderer would act on, each escaped with a backslash. */
const markdownPunctuation = /[\\`*_[\]|#~$]/g;

/**
 * Untrusted text (titles, ids, file names, messages from YAML files) as markdown that renders
 * as exactly that text, on one line, safe in a table cell, a list item or a heading:
 * - markdown punctuation is escaped with a backslash: `\` `` ` `` `*` `_` `[` `]` `|` `#` `~`
 *   and `$` (GitHub's math), so no emphasis, link, code span, cell break or heading forms;
 * - `&`, `<` and `>` become entities, so no raw HTML renders in any renderer;
 * - a line that would start a list, a heading underline or a numbered item is escaped;
 * - `@` is followed by a zero-width non-joiner, so GitHub pings nobody (nor links an address);
 * - `://` and `www.` are escaped, so a web address in a title is not made a link;
 * - line breaks become spaces; other control characters and bidirectional overrides are
 *   shown as escapes (`\u001b`), as on the terminal.
 */
export function escapeMarkdown(text: string): string {
  return visible(oneLine(text))
    .replace(markdownPunctuation, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => htmlEntities[c] ?? c)
    .replace(/@/g, `@${noMention}`)
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Untrusted text inside raw HTML (a `<details>`'s `<summary>`), where markdown is not read:
 * HTML's special characters become entities, `@` pings nobody, one line, controls shown.
 */
export function escapeHtml(text: string): string {
  return htmlText(oneLine(text)).replace(/@/g, `@${noMention}`);
}

const mermaidEntities: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '`': '#96;',
  '%': '#37;',
};

/**
 * Untrusted text as the label of a Mermaid node, to be written between double quotes
 * (`n0["…"]`): Mermaid's own entity codes for every character that could close the string,
 * start a markdown string (`` ` ``), a directive or comment (`%%`), an entity (`#`), or HTML
 * (`<`, `>`, `&`); no backtick remains, so the label cannot close the fenced block either.
 */
export function mermaidLabel(text: string): string {
  return visible(oneLine(text)).replace(/[#"<>&`%]/g, (c) => mermaidEntities[c] ?? c);
}
