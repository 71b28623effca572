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
    'Dữ liệu đầu vào có lỗi nên chưa phân tích được nội dung trùng lặp; báo cáo chỉ liệt kê các lỗi và phát hiện. Đề nghị sửa các lỗi dưới đây rồi chạy lại.',
  'report.html.search': 'Tìm kiếm (gõ có dấu hoặc không dấu)',
  'report.html.search.hint': (_d, say) => `chương trình, ${mod(say)}, cụm từ`,
  'report.html.filter.rule': 'Loại phát hiện',
  'report.html.filter.programme': 'Chương trình',
  'report.html.filter.provider': 'Cơ sở đào tạo',
  'report.html.filter.all': 'Tất cả',
  'report.html.filter.national': 'Chương trình chung (không thuộc cơ sở)',
  'report.html.filter.applies': (_d, say) =>
    `Tìm kiếm và lọc áp dụng cho các mục Đề xuất, Đối chiếu các cặp ${mod(say)} trùng lặp, Phát hiện và Khác biệt so với chương trình chung; lọc theo loại phát hiện chỉ áp dụng cho hai mục Đối chiếu và Phát hiện.`,
  'report.html.filter.nothing': 'Không có mục nào khớp với từ khóa và bộ lọc đã chọn.',
  'report.html.summary': 'Tóm tắt',

  'report.html.heatmap.heading': (d) => `Số ${unit(d.unit)} trùng lặp giữa các chương trình`,
  'report.html.heatmap.intro': (d, say) =>
    `Mỗi ô là số ${unit(d.unit)} mà chương trình ở hàng và chương trình ở cột trùng nhau (cộng từ các cặp ${mod(say)} ở mục Đối chiếu); ô trên đường chéo là số ${unit(d.unit)} trùng lặp trong cùng một chương trình. Màu càng đậm, trùng lặp càng nhiều.` +
    (d.shown < d.all
      ? ` Bảng chỉ gồm ${num(d.shown)} chương trình trùng lặp nhiều nhất (trong tổng số ${num(d.all)} chương trình).`
      : '') +
    (d.copies > 0
      ? ` Bảng không đưa vào ${num(d.copies)} chương trình do cơ sở đào tạo, bồi dưỡng xây dựng theo chương trình chung, vì phần trùng của ${d.copies === 1 ? 'chương trình này' : 'các chương trình này'} giống phần trùng của chương trình chung${d.drifting > 0 ? '; điểm khác xem ở mục “Khác biệt…” cuối báo cáo' : ''}.`
      : ''),
  'report.html.heatmap.cell': (d) => `${d.a} × ${d.b}: ${count(d.hours, d.unit, 'vi')}`,
  'report.html.heatmap.programme': 'Chương trình',

  'report.html.hierarchy.heading': 'Sơ đồ bậc, chương trình và lộ trình học',
  'report.html.hierarchy.intro':
    'Mỗi nhánh (lý luận chính trị, quản lý nhà nước, lãnh đạo quản lý…): các bậc từ thấp lên cao và các chương trình chung của từng bậc; nét liền: chương trình đào tạo cho bậc đó; nét đứt: chứng chỉ của chương trình được công nhận tương đương bậc đó.',
  'report.html.hierarchy.gaps': 'Bậc có khung đỏ nét đứt là bậc chưa có chương trình nào.',
  'report.html.pathways.heading': 'Lộ trình học theo vị trí việc làm',
  'report.html.pathways.intro': (d) =>
    `Các chương trình học viên phải hoàn thành (xếp từ bậc thấp lên cao) để đạt tiêu chuẩn của vị trí việc làm; dưới mỗi chương trình là số ${unit(d.unit)}, và số ${unit(d.unit)} màu đỏ là phần của chương trình đó trùng với một chương trình khác trong cùng lộ trình.`,
  'report.html.pathways.repeated': (d) => `trùng ${count(d.hours, d.unit, 'vi')}`,
  'report.html.pathways.alternative':
    '(lộ trình thay thế; học viên chỉ tính ở lộ trình ngắn nhất của vị trí)',
  'report.html.pathways.figures': (d) =>
    (d.twice === 0
      ? `Tổng ${count(d.sat, d.unit, 'vi')}, không có ${unit(d.unit)} học lặp lại`
      : `Tổng ${count(d.sat, d.unit, 'vi')}, trong đó ${count(d.twice, d.unit, 'vi')} học lặp lại`) +
    (d.learners > 0 ? ` · ${num(d.learners)} học viên/năm` : '') +
    (d.learners > 0 && d.saved > 0 ? ` · có thể giảm ${num(d.saved)} giờ học/năm` : ''),
  'report.html.overlaps.heading': (_d, say) => `Đối chiếu các cặp ${mod(say)} trùng lặp`,
  'report.html.overlaps.intro': (d, say) =>
    `Hai ${mod(say)} của mỗi cặp được trình bày song song, cụm từ giống nhau được tô màu; cặp có số ${unit(d.unit)} trùng nhiều nhất xếp trước. Độ tương đồng đi từ 0 đến 1 (1 là giống hệt).` +
    (d.shown < d.all
      ? ` Báo cáo nêu ${num(d.shown)} cặp trùng nhiều nhất (trong tổng số ${num(d.all)} cặp).`
      : ''),
  'report.html.overlaps.pair': (d) =>
    `${d.kind.charAt(0).toUpperCase()}${d.kind.slice(1)} · ${d.scope} · độ tương đồng ${d.score} · ` +
    (d.hours > 0
      ? `học viên học cả hai phải học lại ${count(d.hours, d.unit, 'vi')}`
      : d.copies
        ? 'không học viên nào học cả hai (bản của cơ sở theo chương trình chung)'
        : `không có ${unit(d.unit)} nào học lặp lại`),
  'report.html.overlaps.shared': 'Cụm từ chung',
  'report.html.module.level': 'Bậc',
  'report.html.module.provider': 'Cơ sở đào tạo',
  'report.html.module.hours': (d) => count(d.hours, d.unit, 'vi'),
};
