import { formatFixed, formatNumber } from '../number-format.js';
import { count, moduleWord, nounForm, type NounId } from '../words.js';
import type { CatalogueOf, Say } from '../types.js';
import type { report as en } from '../en/report.js';

/** A module as the data calls it ("mô-đun", or the framework's `moduleTerm`), for a count. */
const mod = (say: Say, n?: number) => moduleWord(say, n);
/** The same, heading a column or a sentence: "Mô-đun", "Chuyên đề". */
const Mod = (say: Say) => {
  const word = mod(say);
  return word.charAt(0).toUpperCase() + word.slice(1);
};
/** "3 mô-đun", "3 chuyên đề". */
const mods = (say: Say, n: number) => `${formatNumber(n, 'vi')} ${mod(say, n)}`;

const num = (n: number, maxDecimals?: number) => formatNumber(n, 'vi', maxDecimals);
const fixed = (n: number) => formatFixed(n, 'vi');
/** A count of a phrase no other message uses: "3 chương trình của cơ sở đào tạo". */
const counted = (n: number, word: string) => `${num(n)} ${word}`;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** The unit of the data's hours as a column heading says it: "tiết". */
const unit = (u: NounId) => nounForm(u, 'vi');

const severityNouns = { error: 'noun.error', warning: 'noun.warning', info: 'noun.note' } as const;
type Severity = keyof typeof severityNouns;

/** "2 lỗi, 1 cảnh báo": the severities that occur, in the order given. */
const severityParts = (counts: Readonly<Record<Severity, number>>, order: readonly Severity[]) =>
  order.filter((s) => counts[s] > 0).map((s) => count(counts[s], severityNouns[s], 'vi'));

const copiesText = (
  d: {
    readonly modules: number;
    readonly programmes: number;
    readonly named: readonly string[];
    readonly more: number;
    readonly identical: number;
    readonly lines: number;
  },
  say: Say,
) =>
  `${mods(say, d.modules)} trong ${count(d.programmes, 'noun.programme', 'vi')} (${d.named.join(', ')}${d.more > 0 ? ` và ${num(d.more)} chương trình khác` : ''}); ${num(d.identical)} giống hệt ★; mỗi dòng dưới đây là một nhóm bản sao (${count(d.lines, 'noun.line', 'vi')})`;

/** Vietnamese: the words of the reports (console, markdown, CSV, GitHub, SARIF). */
export const report: CatalogueOf<typeof en> = {
  'report.overlap.kind': (d) =>
    ({ duplicate: 'trùng gần như toàn bộ', overlap: 'trùng một phần' })[d.kind],
  'report.overlap.scope': (d) =>
    ({
      'within-programme': 'trong cùng chương trình',
      'same-level': 'cùng bậc',
      'cross-level': 'giữa các bậc',
      'comparable-levels': 'giữa các nhánh, bậc tương đương',
      'cross-track': 'giữa các nhánh',
    })[d.scope],
  'report.severity': (d) => ({ error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' })[d.severity],
  'report.cluster.saves': (d) => `${count(d.hours, d.unit, 'vi')} dạy lặp lại`,
  'report.problems': (d) => {
    const parts = severityParts(d, ['error', 'warning', 'info']);
    if (d.accepted > 0) parts.push(`${count(d.accepted, 'noun.finding', 'vi')} đã chấp nhận`);
    return parts.length > 0 ? parts.join(' · ') : 'không có phát hiện nào';
  },

  'report.findings.accepted': (d) => `(đã chấp nhận: ${d.reason})`,

  'report.validation.summary': (d, say) =>
    [
      count(d.files, 'noun.file', 'vi') + (d.skipped > 0 ? ` (${num(d.skipped)} bỏ qua)` : ''),
      count(d.programmes, 'noun.programme', 'vi'),
      mods(say, d.modules),
      count(d.hours, d.unit, 'vi'),
    ].join(', '),

  'report.console.cluster': (d) => `Cụm ${d.n}`,
  'report.console.accepted-label': 'Đã chấp nhận (chủ ý): ',
  'report.console.shared-label': 'Nội dung chung: ',
  'report.console.where-label': 'Phạm vi: ',
  'report.console.copies-label': 'Bản sao: ',
  'report.console.cohesion': (d, say) =>
    `độ tương đồng thấp nhất ${fixed(d.min)}, trung bình ${fixed(d.mean)} · ★ ${mod(say)} nên giữ`,
  'report.console.head.module': (_d, say) => Mod(say),
  'report.console.head.level': 'Bậc',
  'report.console.head.hours': (d) => capitalise(unit(d.unit)),
  'report.console.head.score': 'Tương đồng',
  'report.console.copies': (d, say) => copiesText(d, say),
  'report.console.copy-count': (d) =>
    `cùng ${count(d.copies, 'noun.copy', 'vi')} (${num(d.identical)} giống hệt)`,
  'report.console.other-pairs': (d, say) => `Các cặp ${mod(say)} trùng lặp khác (${num(d.n)})`,
  'report.console.pair-shared': (d) => `nội dung chung: ${d.shared.join('; ')}`,
  'report.console.summary': 'Tóm tắt',
  'report.console.totals': (d, say) =>
    `${count(d.programmes, 'noun.programme', 'vi')}, ${mods(say, d.modules)}, ${count(d.hours, d.unit, 'vi')}`,
  'report.console.excluded': (d, say) =>
    `${mods(say, d.n)} đi thực tế, thi, kiểm tra: không so sánh (--include để so sánh)`,
  'report.console.none': (_d, say) => `không có ${mod(say)} trùng lặp`,
  'report.console.threshold': (d) => ` (ngưỡng trùng lặp ${num(d.threshold, 2)})`,
  'report.console.clusters': (d, say) =>
    `${counted(d.clusters, `cụm ${mod(say)} trùng lặp`)} (${count(d.pairs, 'noun.pair', 'vi')}${d.notListed > 0 ? `; ${count(d.notListed, 'noun.pair', 'vi')} khác không liệt kê` : ''})`,
  'report.console.duplicated': (d) =>
    `${count(d.hours, d.unit, 'vi')} giảng dạy bị lặp lại giữa các chương trình`,
  'report.console.baseline-suppressed': (d) =>
    `${num(d.n)} phát hiện đã ghi trong baseline ${d.file} được bỏ qua`,
  'report.console.baseline-pruned': (d) =>
    `đã xóa ${num(d.n)} mục không còn xuất hiện khỏi baseline`,
  'report.console.group': (d) => `${d.title} · ${count(d.n, d.noun, 'vi')} (${d.rule})`,
  'report.console.group-more': (d) =>
    `… và ${count(d.n, d.noun, 'vi')} nữa: xem tất cả với --details`,
  'report.console.rows-more': (d) => `… và ${num(d.n)} dòng nữa (--details)`,
  'report.console.details-hint':
    'Báo cáo đầy đủ (thời gian học theo vị trí việc làm, mọi cụm và mọi phát hiện): thêm --details',
  'report.console.failing': (d) =>
    `${count(d.n, 'noun.finding', 'vi')} khiến lần kiểm tra không đạt (--fail-on ${d.failOn})${d.baseline ? ', chưa được baseline chấp nhận' : ''}`,
  'report.console.mark-new': 'mới',
  'report.console.mark-changed': 'đã thay đổi so với baseline',

  'report.study-time.heading': 'Thời gian học theo vị trí việc làm',
  'report.study-time.national': ' (theo chương trình chung)',
  'report.study-time.provider': ' (lộ trình của các cơ sở đào tạo)',
  'report.study-time.head.pathway': 'Vị trí việc làm / chương trình phải học',
  'report.study-time.head.sits': (d) => `Phải học (${unit(d.unit)})`,
  'report.study-time.head.twice': 'Học lặp lại',
  'report.study-time.more': (d) =>
    `${num(d.n)} lộ trình của các cơ sở đào tạo có trong báo cáo JSON`,
  'report.study-time.person-hours': (d) =>
    `Với số học viên mỗi năm theo khung chương trình, nếu mỗi nội dung trùng lặp chỉ dạy một lần, tổng thời gian học tiết kiệm được cho học viên là ${num(d.clock)} giờ (60 phút) mỗi năm (${count(d.periods, d.unit, 'vi')} của tất cả học viên × ${d.minutes} phút ÷ 60).`,
  'report.study-time.person-hours-mark': (d) => `${num(d.clock)} giờ (60 phút) mỗi năm`,

  'report.drift.heading': (d) =>
    `Bản chương trình của cơ sở đào tạo khác chương trình chung (${num(d.drifting)}/${count(d.all, 'noun.copy', 'vi')})`,
  'report.drift.head.copy': 'Bản của cơ sở',
  'report.drift.head.dropped': 'Bỏ bớt',
  'report.drift.head.added': 'Thêm',
  'report.drift.head.reworded': 'Sửa lời',
  'report.drift.copies': (d) => `sao theo ${d.national}`,
  'report.drift.more': (d) => `${num(d.n)} bản sao khác có trong báo cáo JSON`,

  'report.csv.module': (d, say) => `${Mod(say)} ${d.side}`,
  'report.csv.title': (d, say) => `Tên ${mod(say)} ${d.side}`,
  'report.csv.programme': (d) => `Chương trình ${d.side}`,
  'report.csv.track': (d) => `Nhánh ${d.side}`,
  'report.csv.level': (d) => `Bậc ${d.side}`,
  'report.csv.hours': (d) => `Số ${unit(d.unit)} ${d.side}`,
  'report.csv.score': 'Độ tương đồng',
  'report.csv.kind': 'Loại',
  'report.csv.scope': 'Phạm vi',
  'report.csv.saved': (d) => `Số ${unit(d.unit)} học lặp lại`,
  'report.csv.shared': 'Nội dung chung',

  'report.github.summary': (d) => {
    const total = d.error + d.warning + d.info;
    if (total === 0) return 'curriculum-dedup: không có phát hiện nào';
    const parts = severityParts(d, ['error', 'warning', 'info']);
    return `curriculum-dedup: ${count(total, 'noun.finding', 'vi')} (${parts.join(', ')})`;
  },

  'report.sarif.see-also': (d) => `Xem thêm ${d.page} trong mã nguồn của curriculum-dedup.`,
  'report.sarif.see-also-markdown': (d) =>
    `Xem thêm \`${d.page}\` trong mã nguồn của curriculum-dedup.`,

  'report.markdown.title': 'Báo cáo rà soát trùng lặp chương trình đào tạo, bồi dưỡng',
  'report.markdown.framework': 'Khung chương trình',
  'report.markdown.period': (d) => `${count(1, d.unit, 'vi')} = ${num(d.minutes)} phút`,
  'report.markdown.invalid':
    '**Dữ liệu đầu vào có lỗi.** Báo cáo này chỉ liệt kê các phát hiện: việc phân tích trùng lặp cần một kho chương trình hợp lệ. Sửa các lỗi dưới đây rồi chạy lại.',
  'report.markdown.summary': 'Tóm tắt',
  'report.markdown.head.measure': 'Chỉ tiêu',
  'report.markdown.head.value': 'Số liệu',
  'report.markdown.files': 'Tệp đã đọc',
  'report.markdown.skipped': (d) => ` (${num(d.n)} tệp bỏ qua)`,
  'report.markdown.programmes': 'Chương trình',
  'report.markdown.modules': (_d, say) => Mod(say),
  'report.markdown.compared': (d) => ` (${num(d.n)} được so sánh)`,
  'report.markdown.not-listed': (d, say) =>
    ` (và ${num(d.n)} cặp khác không liệt kê: với mỗi ${mod(say)} cùng các bản sao của nó, báo cáo chỉ nêu ${d.perEnd} cặp lặp lại nhiều nhất)`,
  'report.markdown.hours': 'Tổng thời lượng',
  'report.markdown.clusters': (_d, say) => `Cụm ${mod(say)} trùng lặp`,
  'report.markdown.overlaps': (_d, say) => `Cặp ${mod(say)} trùng lặp`,
  'report.markdown.duplicated': 'Thời lượng giảng dạy bị lặp lại giữa các chương trình',
  'report.markdown.person-hours': 'Thời gian học tiết kiệm được cho học viên mỗi năm',
  'report.markdown.plan-total': (d) =>
    `**${num(d.clock)} giờ** (60 phút), ${d.counted === d.actions ? `là tổng của ${num(d.actions)} đề xuất xử lý` : `tính từ ${num(d.counted)} trong số ${num(d.actions)} đề xuất xử lý (các đề xuất còn lại chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy)`}`,
  'report.markdown.findings': 'Phát hiện',
  // The plain-text forms of a capped list's last line and of the plan's total (HTML, Word).
  'report.more': (d) =>
    `… và ${num(d.n)} ${nounForm(d.noun, 'vi', d.n)} khác; danh sách đầy đủ có trong báo cáo dạng JSON.`,
  'report.plan-total': (d) =>
    `${num(d.clock)} giờ (60 phút), ${d.counted === d.actions ? `là tổng của ${num(d.actions)} đề xuất xử lý` : `tính từ ${num(d.counted)} trong số ${num(d.actions)} đề xuất xử lý (các đề xuất còn lại chưa có số học viên hằng năm, hoặc chỉ giảm giờ giảng dạy)`}`,
  'report.markdown.more': (d) =>
    `_… và ${num(d.n)} ${nounForm(d.noun, 'vi', d.n)} khác: báo cáo JSON (\`--format json\`) có đầy đủ._`,

  'report.markdown.findings.heading': 'Phát hiện theo quy tắc',
  'report.markdown.findings.none': 'Không có phát hiện nào.',
  'report.markdown.findings.clusters': (_d, say) =>
    `Các ${mod(say)} của từng cụm được liệt kê ở mục “Các cụm ${mod(say)} trùng lặp”.`,
  'report.markdown.findings.more-places': (d) => `… và ${counted(d.n, 'nơi khác')}`,

  'report.markdown.clusters.heading': (_d, say) => `Các cụm ${mod(say)} trùng lặp`,
  'report.markdown.clusters.intro': (d, say) =>
    `Mỗi cụm là một nhóm ${mod(say)} dạy cùng một nội dung. “Dạy lặp lại” là số ${unit(d.unit)} của cụm được dạy nhiều hơn một lần, không tính các bản sao tại cơ sở đào tạo, bồi dưỡng. Trong mỗi cụm, ★ là ${mod(say)} nên giữ khi hợp nhất, chọn lần lượt: bản gốc của chương trình chung; ${mod(say)} bao quát nhiều nhất nội dung của các ${mod(say)} còn lại; ${mod(say)} có thời lượng dài nhất. Thời gian học tiết kiệm được tính ở phần Đề xuất xử lý. Bảng tổng hợp dưới đây dùng để in; chi tiết từng cụm nằm trong các mục thu gọn (bấm để mở).`,
  'report.markdown.clusters.head.cluster': 'Cụm',
  'report.markdown.clusters.head.kind': 'Loại',
  'report.markdown.clusters.head.modules': (_d, say) => Mod(say),
  'report.markdown.clusters.head.hours': (d) => `Số ${unit(d.unit)}`,
  'report.markdown.clusters.head.saves': (d) => `Dạy lặp lại (${unit(d.unit)})`,
  'report.markdown.clusters.head.representative': (_d, say) => `${Mod(say)} nên giữ`,
  'report.markdown.clusters.details-of': (d) =>
    `Dưới đây là chi tiết ${num(d.n)} cụm dạy lặp lại nhiều nhất; báo cáo JSON có đủ các cụm.`,
  'report.markdown.cluster': (d) => `Cụm ${num(d.n)}`,
  'report.markdown.cluster.shared': 'Nội dung chung',
  'report.markdown.cluster.where': 'Phạm vi',
  'report.markdown.cluster.cohesion': (d, say) =>
    `độ tương đồng giữa các ${mod(say)} thấp nhất ${fixed(d.min)}, trung bình ${fixed(d.mean)}`,
  'report.markdown.cluster.copies': (d, say) => `**Bản sao:** ${copiesText(d, say)}.`,
  'report.markdown.cluster.copy-count': (d) =>
    `(cùng ${count(d.copies, 'noun.copy', 'vi')}, ${num(d.identical)} giống hệt)`,
  'report.markdown.cluster.head.module': 'Mã',
  'report.markdown.cluster.head.title': (_d, say) => `Tên ${mod(say)}`,
  'report.markdown.cluster.head.programme': 'Chương trình',
  'report.markdown.cluster.head.level': 'Bậc',
  'report.markdown.cluster.head.hours': (d) => `Số ${unit(d.unit)}`,
  'report.markdown.cluster.head.score': 'Độ tương đồng với ★',
  'report.markdown.lone.heading': (_d, say) => `Các cặp ${mod(say)} trùng lặp khác`,
  'report.markdown.lone.intro': (_d, say) =>
    `Các cặp được báo cáo nhưng không thuộc cùng một cụm (một ${mod(say)} rộng trùng một phần với một ${mod(say)} hẹp hơn, hoặc hai ${mod(say)} thuộc hai cụm khác nhau).`,
  'report.markdown.lone.head.module': (_d, say) => Mod(say),
  'report.markdown.lone.head.score': 'Độ tương đồng',
  'report.markdown.lone.head.where': 'Phạm vi',
  'report.markdown.lone.head.shared': (d) => `Trùng (${unit(d.unit)})`,

  'report.markdown.drift.heading':
    'Khác biệt giữa chương trình của cơ sở đào tạo, bồi dưỡng và chương trình chung',
  'report.markdown.drift.intro': (d, say) =>
    `${num(d.drifting)} trong số ${num(d.all)} chương trình của cơ sở đào tạo xây dựng theo chương trình chung có khác biệt: ${mod(say)} bỏ đi, thêm vào, viết lại nội dung hoặc đổi số ${unit(d.unit)}. Bản sao bỏ nhiều nhất đứng trước.`,
  'report.markdown.drift.head.programme': 'Chương trình của cơ sở',
  'report.markdown.drift.head.provider': 'Cơ sở đào tạo',
  'report.markdown.drift.head.national': 'Sao từ',
  'report.markdown.drift.head.dropped': 'Bỏ đi',
  'report.markdown.drift.head.added': 'Thêm vào',
  'report.markdown.drift.head.reworded': 'Viết lại',
  'report.markdown.drift.head.hours': (d) => `Đổi số ${unit(d.unit)}`,

  'report.markdown.tracks.heading': 'Sơ đồ bậc và chương trình theo nhánh',
  'report.markdown.tracks.intro':
    'Mỗi nhánh: các bậc từ thấp lên cao, và các chương trình đào tạo từng bậc (nét liền) hoặc có chứng chỉ được công nhận cho bậc đó (nét đứt).',
  'report.markdown.tracks.gaps': 'Bậc có khung đỏ nét đứt là bậc chưa có chương trình nào.',
  'report.markdown.tracks.counts': (d) =>
    `${count(d.levels, 'noun.level', 'vi')} · ${count(d.programmes, 'noun.programme', 'vi')}`,
  'report.markdown.tracks.gap': 'chưa có chương trình',
  'report.markdown.tracks.more': (d) => `và ${num(d.n)} chương trình khác`,
  'report.markdown.tracks.providers': (d) => counted(d.n, 'chương trình của cơ sở đào tạo'),

  'report.markdown.overlap-map.heading': 'Nội dung trùng lặp giữa các chương trình',
  'report.markdown.overlap-map.intro': (d, say) =>
    `Mỗi đường nối hai chương trình có nội dung dạy trùng nhau; con số trên đường là số ${unit(d.unit)} bị lặp lại giữa hai chương trình (tổng của các cặp ${mod(say)} trùng lặp đã liệt kê).` +
    (d.shown < d.all
      ? ` Sơ đồ chỉ vẽ ${num(d.shown)} cặp chương trình trùng lặp nhiều nhất (trong tổng số ${num(d.all)} cặp).`
      : ''),

  'report.markdown.pathways.heading': 'Thời gian học theo lộ trình vị trí việc làm',
  'report.markdown.pathways.intro': (d) =>
    `Mỗi lộ trình là tổ hợp ít chương trình nhất mà học viên phải hoàn thành để đạt tiêu chuẩn của vị trí việc làm. “Học lặp lại” là số ${unit(d.unit)} có nội dung trùng với một chương trình khác trong cùng lộ trình; cột này khớp với phần Đề xuất xử lý. Số giờ tiết kiệm mỗi năm = số học viên mỗi năm × số ${unit(d.unit)} học lặp lại × ${num(d.minutes)} phút ÷ 60. Một vị trí có thể có nhiều lộ trình thay thế nhau; học viên của mỗi vị trí chỉ được tính một lần, trên lộ trình ngắn nhất.`,
  'report.markdown.pathways.national': 'Lộ trình theo chương trình chung',
  'report.markdown.pathways.provider': 'Lộ trình của các cơ sở đào tạo',
  'report.markdown.pathways.head.position': 'Vị trí việc làm',
  'report.markdown.pathways.head.programmes': 'Chương trình phải học',
  'report.markdown.pathways.head.sat': (d) => `Phải học (${unit(d.unit)})`,
  'report.markdown.pathways.head.twice': (d) => `Học lặp lại (${unit(d.unit)})`,
  'report.markdown.pathways.head.learners': 'Học viên/năm',
  'report.markdown.pathways.head.saved': 'Giờ tiết kiệm/năm',
  'report.markdown.pathways.head.provider': 'Cơ sở đào tạo',
  'report.markdown.pathways.provider-count': (d) =>
    `Tại ${counted(d.providers, 'cơ sở đào tạo, bồi dưỡng')} có ${count(d.variants, 'noun.pathway', 'vi')}; ${count(d.differ, 'noun.pathway', 'vi')} trong số đó khác lộ trình theo chương trình chung của cùng vị trí, liệt kê dưới đây.`,
  'report.markdown.pathways.unreached':
    'Chưa có lộ trình nào theo chương trình chung để đạt tiêu chuẩn của các vị trí: ',

  'report.markdown.exemptions.heading': 'Miễn học nội dung đã học',
  'report.markdown.exemptions.intro': (d) =>
    `Người đã có chứng chỉ của một chương trình, khi học chương trình của bậc tiếp theo trong cùng nhánh (hoặc của bậc tương đương ở nhánh khác), đã học trước một phần nội dung: số ${unit(d.unit)} đó có thể được miễn.`,
  'report.markdown.exemptions.head.provider': 'Cơ sở đào tạo',
  'report.markdown.exemptions.head.held': 'Đã có chứng chỉ',
  'report.markdown.exemptions.head.next': 'Học tiếp',
  'report.markdown.exemptions.head.next-hours': (d) => `Chương trình học tiếp (${unit(d.unit)})`,
  'report.markdown.exemptions.head.exempt': (d) => `Có thể miễn (${unit(d.unit)})`,
  'report.markdown.exemptions.head.share': 'Tỉ lệ',
  'report.markdown.exemptions.national': 'chương trình chung',

  'report.markdown.programmes.heading': (d) => `Số ${unit(d.unit)} trùng lặp giữa các chương trình`,
  'report.markdown.programmes.intro': (d, say) =>
    `Mỗi dòng là một cặp chương trình có ${mod(say)} trùng lặp: số cặp ${mod(say)} trùng lặp và tổng số ${unit(d.unit)} trùng (số ${unit(d.unit)} mà học viên học cả hai chương trình không phải học lặp lại), cặp trùng nhiều nhất xếp trước.`,
  'report.markdown.programmes.head.programme': 'Chương trình',
  'report.markdown.programmes.head.pairs': (_d, say) => `Cặp ${mod(say)}`,
  'report.markdown.programmes.head.shared': (d) => `Trùng (${unit(d.unit)})`,
  'report.markdown.programmes.same': '(trong cùng chương trình)',
};
