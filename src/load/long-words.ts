import type { Finding } from '../findings/finding.js';
import { finding } from '../rules/loader-rules.js';
import { message } from '../messages/catalogue.js';
import { type DataPath, type LocationIndex, formatPath, locate } from './locate.js';

/** No word comes near this, not even a long web address; text analysis stays linear below it. */
export const maxWordLength = 1000;

const longWord = new RegExp(`\\S{${maxWordLength + 1}}`, 'u');

/**
 * Every text of a schema-valid document that holds a run of more than `maxWordLength`
 * characters without a space, located at the text. Linear in the size of the document.
 */
export function longWords(value: unknown, where: () => LocationIndex): Finding[] {
  const found: Array<{ path: DataPath; word: string }> = [];
  const stack: Array<{ node: unknown; path: DataPath }> = [{ node: value, path: [] }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path } = next;
    if (typeof node === 'string') {
      // Most texts are shorter than the limit and cannot hold such a word: skip the scan.
      const match = node.length > maxWordLength ? longWord.exec(node) : null;
      if (match) found.push({ path, word: match[0] });
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node))
        stack.push({ node: item, path: [...path, key] });
    }
  }
  if (found.length === 0) return [];
  const index = where();
  return found.map(({ path, word }) => {
    return finding(
      'long-word',
      locate(index, path),
      message('load.long-word', {
        path: formatPath(path),
        max: maxWordLength,
        word: word.slice(0, 24),
      }),
    );
  });
}
