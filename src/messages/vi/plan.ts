import { formatNumber } from '../number-format.js';
import { count, nounForm } from '../words.js';
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
  'national-original': 'bản gốc của chương trình quốc gia',
  'covers-others': 'dạy được nhiều nội dung của các phần còn lại nhất',
  longest: 'dài nhất',
  first: 'các phần tương đương nhau; chọn theo mã',
  'holds-certificate': 'đã học trong chương trình trước',
  'taught-elsewhere': 'nội dung đã được dạy trong các chương trình được giữ lại',
  'national-programme': 'chương trình quốc gia',
} as const;

/** Kế hoạch (src/plan/plan.ts), viết cho lãnh đạo đọc. */
export const plan: CatalogueOf<typeof en> = {
  'plan.heading': 'Kế hoạch tinh gọn: gộp, miễn học, thôi tổ chức, thống nhất',
  'plan.none': 'Không có nội dung nào cần gộp, miễn học, thôi tổ chức hay thống nhất.',
  'plan.total': (d) =>
    `Tổng cộng: người học tiết kiệm ${num(d.hours)} giờ mỗi năm, bằng tổng của ${count(d.actions, 'noun.row', 'vi')} dưới đây.`,
  'plan.total.short': (d) =>
    `Tổng cộng: người học tiết kiệm ${num(d.hours)} giờ mỗi năm, bằng tổng của ${count(d.actions, 'noun.row', 'vi')} trong kế hoạch (dưới đây là ${num(d.shown)} dòng tiết kiệm nhiều nhất; lệnh \`curriculum-dedup plan\` liệt kê đầy đủ).`,
  'plan.action.merge': 'Gộp',
  'plan.action.exempt': 'Miễn học (liên thông)',
  'plan.action.retire': 'Thôi tổ chức',
  'plan.action.align': 'Thống nhất',
  'plan.merge': (d) => `giữ ${named(d.keep)}; bỏ hoặc rút gọn ${list(d.others)}`,
  'plan.exempt': (d) =>
    `người đã học xong ${named(d.held)} được miễn ${count(d.modules.length, d.module, 'vi')} của ${named(d.next)}: ${list(d.modules)}`,
  'plan.retire': (d) =>
    `thôi tổ chức ${named(d.programme)}: ${num(d.hours)} trong ${count(d.total, d.unit, 'vi')} của chương trình đã được dạy ở ${list(d.elsewhere)}`,
  'plan.align': (d) => `đưa ${named(d.copy)} của ${d.provider} về đúng ${named(d.national)}`,
  'plan.keep': (d) => `Lý do giữ: ${reasons[d.reason]}`,
  'plan.reason': (d) => reasons[d.reason],
  'plan.arithmetic': (d) => {
    const terms = d.terms.map(
      (t) => `${count(t.hours, d.unit, 'vi')} × ${num(t.learners, 1)} người/năm`,
    );
    const sum = terms.length > 1 ? `(${terms.join(' + ')})` : (terms[0] ?? '');
    return `${sum} × ${num(d.minutes)} phút = ${num(d.total)} giờ`;
  },
  'plan.arithmetic.unknown-learners': (d) =>
    `${count(d.hours, d.unit, 'vi')} mỗi người học; chưa biết số người học mỗi năm`,
  'plan.arithmetic.teaching': (d) =>
    `không rút ngắn thời gian học; bớt ${count(d.hours, d.unit, 'vi')} giảng dạy`,
  'plan.head.rank': 'TT',
  'plan.head.action': 'Việc cần làm',
  'plan.head.what': 'Nội dung',
  'plan.head.keep': 'Giữ lại, vì sao',
  'plan.head.per-learner': (d) => `Mỗi người học (${nounForm(d.unit, 'vi')})`,
  'plan.head.learners': 'Người học/năm',
  'plan.head.person-hours': 'Giờ/năm',
  'plan.head.arithmetic': 'Cách tính',
  'plan.head.teaching': (d) => `Giảng dạy (${nounForm(d.unit, 'vi')})`,
  'plan.pathways': (d) =>
    d.pathways.map((p) => `${p.position}: ${count(p.hours, d.unit, 'vi')}`).join('; '),
  'plan.how': (d) =>
    `Mỗi dòng tính số ${nounForm(d.unit, 'vi')} người học phải học lại trên lộ trình của các vị trí việc làm liên quan: phần nội dung của một ${nounForm(d.module, 'vi')} mà ${nounForm(d.module, 'vi')} khác trên cùng lộ trình đã dạy, nhân với thời lượng của nó, làm tròn đến ${nounForm(d.unit, 'vi')}. Giờ mỗi năm = số ${nounForm(d.unit, 'vi')} mỗi người học × số người học mỗi năm × ${num(d.minutes)} phút ÷ 60. Các bản sao của cùng một ${nounForm(d.module, 'vi')} ở những cơ sở đào tạo khác nhau không được tính: không ai học cả hai. Thống nhất bản sao giảm công giảng dạy, không rút ngắn thời gian học.`,
};
