import { formatNumber } from '../number-format.js';
import { count, moduleWord, nounForm } from '../words.js';
import type { CatalogueOf } from '../types.js';
import type { plan as en } from '../en/plan.js';

const num = (n: number, maxDecimals?: number) => formatNumber(n, 'vi', maxDecimals);

interface Named {
  readonly title: string;
  readonly where?: string;
}
const named = (n: Named) => (n.where === undefined ? `“${n.title}”` : `“${n.title}” (${n.where})`);
const list = (items: readonly Named[]) => items.map(named).join(', ');

const reasons = {
  'national-original': 'phần được giữ là bản gốc của chương trình chung',
  'covers-others': 'phần được giữ bao quát nhiều nhất nội dung của các phần còn lại',
  longest: 'phần được giữ có thời lượng dài nhất',
  first: 'các phần tương đương nhau; giữ phần có mã xếp trước',
  'holds-certificate': 'học viên đã học nội dung này ở chương trình trước',
  'taught-elsewhere': 'nội dung của chương trình đã được dạy trong các chương trình còn tổ chức',
  'national-programme': 'chương trình chung là bản chuẩn',
} as const;

/** Đề xuất xử lý (src/plan/plan.ts), viết cho lãnh đạo đọc. */
export const plan: CatalogueOf<typeof en> = {
  'plan.heading': 'Đề xuất xử lý nội dung trùng lặp',
  'plan.none': 'Không có nội dung trùng lặp nào cần xử lý.',
  'plan.total': (d) =>
    d.counted === d.actions
      ? `Tổng thời gian học tiết kiệm được cho học viên: ${num(d.hours)} giờ (60 phút) mỗi năm, là tổng của ${num(d.actions)} đề xuất dưới đây.`
      : `Tổng thời gian học tiết kiệm được cho học viên: ${num(d.hours)} giờ (60 phút) mỗi năm, tính từ ${num(d.counted)} đề xuất dưới đây; ${num(d.actions - d.counted)} đề xuất còn lại không được tính vào tổng này (chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy).`,
  'plan.total.short': (d) =>
    `Tổng thời gian học tiết kiệm được cho học viên: ${num(d.hours)} giờ (60 phút) mỗi năm, ${d.counted === d.actions ? `là tổng của ${num(d.actions)} đề xuất` : `tính từ ${num(d.counted)} trong số ${num(d.actions)} đề xuất (các đề xuất còn lại chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy)`}; dưới đây là ${num(d.shown)} đề xuất tiết kiệm nhiều nhất, lệnh \`curriculum-dedup plan\` liệt kê đầy đủ.`,
  'plan.total.uncounted': (d) =>
    `${num(d.actions)} đề xuất; chưa tính được số giờ học tiết kiệm mỗi năm: khung chương trình chưa có số học viên hằng năm của vị trí việc làm nào có lộ trình được rút ngắn.`,
  'plan.action.merge': 'Hợp nhất',
  'plan.action.exempt': 'Miễn học',
  'plan.action.retire': 'Dừng mở lớp',
  'plan.action.align': 'Điều chỉnh theo chương trình chung',
  'plan.merge': (d) => `giữ ${named(d.keep)}; rút gọn hoặc bỏ phần trùng ở ${list(d.others)}`,
  'plan.exempt': (d, say) =>
    `học viên đã hoàn thành ${named(d.held)} có thể được xét miễn ${num(d.modules.length)} ${moduleWord(say, d.modules.length)} khi học ${named(d.next)}: ${list(d.modules)}`,
  'plan.retire': (d) =>
    `${named(d.programme)}: ${num(d.hours)} trong tổng số ${count(d.total, d.unit, 'vi')} của chương trình này đã được dạy trong ${list(d.elsewhere)}`,
  'plan.align': (d) => `${named(d.copy)} của ${d.provider} theo đúng ${named(d.national)}`,
  'plan.keep': (d) => `Lý do: ${reasons[d.reason]}`,
  'plan.reason': (d) => reasons[d.reason].charAt(0).toUpperCase() + reasons[d.reason].slice(1),
  'plan.arithmetic': (d) => {
    const terms = d.terms.map(
      (t) => `${count(t.hours, d.unit, 'vi')} × ${num(t.learners, 1)} học viên/năm`,
    );
    const sum = terms.length > 1 ? `(${terms.join(' + ')})` : (terms[0] ?? '');
    return `${sum} × ${num(d.minutes)} phút ÷ 60 = ${num(d.total)} giờ`;
  },
  'plan.arithmetic.unknown-learners': (d) =>
    `${count(d.hours, d.unit, 'vi')} mỗi học viên; chưa có số học viên hằng năm`,
  'plan.arithmetic.teaching': (d) =>
    `không giảm thời gian học của học viên; giảm ${count(d.hours, d.unit, 'vi')} giảng dạy`,
  'plan.head.rank': 'TT',
  'plan.head.action': 'Hình thức xử lý',
  'plan.head.what': 'Nội dung',
  'plan.head.keep': 'Lý do đề xuất',
  'plan.head.per-learner': (d) => `Mỗi học viên (${nounForm(d.unit, 'vi')})`,
  'plan.head.learners': 'Học viên/năm',
  'plan.head.person-hours': 'Giờ tiết kiệm/năm',
  'plan.head.arithmetic': 'Cách tính',
  'plan.how': (d, say) => {
    const u = nounForm(d.unit, 'vi');
    const m = moduleWord(say);
    return `Mỗi dòng tính số ${u} học viên phải học lặp lại trên lộ trình của các vị trí việc làm liên quan: tỉ lệ nội dung của một ${m} đã được ${m} khác trong cùng lộ trình dạy, nhân với số ${u} của ${m} đó, làm tròn đến ${u}. Số giờ tiết kiệm mỗi năm = số ${u} mỗi học viên × số học viên mỗi năm × ${num(d.minutes)} phút ÷ 60. Không tính các bản sao của cùng một ${m} ở các cơ sở đào tạo, bồi dưỡng khác nhau, vì không học viên nào học cả hai bản. Điều chỉnh chương trình của cơ sở theo chương trình chung chỉ giảm khối lượng giảng dạy, không rút ngắn thời gian học.`;
  },
};
