import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

/*
 * A Word file read back as Word would: it is a zip (read with JSZip) of XML parts (parsed with
 * saxes, a conformant parser that refuses what is not well-formed XML 1.0, such as a raw
 * control character). Both are installed as exceljs's dependencies.
 */

/** An element of an XML part: its qualified name, attributes and children. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

/** The parts of a .docx and its main part parsed. */
export interface DocxFile {
  readonly zip: JSZip;
  /** Every part's text by path. */
  readonly parts: ReadonlyMap<string, string>;
  /** word/document.xml. */
  readonly document: XmlElement;
  /** word/styles.xml. */
  readonly styles: XmlElement;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxFile> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(path, await file.async('string'));
  const part = (path: string) => {
    const text = parts.get(path);
    if (text === undefined) throw new Error(`no ${path} in the package`);
    return parseXml(text);
  };
  return { zip, parts, document: part('word/document.xml'), styles: part('word/styles.xml') };
}

/** An XML document's root element; throws where it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  interface Open {
    name: string;
    attributes: Record<string, string>;
    children: (XmlElement | string)[];
  }
  const stack: Open[] = [{ name: '#document', attributes: {}, children: [] }];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    // Without namespaces, saxes gives every attribute as its text.
    for (const [key, value] of Object.entries(tag.attributes)) attributes[key] = value;
    const element: Open = { name: tag.name, attributes, children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack.at(-1)?.children.push(text));
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  const root = stack[0]?.children.find((c): c is XmlElement => typeof c !== 'string');
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** The elements named `name` under `root`, in document order (not inside one another). */
export function find(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of root.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) out.push(child);
    else out.push(...find(child, name));
  }
  return out;
}

/** The first element named `name` under `root`. */
export function first(root: XmlElement, name: string): XmlElement | undefined {
  return find(root, name)[0];
}

/** The text an element holds itself (`w:t`, `w:instrText`). */
export function ownText(element: XmlElement): string {
  return element.children.filter((c) => typeof c === 'string').join('');
}

/** The text of the runs under an element, as Word shows it. */
export function textOf(root: XmlElement): string {
  return find(root, 'w:t').map(ownText).join('');
}

/** The paragraphs of the body outside tables, as text. */
export function bodyParagraphs(document: XmlElement): string[] {
  const body = first(document, 'w:body');
  if (body === undefined) return [];
  return body.children
    .filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:p')
    .map(textOf);
}

/** A table as text: its rows, each a list of cells, each cell its paragraphs joined by "\n". */
export function tableText(table: XmlElement): string[][] {
  return find(table, 'w:tr').map((row) =>
    find(row, 'w:tc').map((cell) => find(cell, 'w:p').map(textOf).join('\n')),
  );
}

/** Whether a table's first row is a header row, repeated on every page. */
export function hasHeaderRow(table: XmlElement): boolean {
  const row = first(table, 'w:tr');
  return row !== undefined && first(row, 'w:tblHeader') !== undefined;
}

/** An attribute's value as a number. */
export function numberAttribute(element: XmlElement | undefined, name: string): number {
  return Number(element?.attributes[name]);
}
