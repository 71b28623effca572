import type { Document } from 'docx';
import type { Docx } from './docx-library.js';

/** What the package says of itself (docProps/core.xml): no dates, no author, no machine. */
export interface CoreProperties {
  readonly title: string;
  /** BCP 47: vi-VN, en-GB. */
  readonly language: string;
}

/**
 * A Word document packed into bytes that depend on the document alone. `docx` writes the time
 * of packing into docProps/core.xml (created, modified), and its zip writer stamps each entry
 * with the clock in local time: the core properties are replaced by ours, without dates, and
 * every entry's time is set to the zip format's first day (1 January 1980, 00:00), as
 * reproducible builds do.
 */
export async function packDocument(
  docx: Docx,
  document: Document,
  core: CoreProperties,
): Promise<Uint8Array> {
  const bytes = await docx.Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreXml(core) },
  ]);
  return withFixedTimes(bytes);
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function coreXml(core: CoreProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(core.title)}</dc:title>` +
    '<dc:creator>curriculum-dedup</dc:creator>' +
    `<dc:language>${xmlText(core.language)}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/** MS-DOS date of 1 January 1980 (year 0, month 1, day 1) and time 00:00:00. */
const dosDate = (0 << 9) | (1 << 5) | 1;
const dosTime = 0;

/**
 * The zip file with every entry's modification time set to `dosDate`/`dosTime`, in its
 * central directory and in its local header (APPNOTE.TXT 4.3.7, 4.3.12). The zip is the one
 * `docx` just wrote: one disk, no zip64, no comment; anything else is left as it is.
 */
export function withFixedTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = out.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return zip;
    view.setUint16(at + 12, dosTime, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > at || view.getUint32(local, true) !== 0x04034b50) return zip;
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    // The record, its name, extra field and comment.
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}
