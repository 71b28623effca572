import type { CatalogueOf } from '../types.js';
import type { imports as en } from '../en/import.js';

interface At {
  readonly sheet: string;
  readonly row: number;
}
const at = (d: At) => `${d.sheet}, dòng ${d.row}`;

/** Lệnh `curriculum-dedup import`: đọc bảng tính thành các tệp chương trình. */
export const imports: CatalogueOf<typeof en> = {
  'import.missing-columns': (d) =>
    `${d.sheet}: thiếu cột ${d.columns.map((c) => `“${c}”`).join(', ')} (dòng tiêu đề có ${d.found.map((c) => `“${c}”`).join(', ')}); hãy đặt đúng tên cột, hoặc dùng --map "Tên cột=trường"`,
  'import.row.no-programme': (d) => `${at(d)}: thiếu mã chương trình (“Mã chương trình”)`,
  'import.row.no-title': (d) => `${at(d)}: thiếu tên chuyên đề (“Tên chuyên đề”)`,
  'import.row.hours': (d) =>
    `${at(d)}: “Số tiết” phải là một số, ví dụ 45 hoặc 4,5, không phải “${d.value}”`,
  'import.row.track': (d) =>
    `${at(d)}: khung chương trình không có nhánh “${d.value}”${d.suggestion ? `; có phải là “${d.suggestion}”?` : ''}`,
  'import.row.level': (d) =>
    `${at(d)}: nhánh ${d.track} không có bậc “${d.value}”${d.suggestion ? `; có phải là “${d.suggestion}”?` : ''}`,
  'import.left-out': (d) =>
    `không ghi tệp nào cho ${d.programmes.join(', ')}: có dòng của chương trình không đọc được`,
  'import.exists': (d) => `${d.file} đã có: không ghi đè (dùng --force để thay)`,
  'import.is-input': (d) => `${d.file} là chính tệp đang nhập: không bao giờ ghi đè`,
  'import.invalid': (d) => `${d.file} sẽ không hợp lệ nên không được ghi: ${d.problem}`,
  'import.wrote': (d) =>
    [`Đã ghi ${d.files.length} tệp chương trình:`, ...d.files.map((f) => `  ${f}`)].join('\n'),
  'import.none': 'Không ghi được chương trình nào.',
  'import.subject': (d) => `tệp ${d.file}`,
  'import.format': (d) => `${d.file}: lệnh import đọc tệp .csv hoặc .xlsx`,
  'import.no-framework': (d) =>
    `không thấy framework.yaml trong ${d.folder} hoặc thư mục cha của nó: nhánh và bậc được đọc từ tệp này (dùng --framework để chỉ rõ)`,
  'import.bad-map': (d) =>
    `--map ${d.value}: cần dạng "Tên cột=trường", trường là một tên cột đã biết (ví dụ "module title")`,
};
