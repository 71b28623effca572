import { formatNumber } from '../number-format.js';
import { count } from '../words.js';
import type { CatalogueOf } from '../types.js';
import type { docx as en } from '../en/docx.js';

const num = (n: number) => formatNumber(n, 'vi');
const roman = (n: number) =>
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);

/**
 * Báo cáo Word (`--format docx`) theo thể thức văn bản hành chính của Nghị định 30/2020/NĐ-CP.
 * Các chỗ chấm (……) để cơ quan tự điền: báo cáo giống hệt nhau ở mọi lần chạy, nên không ghi
 * tên cơ quan, số, địa danh, ngày tháng hay người ký.
 */
export const docx: CatalogueOf<typeof en> = {
  'report.docx.agency': '……………………………',
  'report.docx.number': 'Số: ……/BC-……',
  'report.docx.nation': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'report.docx.motto': 'Độc lập - Tự do - Hạnh phúc',
  'report.docx.place-date': '……………, ngày …… tháng …… năm ……',
  'report.docx.kind': 'BÁO CÁO',
  'report.docx.subject': 'Kết quả rà soát trùng lặp giữa các chương trình đào tạo, bồi dưỡng',
  'report.docx.opening':
    'Qua rà soát nội dung các chương trình đào tạo, bồi dưỡng, kết quả cụ thể như sau:',
  'report.docx.framework': (d) => `Khung chương trình: ${d.name} (${d.period}).`,
  'report.docx.section': (d) => `${roman(d.n)}. ${d.title.toLocaleUpperCase('vi')}`,
  'report.docx.rule': (d) => `${num(d.n)}. ${d.title} (${d.rule})`,
  'report.docx.invalid':
    'Dữ liệu đầu vào có lỗi. Báo cáo này chỉ liệt kê các phát hiện: việc phân tích trùng lặp cần một kho chương trình hợp lệ. Sửa các lỗi dưới đây rồi chạy lại.',
  'report.docx.rule-line': (d) =>
    `${d.severity} · ${count(d.n, 'noun.finding', 'vi')}.${d.summary === '' ? '' : ` ${d.summary}`}`,
  'report.docx.findings.head.finding': 'Nội dung phát hiện',
  'report.docx.findings.head.place': 'Tệp và dòng',
  'report.docx.closing':
    'Trên đây là kết quả rà soát nội dung trùng lặp giữa các chương trình đào tạo, bồi dưỡng./.',
  'report.docx.recipients': 'Nơi nhận:',
  'report.docx.recipient': '- ……………;',
  'report.docx.archive': '- Lưu: VT, ……',
  'report.docx.signer': '……………………………',
  'report.docx.signature': '(Ký, ghi rõ họ tên, đóng dấu)',
  'report.docx.signer-name': '……………………………',
};
