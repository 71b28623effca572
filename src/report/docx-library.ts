import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as DocxModule from 'docx';

/** The `docx` package: what the Word report is built with. */
export type Docx = typeof DocxModule;

/**
 * `docx` from its own bundle beside the CLI's (scripts/bundle.mjs: dist/cli/docx.cjs), so that
 * no other report or command compiles its megabyte; from the package when run from sources.
 */
export async function loadDocx(): Promise<Docx> {
  const bundled = new URL('./docx.cjs', import.meta.url);
  if (existsSync(bundled)) {
    const required: unknown = createRequire(import.meta.url)(bundled.pathname);
    if (isDocx(required)) return required;
  }
  return await import('docx');
}

function isDocx(value: unknown): value is Docx {
  return typeof value === 'object' && value !== null && 'Packer' in value && 'Document' in value;
}
