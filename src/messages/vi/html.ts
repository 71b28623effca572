import { formatNumber } from '../number-format.js';
import { count, moduleWord, nounForm, type NounId } from '../words.js';
import type { CatalogueOf, Say } from '../types.js';
import type { html as en } from '../en/html.js';

const num = (n: number) => formatNumber(n, 'vi');
const mod = (say: Say, n?: number) => moduleWord(say, n);
const unit = (u: NounId) => nounForm(u, 'vi');

/** Tiếng Việt: những chữ chỉ báo cáo HTML dùng (src/report/html.ts). */
export const html: CatalogueOf<typeof en> = {
  'report.html.contents': 'Mục lục',
  'report.html.invalid':
    'Dữ liệu đầu vào có lỗi. Báo cáo này chỉ liệt kê các phát hiện: việc phân tích trùng lặp cần một kho chương trình hợp lệ. Sửa các lỗi dưới đây rồi chạy lại.',
  'report.html.search': 'Tìm kiếm',
  'report.html.search.hint': 'tên chương trình, tên bài, cụm từ… (gõ có dấu hoặc không dấu)',
  'report.html.filter.rule': 'Quy tắc',
  'report.html.filter.programme': 'Chương trình',
  'report.html.filter.provider': 'Cơ sở đào tạo',
  'report.html.filter.all': 'Tất cả',
  'report.html.filter.national': 'Chương trình chung',
  'report.html.filter.applies':
    'Ô tìm kiếm và các bộ lọc áp dụng cho phần đề xuất, các cặp trùng lặp, các phát hiện và chương trình của các cơ sở đào tạo; bộ lọc quy tắc chỉ áp dụng cho các cặp trùng lặp và các phát hiện.',
  'report.html.filter.nothing': 'Không có mục nào khớp với từ khóa và bộ lọc đã chọn.',
  'report.html.more': (d) =>
    `… và ${num(d.n)} ${nounForm(d.noun, 'vi', d.n)} khác: báo cáo JSON (--format json) có đầy đủ.`,
  'report.html.summary': 'Tóm tắt',

  'report.html.heatmap.heading': (d) => `Số ${unit(d.unit)} trùng lặp giữa các chương trình`,
  'report.html.heatmap.intro': (d, say) =>
    `Mỗi ô là số ${unit(d.unit)} mà các ${mod(say)} của chương trình ở hàng và chương trình ở cột dạy lặp lại của nhau (tổng của các cặp ${mod(say)} trùng lặp đã liệt kê); ô trên đường chéo là số ${unit(d.unit)} lặp lại trong cùng một chương trình. Màu càng đậm, trùng lặp càng nhiều.` +
    (d.shown < d.all
      ? ` Bảng chỉ gồm ${num(d.shown)} chương trình trùng lặp nhiều nhất (trong tổng số ${num(d.all)} chương trình).`
      : '') +
    (d.copies > 0
      ? ` Bảng không gồm ${num(d.copies)} chương trình của cơ sở đào tạo xây dựng theo chương trình chung: các chương trình này lặp lại đúng những nội dung mà chương trình chung lặp lại${d.drifting > 0 ? '; mục cuối cho biết mỗi chương trình khác chương trình chung ở đâu' : ', và không chương trình nào khác chương trình chung'}.`
      : ''),
  'report.html.heatmap.cell': (d) => `${d.a} × ${d.b}: ${count(d.hours, d.unit, 'vi')}`,
  'report.html.heatmap.programme': 'Chương trình',

  'report.html.hierarchy.heading': 'Hệ thống bậc, chương trình và lộ trình học',
  'report.html.hierarchy.intro':
    'Mỗi nhánh: các bậc từ thấp lên cao và các chương trình chung của từng bậc; nét liền nối chương trình với bậc mà chương trình đào tạo, nét đứt nối với bậc mà chứng chỉ của chương trình được công nhận.',
  'report.html.hierarchy.gaps': 'Bậc khung đỏ nét đứt là bậc chưa có chương trình nào.',
  'report.html.pathways.heading': 'Lộ trình học theo vị trí việc làm',
  'report.html.pathways.intro': (d) =>
    `Các chương trình học viên lần lượt hoàn thành để đạt tiêu chuẩn của vị trí việc làm; dưới mỗi chương trình là số ${unit(d.unit)}, phần màu đỏ là số ${unit(d.unit)} trùng với chương trình học trước đó trong cùng lộ trình.`,
  'report.html.pathways.figures': (d) =>
    `Phải học ${count(d.sat, d.unit, 'vi')}, trong đó ${num(d.twice)} ${unit(d.unit)} học lặp lại` +
    (d.learners > 0
      ? ` · ${num(d.learners)} học viên/năm · tiết kiệm ${num(d.saved)} giờ/năm`
      : ''),

  'report.html.overlaps.heading': (_d, say) => `Các cặp ${mod(say)} trùng lặp, đặt cạnh nhau`,
  'report.html.overlaps.intro': (d, say) =>
    `Mỗi cặp ${mod(say)} trùng lặp được đặt cạnh nhau, các cụm từ chung được tô màu; cặp lặp lại nhiều nhất xếp trước.` +
    (d.shown < d.all
      ? ` Báo cáo nêu ${num(d.shown)} cặp lặp lại nhiều nhất (trong tổng số ${num(d.all)} cặp).`
      : ''),
  'report.html.overlaps.pair': (d) =>
    `${d.kind.charAt(0).toUpperCase()}${d.kind.slice(1)}, ${d.scope} · độ tương đồng ${d.score} · lặp lại ${count(d.hours, d.unit, 'vi')}`,
  'report.html.overlaps.shared': 'Cụm từ chung',
  'report.html.overlaps.topics': 'Nội dung',
  'report.html.module.level': 'Bậc',
  'report.html.module.provider': 'Cơ sở đào tạo',
  'report.html.module.hours': (d) => count(d.hours, d.unit, 'vi'),
};
