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
  'report.docx.subject':
    'Kết quả rà soát nội dung trùng lặp giữa các chương trình đào tạo, bồi dưỡng',
  'report.docx.opening':
    'Thực hiện ……………………………, ……………………………… báo cáo kết quả rà soát nội dung các chương trình đào tạo, bồi dưỡng như sau:',
  'report.docx.framework': (d) => `Phạm vi rà soát: ${d.name} (${d.period}).`,
  'report.docx.summary': 'Kết quả chung',
  'report.docx.section': (d) => `${roman(d.n)}. ${d.title.toLocaleUpperCase('vi')}`,
  'report.docx.rule': (d) => `${num(d.n)}. ${d.title}`,
  'report.docx.invalid':
    'Dữ liệu đầu vào có lỗi nên chưa thể phân tích nội dung trùng lặp; báo cáo này chỉ liệt kê các lỗi cần khắc phục.',
  'report.docx.rule-line': (d) =>
    `Mức độ: ${d.severity.toLocaleLowerCase('vi')}; ${count(d.n, 'noun.finding', 'vi')}.${d.summary === '' ? '' : ` ${d.summary}`}`,
  'report.docx.findings.head.finding': 'Nội dung phát hiện',
  'report.docx.findings.head.place': 'Tệp và dòng',
  'report.docx.closing':
    'Trên đây là báo cáo kết quả rà soát nội dung trùng lặp giữa các chương trình đào tạo, bồi dưỡng, kính báo cáo ……………………… xem xét, chỉ đạo./.',
  'report.docx.recipients': 'Nơi nhận:',
  'report.docx.recipient': '- ……………… (để báo cáo);',
  'report.docx.archive': '- Lưu: VT, …….',
  'report.docx.signer': '……………………………',
  'report.docx.signature': '(Chữ ký, dấu)',
  'report.docx.signer-name': '……………………………',
};
