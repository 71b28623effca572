/** `curriculum-dedup import`: a spreadsheet read into programme files (src/import/). */
interface At {
  readonly sheet: string;
  readonly row: number;
}
const at = (d: At) => `${d.sheet}, row ${d.row}`;

export const imports = {
  'import.missing-columns': (d: {
    sheet: string;
    columns: readonly string[];
    found: readonly string[];
  }) =>
    `${d.sheet}: no column for ${d.columns.map((c) => `“${c}”`).join(', ')} (the header row has ${d.found.map((c) => `“${c}”`).join(', ')}); name them so, or map them with --map "Header=field"`,
  'import.row.no-programme': (d: At) => `${at(d)}: no programme code (“Mã chương trình”)`,
  'import.row.no-title': (d: At) => `${at(d)}: no module title (“Tên chuyên đề”)`,
  'import.row.hours': (d: At & { value: string }) =>
    `${at(d)}: hours (“Số tiết”) must be a number of periods, such as 45 or 4,5, not “${d.value}”`,
  'import.row.track': (d: At & { value: string; suggestion?: string }) =>
    `${at(d)}: the framework has no track “${d.value}”${d.suggestion ? `; did you mean “${d.suggestion}”?` : ''}`,
  'import.row.level': (d: At & { value: string; track: string; suggestion?: string }) =>
    `${at(d)}: track ${d.track} has no level “${d.value}”${d.suggestion ? `; did you mean “${d.suggestion}”?` : ''}`,
  'import.left-out': (d: { programmes: readonly string[] }) =>
    `nothing written for ${d.programmes.join(', ')}: a row of each could not be read`,
  'import.exists': (d: { file: string }) =>
    `${d.file} exists: not written over (--force replaces it)`,
  'import.is-input': (d: { file: string }) => `${d.file} is the file being imported: never written`,
  'import.invalid': (d: { file: string; problem: string }) =>
    `${d.file} would not validate, so it is not written: ${d.problem}`,
  'import.wrote': (d: { files: readonly string[] }) =>
    [
      `Wrote ${d.files.length} programme ${d.files.length === 1 ? 'file' : 'files'}:`,
      ...d.files.map((f) => `  ${f}`),
    ].join('\n'),
  'import.none': 'No programme was written.',
  'import.subject': (d: { file: string }) => `file ${d.file}`,
  'import.format': (d: { file: string }) => `${d.file}: import reads a .csv or .xlsx file`,
  'import.no-framework': (d: { folder: string }) =>
    `no framework.yaml in ${d.folder} or the folder above it: tracks and levels are read from it (--framework names it)`,
  'import.bad-map': (d: { value: string }) =>
    `--map ${d.value}: expected "Header=field", the field one of the known headers (such as "module title")`,
};
